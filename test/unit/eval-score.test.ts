// The scorer tells a wrong value (given, and the key contradicts it) from an abstention
// (left empty where the key has one), and skips fields a key does not have.
import { describe, expect, it } from 'vitest';
import { outcomeOf, scoreArticle, summarise, type AnswerKey } from '../../src/eval/score.js';
import { formatEval } from '../../src/eval/run-eval.js';

const key = (extra: Partial<AnswerKey> = {}): AnswerKey => ({
  title: 'T',
  intervention: 'aspirin',
  condition: 'migraine',
  participants: 120,
  phase: '3',
  journal: 'JAMA',
  published: null,
  results: [],
  harms: [],
  quotes: [],
  next_steps: [],
  caveats: [],
  ...extra,
});
const got = (extra: Record<string, unknown> = {}) =>
  ({
    title: 'T',
    intervention: 'aspirin',
    condition: null,
    participants: 60,
    phase: '3',
    journal: null,
    published: 'May 2',
    study_type: null,
    verdict: 'benefit',
    results: [],
    harms: [],
    quotes: [],
    next_steps: [],
    caveats: [],
    ...extra,
  }) as Parameters<typeof scoreArticle>[2];

describe('eval scorer', () => {
  it('right, wrong (a value the key contradicts) and abstained (no value) are three outcomes', () => {
    expect(outcomeOf(true, 'x')).toBe('right');
    expect(outcomeOf(false, 'x')).toBe('wrong');
    expect(outcomeOf(false, null)).toBe('abstained');
    const score = scoreArticle('a.txt', key(), got());
    expect(score.fields.intervention?.outcome).toBe('right');
    expect(score.fields.participants?.outcome).toBe('wrong');
    expect(score.fields.condition?.outcome).toBe('abstained');
    // The key says "not in the text" and a value was given: wrong, not right.
    expect(score.fields.published?.outcome).toBe('wrong');
  });

  it('a name matches the key without the glosses in brackets: "Aspirin (ASA) plus Tylenol (acetaminophen) combination" holds "Aspirin plus Tylenol"', () => {
    const combination = key({ intervention: 'Aspirin (ASA) plus Tylenol (acetaminophen) combination' });
    expect(scoreArticle('a.txt', combination, got({ intervention: 'Aspirin plus Tylenol' })).fields.intervention?.outcome).toBe('right');
    expect(scoreArticle('a.txt', combination, got({ intervention: 'Tylenol plus codeine' })).fields.intervention?.outcome).toBe('wrong');
  });

  it('skips fields a key does not have (older keys lack study_type and verdict), but scores them when it does', () => {
    const older = scoreArticle('a.txt', key(), got());
    expect(older.fields.study_type).toBeUndefined();
    expect(older.fields.verdict).toBeUndefined();
    const newer = scoreArticle('b.txt', key({ study_type: 'observational', verdict: 'benefit' }), got());
    expect(newer.fields.study_type?.outcome).toBe('abstained');
    expect(newer.fields.verdict?.outcome).toBe('right');
    const summary = summarise([older, newer]);
    expect(summary.fields.study_type).toEqual({ right: 0, wrong: 0, abstained: 1, of: 1 });
    expect(summary.fields.participants).toEqual({ right: 0, wrong: 2, abstained: 0, of: 2 });
    expect(summary.fields.intervention?.of).toBe(2);
  });

  it('prints one table with a wrong line counted apart from abstentions', () => {
    const scores = [scoreArticle('a.txt', key({ verdict: 'no benefit' }), got())];
    const text = formatEval({ folders: [{ dir: 'x', articles: 1 }], scores, summary: summarise(scores) });
    expect(text).toMatch(/^Extraction on 1 articles \(x 1\)/);
    expect(text).toMatch(/^verdict\s+0\s+1\s+0\s+1\s+0%$/m);
    expect(text).toMatch(/^wrong: 3 values given that the key contradicts \(abstained apart: 2 /m);
    expect(text).toMatch(/^wrong:\n {2}a\.txt participants: expected 120, got 60$/m);
  });
});
