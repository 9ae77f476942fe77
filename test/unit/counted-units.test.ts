// A count of the study's subjects that are not people ("809 cancer cell lines", "more than
// 100 cases of atypical moles") is printed as what it counts, never as "participants".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { countedUnits } from '../../src/audiences/study-subjects.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const count = (value: number, raw: string, sentence: string) => ({
  value,
  raw,
  source: { text: sentence, line: 3, column: 1 },
  origin: 'extracted' as const,
});

describe('counted units', () => {
  it('reads what a count counts when it is not people', () => {
    expect(countedUnits(count(809, '809', 'Experiments on 809 cancer cell lines found that it was 49 times more potent.'))).toBe(
      'cancer cell lines',
    );
    expect(countedUnits(count(100, 'more than 100', 'The team analyzed more than 100 cases of atypical moles.'))).toBe(
      'cases of atypical moles',
    );
    expect(countedUnits(count(120, '120', 'The trial enrolled 120 patients with migraine.'))).toBeNull();
  });

  it('no document calls cell lines "participants" or "people"', () => {
    const facts = blankFacts({
      intervention: { value: 'Neurafenib', source: { text: 'Neurafenib.', line: 2, column: 1 }, origin: 'extracted' },
      participants: count(809, '809', 'Experiments on 809 cancer cell lines found that Neurafenib was 49 times more potent.'),
    });
    const options = { buildDate: '2025-07-01' };
    const printed = [
      visibleText(composePatientBrief(facts, glossary, options)),
      visibleText(composeClinicianSummary(facts, glossary, options)),
      visibleText(composePressDigest(facts, glossary, options)),
    ]
      .flat()
      .join('\n');
    expect(printed).toMatch(/809 cancer cell lines/);
    expect(printed).not.toMatch(/809 (participants|people)/);
  });

  it('the press headline never says "tested in 245 people" of blood samples', () => {
    const ref = { text: 'set for the test', line: 2, column: 1 };
    const base = blankFacts();
    const facts = blankFacts({
      intervention: { value: 'Melatest', source: ref, origin: 'extracted' },
      condition: { value: 'melanoma', source: ref, origin: 'extracted' },
      participants: count(245, '245', 'The team screened 245 blood samples from patients and healthy volunteers.'),
      derived: {
        ...base.derived,
        studyType: { value: 'diagnostic accuracy', basis: 'set for the test', sources: [ref], origin: 'derived' },
      },
    });
    const press = visibleText(composePressDigest(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(press).not.toMatch(/245 (participants|people)/);
  });
});
