// Who or what was studied when it was not people: "mice", "rats", "cells in the lab". A
// lede that says "a study of THC in people with multiple sclerosis" about a mouse study,
// or a bottom line that says a drug "may have the effects reported", is falsely hopeful.
//
// Read from the facts' own sentences because Facts has no study kind yet; the derive
// stage (study type, with its basis) replaces this when it lands.
import type { Facts } from '../article/schema.js';

const ANIMALS = /\b(mice|mouse|rats?|rodents|monkeys|macaques|primates|pigs|dogs|zebrafish|fruit flies|worms|animals?)\b/i;
const LAB = /\b(cell lines?|cells? in (?:the )?(?:lab|laboratory|a dish|culture)|in vitro|petri dish|test tubes?|organoids)\b/i;
const HUMANS = /\b(patients?|participants?|volunteers|people|women|men|children|adults|infants|babies)\b/i;

/** "mice", "rats", "animals", "cells in the laboratory"; null when people were studied or it cannot tell. */
export function nonHumanSubjects(facts: Facts): string | null {
  const texts = [facts.population?.value, facts.participants?.source.text, ...facts.results.map((f) => f.text)].filter(
    (t): t is string => !!t,
  );
  const animal = texts.map((t) => ANIMALS.exec(t)?.[1]?.toLowerCase()).find((word) => word !== undefined);
  const lab = texts.some((t) => LAB.test(t));
  // A result about people ("patients treated with …") makes it a study in people, whatever else it mentions.
  const people = [facts.population?.value, ...facts.results.map((f) => f.text)].some((t) => !!t && HUMANS.test(t));
  if (people) return null;
  if (animal) return { mouse: 'mice', rat: 'rats', animal: 'animals', rodents: 'rodents' }[animal] ?? animal;
  return lab ? 'cells in the laboratory' : null;
}
