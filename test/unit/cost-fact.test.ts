// What it costs (review 15): a price the source gives in a sentence other than the access
// sentence reached no document; the brief asked "What would it cost?" and the clinician
// checklist said "mentioned, no figures given". facts.cost keeps the source's own prices
// (with their qualifiers, what each is for and what it is per); the brief's access row and
// the Costs row print them. Money that is no patient's price (a grant, a market, what a
// disease costs a country) is never taken for one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceChecklist } from '../../src/audiences/evidence-checklist.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import type { Facts } from '../../src/article/schema.js';
import { factsFrom, ROOT } from '../helpers/article.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const story = (headline: string, ...sentences: string[]): Facts =>
  factsFrom(`# ${headline}\n\n${sentences.join('\n\n')}\n`, 'cost.md').facts;
const access = (facts: Facts) =>
  composePatientBrief(facts, glossary, { buildDate: '2025-07-01' }).stage.rows.find((row) => row.id === 'availability')!.value.text;
const costsRow = (facts: Facts) => evidenceChecklist(facts).find((item) => item.id === 'costs')!;

const TRIAL = 'In a randomized trial, 200 adults with dry eyes used the drops or a placebo for 12 weeks.';

describe('the cost fact', () => {
  it('keeps each price with whom it is for and what it is per, from a sentence that is not about access', () => {
    const facts = story(
      'Three eye drops work equally well',
      TRIAL,
      'The drops differ in price: the per-bottle costs were about $300 for Clearex, about $40 for Lumidrop, and about $150 for Tearin.',
    );
    expect(facts.cost).toMatchObject({
      prices: ['about $300 for Clearex', 'about $40 for Lumidrop', 'about $150 for Tearin'],
      rule: 'cost-stated',
      free: false,
    });
    expect(facts.cost?.source.line).toBe(5);
  });

  it('prefers a price per month to a price said without a unit, and marks what it would cost', () => {
    const facts = story(
      'Supplement eases low mood',
      TRIAL,
      'The pills cost more than the generic versions.',
      'A monthly supply of the brand studied would be about $60, the authors note.',
    );
    expect(facts.cost).toMatchObject({ prices: ['about $60'], per: 'a month', hedged: true, rule: 'cost-per-unit' });
    expect(access(facts)).toContain('It could cost about $60 a month, the source says.');
    expect(costsRow(facts)).toMatchObject({ reported: true, note: 'about $60, a month' });
  });

  it('takes no grant, market or national cost for a price', () => {
    const facts = story(
      'Drops ease dry eyes',
      TRIAL,
      'The team received a $2.5 million grant for the work.',
      'Dry eye disease costs the country about $4 billion a year.',
    );
    expect(facts.cost ?? null).toBeNull();
  });

  it('reads a free program as its cost, and the checklist no longer says costs are left out', () => {
    const facts = story(
      'Online course eases stress in nurses',
      'In a randomized trial, 300 nurses used a free online program or got weekly emails for 8 weeks.',
      'Nurses who used the program were 30 percent less likely to report burnout.',
    );
    expect(facts.cost).toMatchObject({ free: true, rule: 'cost-free' });
    expect(access(facts)).toContain('It is free, the source says.');
    expect(costsRow(facts)).toMatchObject({ reported: true, note: 'free, the source says' });
  });

  it('names what costs the price when the source does', () => {
    const facts = story('Quick scan spots bone loss', TRIAL, 'In the US, the scan costs around $90 and is often covered by insurance.');
    expect(access(facts)).toContain('The scan costs around $90, the source says.');
  });
});
