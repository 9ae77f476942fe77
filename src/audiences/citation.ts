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
  /** One row naming everything the source does not give, instead of a row each (saves a page's worth of "Not reported"). */
  collapseMissing?: boolean;
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
  // An unnamed author is normal for agency releases; saying so adds nothing.
  const missing = labels.filter((label, i) => rows[i] === null && label !== 'Author');
  const filled = rows.flatMap((r, i): LabeledText[] => {
    if (r) return [r];
    if (options.omitMissing || options.collapseMissing || labels[i] === 'Author') return [];
    return [{ label: heading(labels[i]!), value: text('generated', NOT_REPORTED) }];
  });
  if (options.collapseMissing && !options.omitMissing && missing.length > 0) {
    const named = missing.map((label, i) => (i === 0 ? label : label.toLowerCase()));
    const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]!;
    filled.push({ label: heading('Not in the source'), value: text('generated', `${list}.`) });
  }
  return { heading: heading(options.heading), rows: filled };
}
