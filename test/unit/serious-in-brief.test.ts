// The patient brief's line for serious warnings too long or too hard to print whole: it
// names the harm the warning is of when the source's words for it read plainly, and says
// only "a serious warning" when they do not.
import { describe, expect, it } from 'vitest';
import { bySeverity, seriousInBrief, severity } from '../../src/audiences/patient-brief/findings.js';
import type { Harm } from '../../src/article/schema.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });
const said = (harms: Harm[]) => seriousInBrief(harms, 'Calmora')?.sentences.map((s) => s.text) ?? [];

describe('seriousInBrief names the serious warning', () => {
  it('names what the warning is of, in plain words from the source', () => {
    const lines = said([
      harm(
        'Calmora carries a warning that serious swelling of the throat (angioedema) has been reported when the drug is taken with certain blood pressure medicines.',
        'warning',
      ),
      harm('Calmora is contraindicated in patients with severe kidney disease.', 'warning'),
    ]);
    expect(lines[0]).toBe('The source warns of serious swelling of the throat.');
    expect(lines.join(' ')).toMatch(/who should not use Calmora/);
  });

  it('says only "a serious warning" when the words for it are hard', () => {
    const lines = said([
      harm('Calmora carries a warning that serious hepatotoxicity with cholestatic jaundice has been reported.', 'warning'),
    ]);
    expect(lines[0]).toBe('The source gives a serious warning.');
  });

  it('does not read "a serious warning" as the harm', () => {
    const lines = said([harm('Calmora carries a serious warning for patients who drive.', 'warning')]);
    expect(lines[0]).toBe('The source gives a serious warning.');
  });
});

describe('severity reads a denied serious harm as a reassurance', () => {
  it('puts a harm found before "no serious adverse events" and "none of the deaths were related"', () => {
    const denied = harm('There were no differences in serious adverse events between the two groups.', 'side-effect');
    const none = harm('No deaths occurred during the study.', 'death');
    const found = harm('Low blood sodium was more common with Calmora (5 percent) than with placebo (1 percent).', 'risk');
    expect(severity(denied)).toBe(3);
    expect(severity(none)).toBe(3);
    expect(bySeverity([denied, none, found])[0]).toBe(found);
  });

  it('keeps a death that happened serious, even beside a denial', () => {
    expect(severity(harm('Two participants died during the study; none of the deaths were related to Calmora.', 'death'))).toBe(0);
    expect(severity(harm('Four patients had serious infections.', 'side-effect'))).toBe(0);
  });
});
