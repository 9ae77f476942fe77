// Candidates for one single-valued fact, gathered from the whole article and weighed on
// the evidence for each: every mention adds its weight (how sure the rule that found it
// is, times where it stands: the headline and lede weigh most), mentions of the same
// value under different surface forms add up under one key, and the best value wins
// only when its evidence clears a threshold. Below it the fact is left empty: a missing
// fact says "not reported", a wrong one misleads a patient.
import type { Sentence } from '../sentences.js';

export interface Mention {
  /** The value as written here ("Semaglutide", "the HbA1c test"). */
  name: string;
  sentence: Sentence;
  /** Evidence this mention gives (rule weight × place × context). */
  weight: number;
  /** The cue rule that found it. */
  rule: string;
  /** Other names the rule gave for it ("tDCS"). */
  aliases?: string[];
}

export interface Candidate {
  key: string;
  /** The mention that gives the value its wording and source: the best-evidenced one. */
  best: Mention;
  mentions: Mention[];
  aliases: string[];
  score: number;
}

export class CandidatePool {
  private readonly byKey = new Map<string, Candidate>();

  constructor(private readonly keyOf: (name: string) => string) {}

  add(mention: Mention): void {
    const key = this.keyOf(mention.name);
    if (!key) return;
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { key, best: mention, mentions: [mention], aliases: [...(mention.aliases ?? [])], score: mention.weight });
      return;
    }
    entry.mentions.push(mention);
    entry.aliases = [...new Set([...entry.aliases, ...(mention.aliases ?? [])])];
    // A second rule naming the same value is corroboration, worth less than the first.
    entry.score += mention.weight * 0.5;
    if (mention.weight > entry.best.weight) entry.best = mention;
  }

  /**
   * A value that another candidate gives as its other name ("DMAU" for "dimethandrolone
   * undecanoate (DMAU)") is that candidate: its mentions join it, as corroboration.
   */
  foldAliases(): void {
    for (const [key, entry] of this.byKey) {
      const owner = [...this.byKey.values()].find((other) => other !== entry && other.aliases.some((alias) => this.keyOf(alias) === key));
      if (!owner) continue;
      for (const mention of entry.mentions) {
        owner.mentions.push(mention);
        owner.score += mention.weight * 0.5;
      }
      this.byKey.delete(key);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  all(): Candidate[] {
    return [...this.byKey.values()];
  }

  /** Candidates best first (ties: the earlier mention). */
  ranked(adjust: (candidate: Candidate) => number = (c) => c.score): Candidate[] {
    for (const candidate of this.byKey.values()) candidate.score = adjust(candidate);
    return this.all().sort((a, b) => b.score - a.score || a.best.sentence.index - b.best.sentence.index);
  }
}
