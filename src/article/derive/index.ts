// The derive stage: judgements made once from several facts, after extraction, each with
// its basis and source lines (docs: DESIGN.md "Derive once"). The composers read these;
// they never run patterns over source sentences themselves. Order matters: the kind of
// study reads the randomisation, the availability and the stage read the kind of study, the
// stage reads the availability.
import type { ArticleText } from '../facts/context.js';
import type { DerivedFacts, Facts } from '../schema.js';
import { deriveAcronyms } from './acronyms.js';
import { deriveAvailability } from './availability.js';
import { deriveRandomised } from './randomised.js';
import { deriveStage } from './stage.js';
import { deriveStudyType } from './study-type.js';
import { deriveVerdict } from './verdict.js';

export function deriveFacts(facts: Omit<Facts, 'derived'>, article: ArticleText): DerivedFacts {
  const randomised = deriveRandomised(facts);
  const studyType = deriveStudyType(article, randomised, facts);
  const availability = deriveAvailability(facts, studyType);
  return {
    studyType,
    verdict: deriveVerdict(facts, article, studyType),
    randomised,
    stage: deriveStage(facts, { studyType, availability }, article),
    availability,
    acronyms: deriveAcronyms(facts, article),
  };
}
