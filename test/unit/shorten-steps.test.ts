// Shortening steps for a result or harm too long or too hard to print whole (issue #13: the
// brief never leaves out the main result of the main study). Each step keeps the claim and
// every figure the comparison needs; each test composes a brief from hand-written Facts and
// checks what it prints, never "too detailed".
import { describe, expect, it } from 'vitest';
import { neurafenibTrialBrief } from '../helpers/brief.js';
import { numberedFacts, type FactsOverrides } from '../helpers/facts.js';

const kit = numberedFacts();
const { finding } = kit;
const brief = (extra: FactsOverrides) => neurafenibTrialBrief(kit, extra);

describe('shortening steps (clauses.ts shorterForms, toPieces)', () => {
  it('disease named twice: "women with migraine dying of their disease" says "women dying of migraine" (144)', () => {
    const shown = brief({
      results: [
        finding(
          'Taking Neurafenib for 5 years reduced the risk of older women with chronic migraine dying of their disease by 40 percent within 10 years of starting treatment, compared with no treatment.',
          [
            ['5', 5, 'year'],
            ['40 percent', 40, 'percent'],
            ['10', 10, 'year'],
          ],
        ),
      ],
    });
    expect(shown.findings).toMatch(
      /Taking Neurafenib for 5 years reduced the risk of older women dying of chronic migraine by 40 percent\./,
    );
    expect(shown.findings).toMatch(/This was within 10 years of starting treatment\./);
    expect(shown.all).not.toMatch(/too detailed/);
  });

  it('examples aside mid-clause: ", such as injections or pills," goes with its closing comma when the clause runs on to its verb (122); kept before a closing phrase (128)', () => {
    const shown = brief({
      harms: [
        {
          ...finding(
            'Neurafenib is sold as a nasal spray but its safety in other forms, such as injections or pills, in children is unknown.',
          ),
          kind: 'risk' as const,
        },
        {
          ...finding(
            'Neurafenib with triptans also led to far higher levels of side effects, such as nausea and pain in the chest, at 54 percent versus 24 percent for triptans alone.',
            [
              ['54 percent', 54, 'percent'],
              ['24 percent', 24, 'percent'],
            ],
          ),
          kind: 'side-effect' as const,
        },
      ],
    });
    expect(shown.harms).toMatch(/Neurafenib is sold as a nasal spray but its safety in other forms in children is unknown\./);
    expect(shown.harms).not.toMatch(/forms, in children/);
    expect(shown.harms).toMatch(/far higher levels of side effects\. This was 54 percent versus 24 percent for triptans alone\./);
  });

  it('a list of numbered types and a second predicate with no figure go, so the figure reaches the brief (141: "too detailed")', () => {
    const shown = brief({
      results: [
        finding(
          'Among uninfected adults, Neurafenib was 82 per cent effective at preventing high-grade nightly and daily migraine caused by triggers 2, 4, 7, 9 and 11, and was equally effective as the current medication in preventing disabilities caused by triggers 1, 3 and 5.',
          [['82 per cent', 82, 'percent']],
        ),
      ],
    });
    expect(shown.findings).not.toMatch(/too detailed/);
    expect(shown.findings).toMatch(/Neurafenib was 82 per cent effective at preventing high-grade nightly and daily migraine\./);
  });

  it('a comparison with another group and no comma ("… compared to those who received …") becomes its own sentence (holdout: "too detailed")', () => {
    const shown = brief({
      results: [
        finding(
          'Adults who got the lessons were 40 percent less likely to have migraine attacks during that first year compared to those who received four weekly emails with information about headaches and where to seek help.',
          [['40 percent', 40, 'percent']],
        ),
      ],
    });
    expect(shown.findings).not.toMatch(/too detailed/);
    expect(shown.findings).toMatch(
      /were 40 percent less likely to have migraine attacks during that first year\. This compared with those who/,
    );
  });
});
