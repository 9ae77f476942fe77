// Quotations exactly as in the source, with who said them (name, role, affiliation).
import type { Quote } from '../article/schema.js';
import { generated, linesOf, text } from './text.js';
import type { QuoteItem } from './view-models.js';

export function quoteItem(quote: Quote): QuoteItem {
  const lines = linesOf(quote);
  // A trailing comma belongs to the sentence the quote sat in ("…time," Dr. X said), not
  // to the words quoted; everything else is kept exactly.
  const words = quote.text.trim().replace(/,$/, '');
  const who = [quote.speaker, quote.role, quote.affiliation].filter((part): part is string => !!part && part.trim() !== '');
  const attribution = quote.speaker ? who.join(', ') : ['Speaker not named in the source', ...who].join(', ');
  return { text: text('quote', words, lines), attribution: generated(attribution, lines) };
}
