// Review r15 (issue #13), harms of the main study and limitations: a tumour that shrank on a
// scan was called a "lab test" and a response counted in joints a surrogate outcome; a
// speaker's remark was listed as a limitation without its speaker; a label fact ("no drug in
// this class is approved for …") was listed as a limitation; and harms the source states were
// left out of the patient brief.
import { describe, expect, it } from 'vitest';
import { limitationCaveats, limitations } from '../../src/audiences/limitations.js';
import { notKnownYet } from '../../src/audiences/patient-brief/knowledge.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const read = (...paragraphs: string[]) => factsFrom(paragraphs.join('\n\n'), 'story.txt').facts;

describe('surrogate outcomes named as what they are', () => {
  const surrogate = (text: string) =>
    limitations(blankFacts({ results: [sourceFinding(text)] })).find((item) => item.id === 'surrogate-outcomes') ?? null;

  it('does not call a response counted in joints or symptoms a surrogate outcome', () => {
    expect(
      surrogate('The response rate, at least a 30 percent drop in the number of painful joints, was 48 percent with the pill.'),
    ).toBeNull();
  });

  it('calls tumour shrinkage a scan measure, not a lab test', () => {
    const item = surrogate('The overall response rate, tumors that shrank by half, was 40 percent.');
    expect(item?.patient).toMatch(/measured on scans, such as tumor size/);
    expect(item?.patient).not.toMatch(/lab tests/);
    expect(item?.clinician).toMatch(/^Surrogate outcomes measured on scans/);
    expect(surrogate('Blood sugar fell by 20 points with the pill.')?.patient).toMatch(/^Some results are lab tests\./);
  });
});

describe("a caveat that is a speaker's words", () => {
  it("is printed as a quotation with its speaker, and a caveat of the writer's own as it is", () => {
    const said = { ...sourceFinding('The scan is useful, but it is not perfect.'), rule: 'caveat-evidence-limited' };
    const own = { ...sourceFinding('The trial was small and lasted only six weeks.'), rule: 'caveat-small-study' };
    const quote = {
      text: 'The scan is useful, but it is not perfect. Most children still get no answer.',
      speaker: 'Dr. Ann Lee',
      role: null,
      affiliation: null,
      source: { ...said.source, text: '"The scan is useful, but it is not perfect," Lee said.' },
      origin: 'extracted' as const,
    };
    const facts = blankFacts({ caveats: [said, own], quotes: [quote] });
    expect(limitationCaveats(facts).map((item) => item.text)).toEqual([
      '“The scan is useful, but it is not perfect,” said Dr. Ann Lee.',
      'The trial was small and lasted only six weeks.',
    ]);
  });
});

// Review 17: a caveat cut from the middle of a speaker's sentence ("Although more study is
// needed, these results suggest …") was printed between quotation marks, capitalised, as if it
// were all they said. The part is marked as a part.
describe("a caveat that is part of a speaker's sentence", () => {
  it('is quoted with an ellipsis where the sentence goes on, in its own case', () => {
    const part = { ...sourceFinding('further study of the scan is needed'), rule: 'caveat-more-research-needed' };
    const quote = {
      text: 'Although further study of the scan is needed, these results suggest it finds most tumours',
      speaker: 'Dr. Ann Lee',
      role: null,
      affiliation: null,
      source: {
        ...part.source,
        text: '"Although further study of the scan is needed, these results suggest it finds most tumours," Lee said.',
      },
      origin: 'extracted' as const,
    };
    expect(limitationCaveats(blankFacts({ caveats: [part], quotes: [quote] })).map((item) => item.text)).toEqual([
      '“…further study of the scan is needed…” said Dr. Ann Lee.',
    ]);
  });
});

describe('lines filed as limitations or harms that are neither', () => {
  it('does not list what a label says of a class of drugs as a limitation', () => {
    const label = {
      ...sourceFinding('No medicine in this class is approved to treat memory loss in old age.'),
      rule: 'caveat-not-approved',
    };
    expect(limitationCaveats(blankFacts({ caveats: [label] }))).toEqual([]);
  });

  it('does not put a risk the source states as known under "Not known yet"', () => {
    const known = { ...sourceFinding('The procedure carries some risks'), rule: 'caveat-caution' };
    const open = { ...sourceFinding('Its long-term risks are unknown.'), rule: 'caveat-unknown' };
    expect(notKnownYet([known, open]).map((caveat) => caveat.text)).toEqual(['Its long-term risks are unknown.']);
  });

  it('does not file a dose chosen to keep side effects down as a harm', () => {
    const facts = read(
      'Slow dose increase helps older adults on ketamine',
      'Ketamine eased depression in 16 older adults in a trial, with 7 of 14 in remission at six months.',
      '"Our results show a slow dose increase may suit older people, as the best dose was chosen for each person to get the most benefit while minimising its adverse side effects," said Dr Lee.',
    );
    expect(facts.harms.map((harm) => harm.text)).toEqual([]);
  });
});

describe('a harm weighed against a benefit in one sentence', () => {
  it('keeps the harm clause without the benefit it is weighed against', () => {
    const facts = read(
      'Cooling cap cleared to reduce hair loss',
      'The agency cleared the cooling cap for women having chemotherapy for breast cancer.',
      'Less hair loss in these women may be a real benefit to their quality of life, and the risk of the drug missing cancer cells in the scalp because of the cap is extremely rare.',
    );
    expect(facts.harms.map((harm) => harm.text)).toEqual([
      'the risk of the drug missing cancer cells in the scalp because of the cap is extremely rare.',
    ]);
  });
});

describe('what a test leaves most people without', () => {
  it('is a caveat', () => {
    const facts = read(
      'Blood test finds cause of rare fevers',
      'A new blood test found the cause of fever in 20 percent of 300 children tested, researchers said.',
      'Most families still get no clear answer from the test about why their child is ill.',
    );
    expect(facts.caveats.map((caveat) => caveat.rule)).toContain('caveat-no-answer');
  });
});
