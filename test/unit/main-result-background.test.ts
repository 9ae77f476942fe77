// A result that says what its figure meant ("…, suggesting the infections had been cured") is
// not background: only "had been used / known / approved …" tells what was so before the study.
import { describe, expect, it } from 'vitest';
import { sideSentence } from '../../src/audiences/main-result.js';

const finding = (text: string) => ({
  text,
  source: { text, line: 3, column: 1 },
  origin: 'extracted' as const,
  numbers: [],
  timepoints: [],
});

describe('background sentences among the results', () => {
  it('"had been cured" in a result is not background; "had been used for decades" is', () => {
    expect(
      sideSentence(
        finding('Results showed that 95 percent of patients had no virus detected, suggesting their infections had been cured.'),
      ),
    ).toBeNull();
    expect(sideSentence(finding('Aspirin had been used for decades to treat pain before the trial.'))).toBe('background');
  });
});
