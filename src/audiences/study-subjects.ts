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

/**
 * What a count of the study's subjects counts when it is not people, as the source words
 * it: "809 cancer cell lines", "more than 100 cases of atypical moles". Printing "809
 * participants" for cell lines states a fact the source contradicts.
 */
const COUNTED_UNITS =
  /^\s+((?:[\w-]+\s+){0,2}?(?:cell lines|cells|samples|specimens|images|photos|photographs|scans|biopsies|tumou?rs|lesions|moles|eyes|knees|mice|rats|animals|cases(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+s)?))\b/i;

/** The units a count of subjects counts when they are not people ("cancer cell lines"), else null. */
export function countedUnits(participants: Facts['participants']): string | null {
  if (!participants) return null;
  const { text } = participants.source;
  const at = text.indexOf(participants.raw);
  if (at < 0) return null;
  const units = COUNTED_UNITS.exec(text.slice(at + participants.raw.length))?.[1];
  return units && !HUMANS.test(units) ? units.toLowerCase() : null;
}

/** The word after a count of the study's subjects: what it counts when not people ("cancer cell lines"), else `people`. */
export const countedAs = (facts: Facts, people: string): string => countedUnits(facts.participants) ?? people;
