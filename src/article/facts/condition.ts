// The disease or condition studied: noun phrases ending in a disease word, scored by how
// often and how early they appear and whether they follow "to treat", "with", "for".
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { textFact, type ArticleText } from './context.js';

const HEAD = String.raw`(?:diabetes|sclerosis|cancers?|leukemia|leukaemia|lymphoma|myeloma|disease|disorder|syndrome|psoriasis|hepatitis C(?: virus)?(?: \(HCV\))?(?: infection)?|hepatitis B|infections?|edema|oedema|obesity|failure|psychosis|alopecia|hair loss|arthritis|asthma|depression|dementia|stroke|hypertension|epilepsy|migraines?|tumou?rs?|carcinoma|melanoma|an(?:a)?emia|fibrosis|dystrophy|atrophy|HIV|COVID-19|influenza|insomnia|schizophrenia|autism|eczema|dermatitis|hemophilia|haemophilia|sepsis|malaria|tuberculosis|pneumonia|glaucoma|degeneration|retinopathy|neuropathy|cirrhosis|hallucinations|delusions|pain|injury|injuries|defects?|deficiency)`;
const MODIFIER = String.raw`(?:(?:type [12]|[a-z]+(?:-[a-z]+)+|[A-Z][a-z]+[’']s|[A-Z][a-z]+|acute|chronic|severe|advanced|early|late|moderate(?:-to-severe)?|mild|relapsing|progressive|metastatic|diabetic|macular|coronary|artery|heart|plaque|breast|lung|prostate|myeloid|lymphoblastic|multiple|rheumatoid|pulmonary|kidney|liver|renal|cardiovascular|ulcerative|bipolar|major|rare|sickle|cell|spinal|muscular|alzheimer|parkinson)\s+){0,4}`;
const PHRASE = new RegExp(String.raw`\b${MODIFIER}${HEAD}\b(?:\s\([A-Z]{2,6}\))?`, 'g');
const CUE = /\b(to treat|treatment of|treating|for (?:the treatment of )?(?:adults? |patients |people |children )?(?:with )?|with|against|living with|diagnosed with|patients with|people with)\s*$/i;
const GENERIC = /^(disease|the disease|infections?|pain|failure|injury|injuries|disorder|syndrome|cancer)$/i;

export function extractCondition(article: ArticleText): TextFact | null {
  const scores = new Map<string, { score: number; sentence: Sentence; first: number }>();
  for (const sentence of article.sentences) {
    const weight = sentence.block.kind === 'heading' ? 3 : sentence.index < 6 ? 2 : 1;
    for (const match of sentence.text.matchAll(PHRASE)) {
      const phrase = match[0].replace(/^(the|a|an|with|and|of)\s+/i, '').trim();
      if (GENERIC.test(phrase)) continue;
      const key = phrase.toLowerCase().replace(/\s\([A-Z]+\)$/i, '');
      const cue = CUE.test(sentence.text.slice(0, match.index!)) ? 2 : 0;
      const entry = scores.get(key) ?? { score: 0, sentence, first: sentence.index };
      entry.score += weight + cue + Math.min(phrase.split(/\s+/).length, 4) * 0.25;
      scores.set(key, entry);
    }
  }
  // Shorter phrases inside longer ones ("diabetes" in "type 1 diabetes") lend their score.
  const keys = [...scores.keys()];
  for (const key of keys) for (const other of keys) if (other !== key && other.includes(key)) scores.get(other)!.score += scores.get(key)!.score * 0.5;
  const best = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first)[0];
  if (!best) return null;
  const [key, { sentence }] = best;
  const exact = new RegExp(key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "[’']") + String.raw`(?:\s\([A-Z]{2,6}\))?`, 'i').exec(sentence.text);
  return textFact(exact ? exact[0] : key, sentence);
}
