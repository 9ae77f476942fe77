// A relative figure whose paragraph gives the absolute ones in a sentence of their own
// ("… a 25% relative reduction … (This was also … 33.2% compared with 40.3%.)"): the brief
// must not say the source does not say how many people it means (review 10: 132).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/article/schema.js';
import { RELATIVE_NOTE } from '../../src/audiences/plain-finding.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const onLine = (finding: Finding, line: number): Finding => ({ ...finding, source: { ...finding.source, line } });

describe('a relative figure with its absolute figures beside it', () => {
  it('says the source gives more figures, not that it does not say how many', () => {
    const relative = onLine(sourceFinding('People who took Velorin had a 25% relative reduction in gout flares.'), 21);
    const absolute = onLine(sourceFinding('(That was 33.2% of people compared with 40.3% on placebo.)'), 21);
    const shown = velorinBrief({ results: [relative, absolute] }).model;
    const text = JSON.stringify(shown.findings);
    expect(text).not.toContain(RELATIVE_NOTE[1]);
  });

  it('still says so when the source gives no other figure', () => {
    const relative = sourceFinding('People who took Velorin had a 25% relative reduction in gout flares.');
    const text = JSON.stringify(velorinBrief({ results: [relative] }).model.findings);
    expect(text).toContain(RELATIVE_NOTE[1]);
  });
});
