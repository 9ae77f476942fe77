// The Facts seen through the answer keys' eyes (shared/corpus/*.facts.json): the same
// field names and shapes, so `extract --json` output can be scored directly.
import type { Facts, Finding } from './schema.js';

const item = (finding: Finding) => ({ text: finding.source.text, line: finding.source.line });

export function answerKeyView(facts: Facts) {
  return {
    title: facts.title.value,
    intervention: facts.intervention?.value ?? null,
    condition: facts.condition?.value ?? null,
    participants: facts.participants?.value ?? null,
    phase: facts.phase?.value ?? null,
    journal: facts.journal?.value ?? null,
    published: facts.published?.value ?? null,
    // The news corpus's keys add these two; they come from the derive stage.
    study_type: facts.derived.studyType?.value ?? null,
    verdict: facts.derived.verdict?.value ?? null,
    results: facts.results.map(item),
    harms: facts.harms.map(item),
    quotes: facts.quotes.map((q) => ({ speaker: q.speaker, affiliation: q.affiliation, text: q.text, line: q.source.line })),
    next_steps: facts.nextSteps.map(item),
    caveats: facts.caveats.map(item),
  };
}
