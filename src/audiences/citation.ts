// The source citation every document ends with: the news article (quoted title,
// publisher, date, link) and the study it reports (journal, publication date).
import type { Facts, TextFact } from '../article/schema.js';
import { NOT_REPORTED, heading, linesOf, text } from './text.js';
import type { CitationModel, LabeledText } from './view-models.js';
import { clean } from './wording.js';

export interface CitationOptions {
  heading: string;
  /** Leave out rows the source does not give (the patient brief), instead of "Not reported". */
  omitMissing: boolean;
}

function row(label: string, value: string | null, lines: number[] = []): LabeledText | null {
  return value === null ? null : { label: heading(label), value: text('citation', value, lines) };
}

const factValue = (fact: TextFact | null) => (fact ? clean(fact.value) : null);

export function citation(facts: Facts, options: CitationOptions): CitationModel {
  const { meta } = facts;
  const study = [factValue(facts.journal), factValue(facts.published)].filter((v): v is string => v !== null);
  const rows = [
    // The article's own headline may carry hype; it appears only here, in quotation marks.
    row('Source article', `“${clean(facts.title.value)}”`, linesOf(facts.title)),
    row('Publisher', meta.publisher),
    row('Author', meta.author),
    row('Date', meta.date),
    row('Link', meta.url),
    row('Journal', study.length > 0 ? study.join(', ') : null, linesOf(facts.journal, facts.published)),
  ];
  const labels = ['Source article', 'Publisher', 'Author', 'Date', 'Link', 'Journal'];
  const filled = rows.flatMap((r, i): LabeledText[] => {
    if (r) return [r];
    // An unnamed author is normal for agency releases; saying so adds nothing.
    if (options.omitMissing || labels[i] === 'Author') return [];
    return [{ label: heading(labels[i]!), value: text('generated', NOT_REPORTED) }];
  });
  return { heading: heading(options.heading), rows: filled };
}
