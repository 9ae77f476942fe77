// Review 12 (issue #13): the main message kept the key result's second sentence only when it
// opened "It"/"They", so a result cut in two at its group ("10 women used the gel. 7 of them
// had …") printed only the group, and a time set apart ("This was within 90 minutes …") was
// lost from the message though the finding has it. Texts and facts written for the test.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { visibleText } from '../../src/audiences/text.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, numberedFacts } from '../helpers/facts.js';

const { fact, finding, derivedStudy } = numberedFacts();

function message(result: string, numbers: Array<[string, number, string]>, enrolled: number): string {
  const facts = blankFacts({
    intervention: fact('Calmagel'),
    condition: fact('hot flashes'),
    participants: { ...fact(String(enrolled), `The study enrolled ${enrolled} women.`), value: enrolled, raw: String(enrolled) },
    derived: derivedStudy('randomized trial'),
    results: [finding(result, numbers as never)],
  });
  return visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' }).mainMessage).join(' ');
}

describe('the main message keeps the second half of its key result', () => {
  it('"… 7 of them had …" after the group', () => {
    const text = message(
      '7 of the 10 women who used the gel every night for a month had a clear drop in how often their hot flashes came back.',
      [
        ['7', 7, 'count'],
        ['10', 10, 'count'],
      ],
      21,
    );
    expect(text).toMatch(/10 women used the gel every night for a month\. 7 of them had a clear drop/);
  });
  it('"This was within 90 minutes of …" after the share', () => {
    const text = message(
      '6 of the 9 women who used the spray had a clear drop in their hot flashes within 90 minutes of the first spray.',
      [
        ['6', 6, 'count'],
        ['9', 9, 'count'],
        ['90 minutes', 90, 'duration'],
      ],
      20,
    );
    expect(text).toMatch(/had a clear drop in their hot flashes\. This was within 90 minutes of the first spray\./);
  });
});
