// Quotations exactly as in the source, with who said them (name, role, affiliation).
import type { Quote } from '../article/schema.js';
import { generated, linesOf, text } from './text.js';
import type { QuoteItem } from './view-models.js';

/** A part of the attribution without stray commas or spaces at its ends ("senior author,"). */
const tidy = (part: string | null): string => (part ?? '').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');

export function quoteItem(quote: Quote): QuoteItem {
  const lines = linesOf(quote);
  // A trailing comma belongs to the sentence the quote sat in ("…time," Dr. X said), not
  // to the words quoted; everything else is kept exactly.
  const words = quote.text.trim().replace(/,$/, '');
  const speaker = tidy(quote.speaker);
  const role = tidy(quote.role);
  const affiliation = tidy(quote.affiliation);
  // An affiliation the role already names ("chief executive of the Institute of Cancer
  // Research") is not printed a second time.
  const named = (within: string, part: string) => part !== '' && within.toLowerCase().includes(part.toLowerCase());
  const who = [role, named(`${speaker} ${role}`, affiliation) ? '' : affiliation].filter((part) => part !== '');
  const attribution = speaker ? [speaker, ...who].join(', ') : ['Speaker not named in the source', ...who].join(', ');
  return { text: text('quote', words, lines), attribution: generated(attribution, lines) };
}
