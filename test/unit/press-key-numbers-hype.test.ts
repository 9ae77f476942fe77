// The key-numbers box cuts its text from the source's result sentence: a praise word in scare
// quotes came with it ('an "unprecedented" impact … lowering LDL by 40%'), in text we print
// as our own (review 18, h039: a failed hype check). Hand-written Facts, composed view model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { findHype } from '../../src/audiences/checks/hype.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, headlineFacts, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

describe('press digest key numbers', () => {
  it('drops a scare-quoted praise word from the box text and keeps the figure', () => {
    const digest = composeDocument(
      'press-digest',
      headlineFacts({
        intervention: textFactOf('Lipitrex'),
        condition: textFactOf('heart disease'),
        participants: countOf(1623, 'The study enrolled 1,623 patients.'),
        results: [
          sourceFinding('The drug had an "unprecedented" impact on cholesterol, lowering LDL by 40% in patients already taking statins.'),
        ],
      }),
      glossary,
      { buildDate: null },
    ).view as PressDigestModel;
    const box = digest.keyNumbers!.items.map((item) => item.value.text);
    expect(box.some((t) => t.includes('40%'))).toBe(true);
    for (const t of box) expect(findHype(t)).toEqual([]);
  });
});
