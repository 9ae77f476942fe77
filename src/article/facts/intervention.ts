// The drug, device, test, procedure, programme or exposure studied, as the source names
// it, and the sentence that says what it is or how it is given.
//
// Candidates come from the whole article through the naming rules of
// cues/intervention.yaml ("Rydapt (midostaurin)", "a drug called tirzepatide", "the drug
// orforglipron", a drug-name suffix such as -mab or -nib, the headline's subject, a
// test or device named in the headline or lede). Each mention weighs by how sure its
// rule is and where it stands (headline and lede most); mentions elsewhere in the
// article, a name in the headline, and a drug's own morphology add evidence; a
// comparator ("compared with X", "instead of X", the second thing a sentence compares) and
// a part a product is "based on" weigh little, a trial name ("the MADIT-CRT trial"),
// a person, an organisation, a population word, a statistic or a regulatory label is
// never the intervention; a name the story writes alone as the comparison arm of a
// combination ("compared with Yervoy alone") gives way to the combination ("Yervoy plus
// Opdivo"). The best candidate wins only above a threshold: otherwise
// abstain, because a handout that names the wrong treatment is worse than none.
import nlp from 'compromise';
import { CandidatePool, type Candidate, type Mention } from '../candidates/pool.js';
import { cueById, cues, type Cue } from '../cues/cues.js';
import type { Sentence } from '../sentences.js';
import type { TextFact } from '../schema.js';
import { OTHER_STUDY, textFact, type ArticleText } from './context.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

/** How much each naming rule is trusted (rule ids of cues/intervention.yaml). */
const RULE_WEIGHT: Record<string, number> = {
  'intervention-name-brand-generic': 3,
  'intervention-name-code': 3,
  'intervention-name-exposure': 2,
  'intervention-name-called': 3,
  'intervention-name-also-known': 3,
  'intervention-name-appositive': 2,
  'intervention-name-approved': 2,
  'intervention-name-is-a-kind': 2,
  'intervention-name-indicated': 2,
  'intervention-name-or-abbreviation': 2,
  'intervention-name-the-drug-x': 2,
  'intervention-name-candidate': 2,
  'intervention-name-trial-of': 2,
  'intervention-name-compared': 1.5,
  'intervention-name-headline-approved': 2,
  'intervention-name-subject-of-outcome': 1,
  'intervention-name-product-subject': 2,
  'intervention-name-received': 1,
  'intervention-name-whether': 1.5,
  'intervention-name-inn-suffix': 1,
  'intervention-name-glossed': 2,
  'intervention-name-supplementation': 2,
  'intervention-name-as-treatment': 2,
  'intervention-name-abbreviation': 1,
  'intervention-name-headline-subject': 1.5,
  'intervention-name-headline-label': 1.5,
  'intervention-name-lede-kind': 0.75,
};
/** A cheap test a sentence must pass before a rule's pattern is run on it (speed only). */
const NEEDS: Record<string, RegExp> = {
  'intervention-name-brand-generic': / \(/,
  'intervention-name-code': / \([A-Z]{2,5}-?\d/,
  'intervention-name-exposure': /\b(?:consumption|intake)\b/,
  'intervention-name-glossed': / \(/,
  'intervention-name-supplementation': /supplementation/,
  'intervention-name-as-treatment': /\bas an? (?:\w+ )?(?:treatment|therapy|remedy|cure)\b/,
  'intervention-name-abbreviation': / \([A-Z]/,
  'intervention-name-or-abbreviation': /, or /,
  'intervention-name-called': /\b(?:known|called|named|dubbed)\b/i,
  'intervention-name-also-known': /\b(?:known|sold|marketed)\b/,
  'intervention-name-approved': /\b(?:approved|cleared|authori[sz]ed)\b/,
  'intervention-name-indicated': /\bindicated\b/,
  'intervention-name-candidate': /\bcandidate\b/,
  'intervention-name-whether': /\b(?:whether|if)\b/,
  'intervention-name-compared': /\bcompar/,
};
/** Rules read only in the headline, or the headline and lede. */
const HEADLINE_ONLY = new Set([
  'intervention-name-headline-subject',
  'intervention-name-headline-label',
  'intervention-name-headline-approved',
]);
const LEDE_ONLY = new Set(['intervention-name-lede-kind']);
const LEDE_SENTENCES = 3;
/** Rules that find a descriptor ("a brain scan") rather than a name: used when no name is found. */
const DESCRIPTOR_RULES = new Set(['intervention-name-lede-kind', 'intervention-name-headline-subject']);
/** Weak rules: a lower-case word they give must come up again to count ("the library of drugs"). */
const WEAK_RULES = new Set(['intervention-name-received', 'intervention-name-the-drug-x']);
/** Rules that say only that someone was given a thing: never enough alone. */
const GIVEN_ONLY = new Set(['intervention-name-received']);
/** A kind of thing, not its name: the last word of a descriptor. */
const KIND_HEAD =
  /\b(?:tests?|scans?|scanners?|screening|detectors?|vaccines?|inhalers?|sprays?|implants?|devices?|pacemakers?|defibrillators?|pills?|patch(?:es)?|therap(?:y|ies)|injections?|surgery|surgeries|procedures?|techniques?|interventions?|programs?|programmes?|transplants?|drugs?|treatments?|technology|system|antibiotics|antidepressants|statins|steroids|hormones|vitamins|multivitamins|supplements|painkillers|(?:blood )?thinners?|anticoagulants?)$/i;
/** What a headline's bare kind ("Vaccine …") adds to the lede's descriptor of that kind. */
const WEIGHT_OF_HEADLINE_KIND = 3;
/** A name whose first word is coined ("P-Cure …", "DigniCap …", "X3 …"): a product's own name, capitals and all. */
const COINED_FIRST = /^(?:[A-Z]{1,3}-[A-Z][a-z]|[A-Z]?[a-z]+[A-Z])[\w-]*\s/;
/** Below this the evidence is too thin to print a treatment's name. */
const THRESHOLD = 2;

const NOT_DRUGS =
  /^(?:peptide|polypeptide|nucleotide|oligonucleotide|intercept|excel|parcel|cancel|novel|level|travel|concept|accept|except)$/i;
/** Words of grammar that never start or end a name: "the study to test" is not a test's name. */
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|of|to|for|with|and|or|in|on|at|by|from|as|is|are|was|were|be|been|has|have|had|could|can|may|might|will|would|should|which|who|whose|than|into|after|before|about|using|use|used|new|study|studies|trial|research|researchers|scientists|doctors|patients|people|says?|said|shows?|found|finds?|developed|develop|invented|s)$/i;
/** What comes after a name in a headline's subject but is not part of it: "Naloxone use", "Multivitamins in pregnancy". */
const SUBJECT_TAIL = /\s+(?:use|usage|in|during|for|among|that|which|to|on|at|of|with|and|while)\b.*$/i;
/** A value that is a comparator here: "compared with saline", "instead of tamoxifen", "than Cisplatin". */
const COMPARATOR_BEFORE =
  /\b(?:compared (?:with|to)|versus|vs\.?|than|instead of|rather than|over|against|switched from|standard|usual|placebo or|or a placebo|alone)\s+(?:\w+\s+){0,2}$/i;
/**
 * The second thing a sentence compares, however far from the verb: "They compared the
 * benefits of using X (…) to prescribing Y": Y is the comparator.
 */
const COMPARED_SECOND = /\bcompar(?:ed|ing|es)\b[^.;]*?\s(?:to|with|against|versus|vs\.?)\s+(?:[\w-]+\s+){0,2}$/i;
/** What a product is built on is a part of it, not the product: "The X system is based on a computed tomography (CT)". */
const COMPONENT_BEFORE = /\b(?:based on|built (?:on|around)|relies on|powered by)\s+(?:[\w-]+\s+){0,3}$/i;
/** What the study measured against, not what it studied: "the gold standard is contrast MRI". */
const REFERENCE_BEFORE =
  /\b(?:gold standard|reference standard|standard of care|current standard|standard (?:test|treatment|method|practice))\b/i;
/** The words before a kind that a class name follows: "a group of drugs called …", "a class of medicines known as …". */
const CLASS_BEFORE = /\b(?:group|class|family|category|kind|type)\s+of\s+$/i;
const TRIAL_AFTER = /^\s*(?:trial|study|studies|group|arm|investigators|researchers|cohort)\b/i;
/** A person's name in the words around it: "Dr. Vujaskovic", "says Jane Smith", "Smith, MD,", "Smith said". */
const PERSON_AROUND = (name: string) =>
  new RegExp(
    String.raw`\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|says|said)\.?\s+(?:[A-Z][\w.-]*\s+){0,2}${escapeRegExp(name)}\b|\b${escapeRegExp(name)},?\s+(?:said|says|told|explained|added|noted|who|M\.?D\b|Ph\.?D\b|a (?:professor|researcher|doctor|physician|scientist))`,
  );

type Extracted = { intervention: TextFact | null; description: TextFact | null };
/** Findings ask for the treatment's names too: read each article once. */
const memo = new WeakMap<ArticleText, Extracted>();

export function extractIntervention(article: ArticleText): Extracted {
  let found = memo.get(article);
  if (!found) {
    found = findIntervention(article);
    // No name won: a story about a new way to give a known substance names the way.
    if (!found.intervention) {
      const delivery = deliveredForm(article);
      if (delivery) found = { intervention: delivery, description: describe(article, delivery.value) };
    }
    memo.set(article, found);
  }
  return found;
}

/** Words a delivery cue catches that are no substance: "drug delivery", "delivers the". */
const NOT_SUBSTANCE =
  /^(?:drug|drugs|medicine|medication|dose|doses|the|this|that|these|those|more|less|care|services?|results|babies|baby|food|data|messages?)$/i;
/** Sentences from the start of the story a delivery must be named in: the headline and the lede. */
const DELIVERY_LEDE = 6;

/**
 * A story about a new way to give a substance it names only as a common word ("insulin",
 * "nicotine"), where no name wins: "two systems that could get insulin into the
 * bloodstream (oral spray, inhaler)" is "insulin delivery (oral spray, inhaler)"; "a
 * wearable transdermal drug delivery device" that, the story says again and again,
 * delivers nicotine is "wearable transdermal nicotine delivery device". Null otherwise.
 */
function deliveredForm(article: ArticleText): TextFact | null {
  const lede = article.sentences.slice(0, DELIVERY_LEDE + 1);
  const into = cueById('intervention', 'intervention-delivery-into');
  for (const sentence of lede) {
    const match = into.regex.exec(sentence.text);
    if (!match || NOT_SUBSTANCE.test(match[1]!)) continue;
    const forms = match[2] ? ` (${match[2].trim()})` : '';
    return { ...textFact(`${match[1]!.toLowerCase()} delivery${forms}`, sentence), rule: into.id };
  }
  const device = cueById('intervention', 'intervention-delivery-device');
  const named = lede.map((sentence) => ({ sentence, match: device.regex.exec(sentence.text) })).find((m) => m.match);
  if (!named) return null;
  // The substance the story most often says is delivered, named at least twice.
  const delivered = new RegExp(cueById('intervention', 'intervention-delivered-substance').regex.source, 'g');
  const counts = new Map<string, number>();
  for (const sentence of article.body)
    for (const m of sentence.text.matchAll(delivered)) {
      const word = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
      if (!NOT_SUBSTANCE.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  const [substance, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 2) return null;
  const words = named.match![0].replace(/^(?:an?|the)\s+/i, '').replace(/\bdrug([- ])delivery\b/i, `${substance}$1delivery`);
  return { ...textFact(words, named.sentence), rule: device.id };
}

let naming: { cue: Cue; global: RegExp; weight: number }[] | undefined;
function namingRules() {
  naming ??= cues('intervention')
    .filter((cue) => cue.id.startsWith('intervention-name-'))
    .map((cue) => ({ cue, global: new RegExp(cue.regex.source, cue.regex.flags + 'g'), weight: RULE_WEIGHT[cue.id] ?? 1 }));
  return naming;
}
const rejectors = () => cues('intervention').filter((cue) => cue.id.startsWith('not-intervention-'));

/** The rule that rules a name out, or null: a population word, a statistic, a label … */
const ruledOut = new Map<string, Cue | null>();
export function notAnIntervention(name: string): Cue | null {
  let cue = ruledOut.get(name);
  if (cue === undefined) ruledOut.set(name, (cue = ruleOut(name)));
  return cue;
}

function ruleOut(name: string): Cue | null {
  const last = name.split(/\s+/).at(-1) ?? name;
  if (commonWord(name) || grammarWord(name)) return cueById('intervention', 'not-intervention-common-word');
  // "P-Cure Upright Imaging Solution": a coined first word makes a product's name of a vague head.
  const coined = COINED_FIRST.test(name);
  for (const cue of rejectors())
    if (coined && cue.id === 'not-intervention-vague-head') continue;
    else if (cue.regex.test(name) || (cue.id === 'not-intervention-common-word' && cue.regex.test(last) && !/\s/.test(name))) return cue;
  return null;
}

function findIntervention(article: ArticleText): Extracted {
  const pool = new CandidatePool(keyOf);
  const headline = article.sentences.find((s) => s.block.kind === 'heading');
  const bodyIndex = new Map(article.body.map((s, i) => [s, i]));
  const pipeline = cueById('intervention', 'intervention-other-drugs').regex;
  // The paragraph that turns to other drugs in development, from the sentence that does.
  let otherDrugs: Sentence['block'] | null = null;
  const rivalSentences = new Set<Sentence>();
  let headlineKind: string | null = null;
  for (const sentence of article.sentences) {
    const isHeadline = sentence === headline;
    const index = bodyIndex.get(sentence);
    if (!isHeadline && index === undefined) continue; // subheadings and page furniture
    const place = isHeadline ? 2 : index! < LEDE_SENTENCES ? 1.5 : 1;
    // A drug named only for an earlier or other study is not the one reported.
    const other = OTHER_STUDY.test(sentence.text) ? 0.5 : 1;
    // "Two other oral medications … are also in development. … phase 3 trials for X": a drug
    // named where the story lists rivals in the pipeline is not the one it is about; the rest
    // of that paragraph names them too.
    if (pipeline.test(sentence.text)) otherDrugs = sentence.block;
    const rival = otherDrugs !== null && sentence.block === otherDrugs ? 0.25 : 1;
    if (rival < 1) rivalSentences.add(sentence);
    for (const { cue, global, weight } of namingRules()) {
      if (HEADLINE_ONLY.has(cue.id) && !isHeadline) continue;
      if (LEDE_ONLY.has(cue.id) && !isHeadline && index! >= LEDE_SENTENCES) continue;
      if (NEEDS[cue.id] && !NEEDS[cue.id]!.test(sentence.text)) continue;
      for (const match of sentence.text.matchAll(global)) {
        let name = cleanName(match[1] ?? match[0], cue.id);
        if (cue.id === 'intervention-name-abbreviation') name = abbreviated(name, match[2]!);
        if (!name) continue;
        if (cue.id === 'intervention-name-called') name = pairedName(name, sentence.text.slice(match.index! + match[0].length));
        if (cue.id === 'intervention-name-inn-suffix' && NOT_DRUGS.test(name)) continue;
        const rejected = notAnIntervention(name);
        // "Vaccine sharply cuts rate of shingles": a bare kind as the headline's subject names
        // no treatment, but says which of the lede's descriptors ("the herpes zoster vaccine") it is.
        if (rejected?.id === 'not-intervention-bare-kind' && cue.id === 'intervention-name-headline-subject')
          headlineKind = name.toLowerCase().replace(/s$/, '');
        if (rejected) continue;
        if (endsAtName(match) && modifiesNoun(sentence.text.slice(match.index! + match[0].length))) continue;
        const at = match.index! + match[0].indexOf(match[1] ?? match[0]);
        const before = sentence.text.slice(Math.max(0, at - 40), at);
        const after = sentence.text.slice(at + name.length, at + name.length + 20);
        // "given IVs of saline or a balanced fluid": a vessel or a dose, not what was in it.
        if (GIVEN_ONLY.has(cue.id) && /^\s+of\b/.test(after)) continue;
        const comparator =
          COMPARATOR_BEFORE.test(before) ||
          REFERENCE_BEFORE.test(sentence.text.slice(0, at)) ||
          COMPARED_SECOND.test(sentence.text.slice(0, at)) ||
          COMPONENT_BEFORE.test(before)
            ? 0.25
            : 1;
        const aliases = (match.slice(2).filter(Boolean) as string[]).map((a) => a.trim()).filter((a) => a.length >= 2 && !/\s/.test(a));
        const mention: Mention = { name, sentence, weight: weight * place * other * rival * comparator, rule: cue.id, aliases };
        if (TRIAL_AFTER.test(after)) mention.weight *= 0.25;
        // "UA belongs to a group of drugs called selective progesterone receptor modulators":
        // the name of the class the studied drug belongs to, not the drug.
        if (CLASS_BEFORE.test(sentence.text.slice(0, match.index!))) mention.weight *= 0.25;
        pool.add(mention);
      }
    }
  }
  if (headlineKind) {
    const kindLast = new RegExp(String.raw`\s${escapeRegExp(headlineKind)}s?$`, 'i');
    for (const c of pool.all())
      if (c.mentions.every((m) => m.rule === 'intervention-name-lede-kind') && kindLast.test(c.best.name))
        pool.add({ ...c.best, weight: WEIGHT_OF_HEADLINE_KIND, rule: 'intervention-name-headline-subject' });
  }
  pool.foldAliases();
  if (pool.size === 0) return { intervention: null, description: null };
  const body = article.body.map((s) => s.text).join(' ');
  const title = article.title;
  const ranked = pool
    // A drug first named as a rival in the pipeline stays one when the story comes back to it.
    .ranked((candidate) => evidence(candidate, body, title) * (rivalSentences.has(firstMention(candidate).sentence) ? 0.25 : 1))
    .filter(
      (c) => !(c.mentions.every((m) => WEAK_RULES.has(m.rule)) && /^[a-z][a-z-]*$/.test(c.best.name) && countWord(body, c.best.name) < 2),
    )
    // "Women taking estrogen-progestin pills": what someone was given is evidence of what was
    // studied only when the story keeps coming back to it.
    .filter((c) => !(c.mentions.every((m) => GIVEN_ONLY.has(m.rule)) && mentions(body, c.best.name, c.aliases) < 3))
    // "Latisse, Not Just for Eyelashes": a headline's label is the topic only when the story
    // keeps naming it, and a person, place or organisation ("Texas:") never is.
    .filter((c) => !(c.mentions.every((m) => m.rule === 'intervention-name-headline-label') && !labelIsTopic(c, body)));
  // People and trial names are ruled out lazily, best first: compromise is slow to ask.
  const usable = (c: Candidate) => c.score >= THRESHOLD && !isTrialName(c, body) && !isPerson(c, body) && !isPlace(c);
  // A name ("zimislecel", "the HbA1c test") beats a descriptor ("Lab-grown cells", "Blood test").
  let best = ranked.find((c) => !isDescriptor(c) && usable(c)) ?? ranked.find((c) => isDescriptor(c) && usable(c));
  if (!best) return { intervention: null, description: null };
  // "Screening" in the headline, "MRI screening" in the lede: a bare kind gives way to the
  // story's narrower wording of it, which says which screening.
  if (isDescriptor(best) && !/\s/.test(best.best.name)) {
    const bare = new RegExp(String.raw`\s${escapeRegExp(best.best.name)}s?$`, 'i');
    best = ranked.find((c) => c !== best && isDescriptor(c) && bare.test(c.best.name) && usable(c)) ?? best;
  }
  // "The combination of Yervoy and Opdivo … compared with Yervoy alone": the best-evidenced
  // name is the comparator's half of a combination; the combination is what was studied.
  const combination = combinationOf(
    article,
    best,
    ranked.filter((c) => c !== best && usable(c)),
  );
  if (combination) return { intervention: combination.value, description: describe(article, combination.added) };
  const pair = isDescriptor(best)
    ? null
    : peerPair(
        article,
        best,
        ranked.filter((c) => c !== best && !isDescriptor(c) && usable(c)),
      );
  if (pair) return { intervention: pair, description: describe(article, best.best.name) };
  const coined = isDescriptor(best) ? namedForm(article, best.best.name) : null;
  const specific = isDescriptor(best) && !coined ? specificForm(article, best.best.name) : null;
  const named = coined ?? specific;
  let value = named ?? textFact(best.best.name, best.best.sentence);
  value.rule = coined ? 'intervention-name-coined-kind' : specific ? 'intervention-name-specific-kind' : best.best.rule;
  // "Proton Therapy More Effective When Combined with Thermal Therapy": the headline's
  // subject is half of a combination; printing it alone names the wrong treatment.
  // What the headline says was added ("… When Combined with Thermal Therapy") is what the
  // story reports on, when the story itself names it again; else say nothing.
  if (!named && best.best.sentence === headline && COMBINED.test(headline.text)) {
    const added = addedTreatment(article, headline.text);
    return added ? { intervention: added, description: describe(article, added.value) } : { intervention: null, description: null };
  }
  if (!named && best.best.sentence === headline && HEADLINE_CASE.test(best.best.name)) {
    // "Concussion Blood Test" is the headline's wording; the story's own is "a blood test".
    const reworded = bodyWording(article, best.best.name);
    if (!reworded) return { intervention: null, description: null };
    value = { ...reworded, rule: 'intervention-name-body-wording' };
  }
  value = storyCase(article, versioned(article, singular(article, value)));
  return { intervention: value, description: describe(article, value.value) };
}

/**
 * "Gardasil 9" beside "Gardasil": a name the story keeps writing with a number after it is
 * a product of its own (often the new one compared with the old), and the bare name may be
 * the comparator. The number counts when the story writes it with the name at least twice
 * and it is not a measure ("Gardasil 9 was 97 per cent effective", not "zimislecel 12 people").
 */
function versioned(article: ArticleText, value: TextFact): TextFact {
  const name = value.value;
  if (!/^\S+(?:\s\S+)?$/.test(name) || /\d$/.test(name)) return value;
  const pattern = new RegExp(
    String.raw`(?<![\w-])${escapeRegExp(name)}\s+(\d{1,2})(?![\d.,%]|\s*(?:percent|per cent|%|years?|months?|weeks?|days?|hours?|mg|ml|people|patients|participants|women|men|children|adults|of|to|and|or)\b)`,
    'gi',
  );
  const counts = new Map<string, number>();
  for (const sentence of article.body)
    for (const match of sentence.text.matchAll(pattern)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  const [number, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count >= 2 ? { ...value, value: `${name} ${number}` } : value;
}

/**
 * "Breastfeeding" opening a sentence, "Five-minute neck scan" in a headline: a name whose
 * capital only opens a sentence is written as the story writes it inside one ("… that
 * breastfeeding …"), so documents can say "a study of breastfeeding". Brand names
 * ("Nuplazid") never appear in lower case and keep their capital.
 */
function storyCase(article: ArticleText, value: TextFact): TextFact {
  const name = value.value;
  // A closing letter or number is part of the name, whatever its case: "Vitamin D", "Omega 3".
  if (!/^\p{Lu}\p{Ll}/u.test(name) || /\s\p{Lu}|.\p{Lu}/u.test(name.slice(1).replace(/\s\p{Lu}?\d*$/u, ''))) return value;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const inside = new RegExp(String.raw`[\p{Ll},;:]\s+${escapeRegExp(lower)}(?![\p{L}-])`, 'u');
  return article.body.some((sentence) => inside.test(sentence.text)) ? { ...value, value: lower } : value;
}

/**
 * "Multivitamins" in a headline, "multivitamin use" in the story: a plural that the story
 * also writes in the singular is a kind of thing named by its count; the singular names it.
 * Followed by "therapy" or "treatment" ("hormones" … "hormone therapy"), the singular is only a
 * modifier and the phrase is the story's name for the treatment.
 */
function singular(article: ArticleText, value: TextFact): TextFact {
  const plural = /^(.*?)([A-Za-z]{2,}[^su])s$/.exec(value.value);
  if (!plural) return value;
  const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(plural[1]! + plural[2]!)}(?:\s+(?:therapy|treatment))?(?![\w-])`, 'i');
  for (const sentence of article.body) {
    const found = pattern.exec(sentence.text);
    if (found) return { ...value, value: found[0], source: textFact(found[0], sentence).source };
  }
  return value;
}

/** What a name is written with when it is a comparison arm on its own: "Yervoy alone", "placebo by itself". */
const ALONE_AFTER = /^\s+(?:alone|by itself|on its own|as monotherapy|monotherapy)\b/i;
/**
 * What joins two treatments given together, between the first name and the second
 * ("A plus B", "A in combination with B", "adding A to B"), with the words a story puts
 * before the second ("the newer", "a low-dose"). Bare "and" joins a combination only
 * after "combination of" or before "together"/"combined".
 */
const JOINER = String.raw`\s+(plus|\+|in combination with|combined with|together with|along with|on top of|in addition to|added to|and|to)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?`;

/**
 * A treatment given with another, where the story writes one of the two alone as the
 * comparison ("compared with Yervoy alone"): the study tested the pair against one of its
 * parts, and naming that part alone would print the comparator as the treatment. The value
 * is the pair in the story's order ("Yervoy plus Opdivo"); `added` is the part the
 * comparison arm lacks. Null when the story gives no such pair.
 */
function combinationOf(article: ArticleText, best: Candidate, others: Candidate[]): { value: TextFact; added: string } | null {
  const body = article.body.map((s) => s.text).join(' ');
  // "Yervoy alone": the name written as an arm of its own.
  const alone = (c: Candidate) =>
    surfaceNames(c).some((n) =>
      [...body.matchAll(new RegExp(String.raw`(?<![\w-])${escapeRegExp(n)}(?![\w-])`, 'g'))].some((m) =>
        ALONE_AFTER.test(body.slice(m.index! + n.length)),
      ),
    );
  const bestAlone = alone(best);
  for (const other of others) {
    const otherAlone = alone(other);
    // Exactly one half is written alone: both alone is a three-arm comparison, neither is no comparator.
    if (bestAlone === otherAlone) continue;
    const pair = pairIn(article, best, other);
    if (!pair) continue;
    const added = bestAlone ? other : best;
    return { value: { ...pair, rule: 'intervention-name-combination' }, added: added.best.name };
  }
  return null;
}

/** The story speaks of the things it tested as a pair: "two drugs", "both compounds". */
const PAIR_WORDS =
  /\b(?:two|both(?: the)?|the two)\s+(?:[\w-]+\s+){0,2}?(?:drugs|compounds|medicines|medications|treatments|therapies|vaccines|molecules|antibodies|substances)\b/i;
/** How close a second name's evidence must come to the best's to be its peer, not a side mention. */
const PEER_SHARE = 0.6;

/**
 * "Two drugs … miconazole (an antifungal) and clobetasol (a steroid) … both drugs were
 * effective": two treatments studied side by side, each on its own, with about equal
 * evidence. Naming one of them alone would say the study tested one drug; the value is the
 * pair joined by "and" as the story joins them. Only when the story calls them a pair
 * ("two drugs", "both compounds") and one sentence names both joined by "and" (each may
 * carry a gloss in brackets); a combination given together is combinationOf's.
 */
function peerPair(article: ArticleText, best: Candidate, others: Candidate[]): TextFact | null {
  if (!article.body.some((s) => PAIR_WORDS.test(s.text)) && !PAIR_WORDS.test(article.title)) return null;
  const names = (c: Candidate) => surfaceNames(c).map(escapeRegExp).join('|');
  for (const other of others) {
    if (other.score < best.score * PEER_SHARE) continue;
    for (const [first, second] of [
      [best, other],
      [other, best],
    ] as const) {
      const pattern = new RegExp(String.raw`(?<![\w-])(${names(first)})(?:\s+\([^()]{1,40}\))?,?\s+and\s+(${names(second)})(?![\w-])`, 'i');
      for (const sentence of article.body) {
        const match = pattern.exec(sentence.text);
        if (!match) continue;
        // "compared with A and B": a pair of comparators is not what was tested.
        if (COMPARATOR_BEFORE.test(sentence.text.slice(0, match.index))) continue;
        return { ...textFact(`${match[1]} and ${match[2]}`, sentence), rule: 'intervention-name-pair' };
      }
    }
  }
  return null;
}

/** The names a candidate goes by in the story: its wordings and other names. */
function surfaceNames(candidate: Candidate): string[] {
  return [...new Set([candidate.best.name, ...candidate.mentions.map((m) => m.name), ...candidate.aliases])].filter((n) => n.length >= 3);
}

/** The first sentence that joins the two candidates as given together, worded "A plus B" (or "A combined with B" …). */
function pairIn(article: ArticleText, a: Candidate, b: Candidate): TextFact | null {
  const names = (c: Candidate) => surfaceNames(c).map(escapeRegExp).join('|');
  for (const [first, second] of [
    [a, b],
    [b, a],
  ] as const) {
    const pattern = new RegExp(
      String.raw`(combination of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?|\badding\s+)?(?<![\w-])(${names(first)})${JOINER}(${names(second)})(?![\w-])(\s+(?:together|combined|in combination)\b)?`,
      'i',
    );
    for (const sentence of article.sentences) {
      const match = pattern.exec(sentence.text);
      if (!match) continue;
      const [, before, one, joiner, two, together] = match;
      const word = joiner!.toLowerCase();
      // "A and B" is a pair only as "the combination of A and B" or "A and B together";
      // "adding A to B" only with "adding".
      if (word === 'and' && !before?.startsWith('combination') && !together) continue;
      if (word === 'to' && !/^adding/i.test(before ?? '')) continue;
      const join = word === 'and' || word === '+' ? 'plus' : word === 'to' ? 'added to' : word;
      return textFact(`${one} ${join} ${two}`, sentence);
    }
  }
  return null;
}

/** A headline that reports a combination of treatments. */
const COMBINED = /\b(?:combined with|in combination with|when added to|together with)\b/i;
/** The treatment a combination headline adds: the words after "combined with", to the end or a preposition. */
const ADDED =
  /\b(?:combined with|in combination with|together with)\s+(?:an?\s+|the\s+)?([\w-]+(?:\s+[\w-]+){0,3}?)(?=\s+(?:in|for|to|at|on|among|after|before|may|could|can)\b|[,.:;!?]|$)/i;

/** The treatment a combination headline adds, in the story's wording, when it is a kind of treatment the story names twice. */
function addedTreatment(article: ArticleText, headline: string): TextFact | null {
  const name = ADDED.exec(headline)?.[1];
  if (!name || !KIND_HEAD.test(name) || notAnIntervention(name.toLowerCase()) || FUNCTION_WORD.test(name)) return null;
  const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'gi');
  const found = article.body.flatMap((sentence) => [...sentence.text.matchAll(pattern)].map((m) => ({ sentence, text: m[0] })));
  if (found.length < 2) return null;
  const value = textFact(found[0]!.text.toLowerCase() === found[0]!.text ? found[0]!.text : name.toLowerCase(), found[0]!.sentence);
  value.rule = 'intervention-name-combined-added';
  return value;
}
/** A headline's Title Case: two or more words, each capitalised ("Pacemaker-Defibrillator Device"). */
const HEADLINE_CASE = /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+$/;

/**
 * A Title Case headline phrase as the story itself words it: the phrase when the body uses
 * it; else the longest run of its words the body uses in lower case, most used first, that
 * keeps its last word or drops only a bare kind ("Device"); null when the body has none of
 * them (the headline's phrase is then too loose to print).
 */
function bodyWording(article: ArticleText, name: string): TextFact | null {
  const lowerAt = (phrase: string) => {
    const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(phrase.toLowerCase())}s?(?![\w-])`, 'g');
    return article.body.flatMap((sentence) => [...sentence.text.matchAll(pattern)].map((m) => ({ sentence, text: m[0] })));
  };
  const whole = new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'i');
  const same = article.body.find((sentence) => whole.test(sentence.text));
  if (same) return textFact(name, same);
  const words = name.split(/\s+/);
  const kindLast = notAnIntervention(words.at(-1)!) !== null;
  for (let length = words.length - 1; length >= 1; length--) {
    const runs = [];
    for (let from = 0; from + length <= words.length; from++) {
      const to = from + length;
      if (to !== words.length && !(kindLast && to === words.length - 1)) continue;
      const run = words.slice(from, to).join(' ');
      // A run that keeps the name's own last word keeps the head the whole name was let through
      // with ("P-Cure Upright Imaging Solution" → "upright imaging solution").
      const rejected = notAnIntervention(run.toLowerCase());
      const sameHead = rejected?.id === 'not-intervention-vague-head' && to === words.length && COINED_FIRST.test(name);
      if ((rejected && !sameHead) || FUNCTION_WORD.test(run)) continue;
      const found = lowerAt(run);
      if (found.length > 0) runs.push(found);
    }
    const best = runs.sort((a, b) => b.length - a.length)[0];
    if (best) return textFact(best[0]!.text, best[0]!.sentence);
  }
  return null;
}

/** Found only by descriptor rules, and worded as a kind of thing ("brain scan", "Stem cell transplants"). */
function isDescriptor(candidate: Candidate): boolean {
  return candidate.mentions.every((m) => DESCRIPTOR_RULES.has(m.rule) || WEAK_RULES.has(m.rule)) && KIND_HEAD.test(candidate.best.name);
}

/**
 * A descriptor's own name, when the article gives one: "Blood test" in the headline, "the
 * HbA1c test" in the body; "the ONCOblot® test". The name is a coined word (capitals
 * inside, digits, a trademark sign) before the descriptor's last word.
 */
function namedForm(article: ArticleText, descriptor: string): TextFact | null {
  const head = /\S+$/.exec(descriptor)![0].replace(/s$/i, '');
  // Either case: a headline's "Whole-Body Scan" is the story's "DXA scan".
  const anyCaseHead = `[${head[0]!.toLowerCase()}${head[0]!.toUpperCase()}]${escapeRegExp(head.slice(1))}`;
  // …or a title-cased name inside a sentence: "the Safety Planning Intervention".
  const pattern = new RegExp(
    String.raw`(?<![\w-])((?:[A-Za-z][\w-]*[A-Z0-9][\w-]*|[A-Z]{2,}[\w-]*)®?\s+${anyCaseHead}s?|(?<=\b(?:the|a|an)\s)(?:[A-Z][a-z]+\s+){1,3}${escapeRegExp(head[0]!.toUpperCase() + head.slice(1))})\b`,
    'g',
  );
  const inTitle = new Set(article.title.toLowerCase().split(/\s+/));
  const found = new Map<string, { count: number; sentence: Sentence; text: string }>();
  for (const sentence of article.body)
    for (const match of sentence.text.matchAll(pattern)) {
      const words = match[1]!.split(/\s+/);
      const coined = words[0]!;
      const titled = /^[A-Z][a-z]+$/.test(coined);
      if (!titled && !/[A-Z0-9®]/.test(coined.slice(1)) && !/^[A-Z]{2,}/.test(coined)) continue;
      // A title-cased name must add words the headline's descriptor does not have.
      if (titled && words.slice(0, -1).every((w) => inTitle.has(w.toLowerCase()))) continue;
      if (notAnIntervention(coined)) continue;
      // "the American Massage Therapy Association": a name that runs on into an organisation's.
      const runOn = /^(?:\s+[A-Z][\w&-]*)+/.exec(sentence.text.slice(match.index! + match[0].length))?.[0] ?? '';
      if (runOn && notAnIntervention(match[1]! + runOn)?.id === 'not-intervention-organisation') continue;
      const key = match[1]!.toLowerCase();
      const entry = found.get(key) ?? { count: 0, sentence, text: match[1]! };
      entry.count++;
      found.set(key, entry);
    }
  const best = [...found.values()].sort((a, b) => b.count - a.count)[0];
  return best ? textFact(best.text, best.sentence) : null;
}

/**
 * A descriptor worded more narrowly in the story: "stem cell therapy" in the headline,
 * "bone marrow stem cell injection" in the body. The body's phrase keeps the descriptor's
 * own words, adds one to three nouns of what kind it is before them, and ends in a kind
 * word of its own; the most used such phrase wins, or none (the descriptor stands).
 */
function specificForm(article: ArticleText, descriptor: string): TextFact | null {
  const words = descriptor.toLowerCase().split(/\s+/);
  const core = words
    .slice(0, -1)
    .map((w) => escapeRegExp(w).replace(/s$/, ''))
    .join(String.raw`s?\s+`);
  if (!core) return null;
  const pattern = new RegExp(String.raw`(?<![\w-])((?:[a-z][\w-]*\s+){1,3})(${core}s?\s+([a-z]+))\b`, 'gi');
  const found = new Map<string, { count: number; sentence: Sentence; text: string }>();
  for (const sentence of article.body)
    for (const match of sentence.text.matchAll(pattern)) {
      // Lower case throughout: "the Maryland Proton Treatment Center" is a place's name.
      if (!/^[a-z]+$/.test(match[3]!) || !KIND_HEAD.test(match[3]!) || notAnIntervention(match[3]!) === null) continue;
      // The words after the last word of grammar: "got a donor cell injection" → "donor".
      const words = match[1]!.trim().split(/\s+/);
      const cut = words.findLastIndex((w) => FUNCTION_WORD.test(w) || vagueWord(w));
      const extra = words.slice(cut + 1);
      if (extra.length === 0 || extra.some((w) => !/^[a-z]/.test(w))) continue;
      const text = `${extra.join(' ')} ${match[2]!}`;
      // Nouns narrow the kind ("bone marrow"); an adjective only describes it ("actual", "routine").
      const terms = (nlp(text).json() as { terms: { tags: string[] }[] }[]).flatMap((t) => t.terms);
      if (terms.slice(0, extra.length).some((t) => !t.tags.includes('Noun'))) continue;
      const entry = found.get(text.toLowerCase()) ?? { count: 0, sentence, text };
      entry.count++;
      found.set(text.toLowerCase(), entry);
    }
  const best = [...found.values()].sort((a, b) => b.count - a.count)[0];
  return best ? textFact(best.text, best.sentence) : null;
}

/** A candidate's mention that comes first in the article. */
function firstMention(candidate: Candidate): Mention {
  return candidate.mentions.reduce((first, m) => (m.sentence.index < first.sentence.index ? m : first));
}

/** The evidence for a candidate: its rules' weights, times how much the article talks about it. */
function evidence(candidate: Candidate, body: string, title: string): number {
  const { best } = candidate;
  const count = mentions(body, best.name, candidate.aliases);
  const inTitle = mentions(title, best.name, candidate.aliases) > 0 ? 1 : 0;
  // A descriptor ("a brain scan") is evidence only when the story keeps coming back to it.
  return candidate.score * (1 + Math.min(count, 6) * 0.5 + inTitle);
}

function labelIsTopic(candidate: Candidate, body: string): boolean {
  const name = candidate.best.name;
  return mentions(body, name, candidate.aliases) >= 3 && !nlp(name).has('(#Person|#Place|#Organization)');
}

/**
 * A person's name: one capitalised word the story gives a title or a quote ("Dr. Vujaskovic",
 * "Smith said"); or two or three ("William Cooper", "Jane Q. Smith") so introduced, or
 * starting with a first name compromise knows and not ending in a kind of thing ("the
 * Alexander Technique", "Lee Silverman Voice Treatment" are named after people, not people).
 */
function isPerson(candidate: Candidate, body: string): boolean {
  const name = candidate.best.name;
  if (/^[A-Z][a-z]+$/.test(name)) return PERSON_AROUND(name).test(body);
  if (!/^[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'-]+){1,2}$/.test(name)) return false;
  if (PERSON_AROUND(name).test(body)) return true;
  const last = name.split(/\s+/).at(-1)!;
  if (KIND_HEAD.test(last) || NAMED_KIND.test(last)) return false;
  const first = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return first.includes('FirstName');
}
/** A place's name ("Boston", "New York", "Kentucky"), as compromise knows them: where a study was done, not what it studied. */
function isPlace(candidate: Candidate): boolean {
  const name = candidate.best.name;
  return /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$/.test(name) && nlp(name).has('#Place');
}
/** Last words of a treatment named after someone ("the Mediterranean Diet", "Kangaroo Care"). */
const NAMED_KIND =
  /^(?:diets?|care|method|technique|protocol|plan|regimen|model|maneuver|manoeuvre|exercises?|training|treatment|therapy)$/i;

/** "the MADIT-CRT trial": a name that mostly labels a trial or a group names no treatment. */
function isTrialName(candidate: Candidate, body: string): boolean {
  const name = candidate.best.name;
  if (!/^[A-Z0-9-]+$/.test(name)) return false;
  // Trials take letter acronyms joined by a hyphen ("HALT-MS", "MADIT-CRT"), named after a study.
  if (/^[A-Z]{2,}-[A-Z]{2,}$/.test(name) && new RegExp(String.raw`\b(?:study|trial)\b[^.]{0,80}\b${escapeRegExp(name)}\b`).test(body))
    return true;
  const all = [...body.matchAll(new RegExp(String.raw`\b${escapeRegExp(name)}\b`, 'g'))];
  const asTrial = all.filter((m) => TRIAL_AFTER.test(body.slice(m.index! + name.length, m.index! + name.length + 20))).length;
  return all.length > 0 && asTrial * 2 >= all.length;
}

function cleanName(raw: string, rule: string): string {
  let name = raw
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,.;:?!]$/, '')
    // A name ends before a verb: "WZ4002 can slow tumor growth" is "WZ4002".
    .replace(/\s+(?:may|might|can|could|will|would|is|are|was|were|has|have|had|does|do|did)\b.*$/i, '')
    .trim();
  // After "called", the name ends before a verb: "a drug called lesinurad lowered uric acid".
  if (rule === 'intervention-name-called') name = name.replace(/(?<=\S)\s+[a-z]+ed\b.*$/, '');
  if (/^(?:what|why|how|who|when|where|which|whose)\b/i.test(name)) return '';
  if (name.split(/\s+/).length > 5) return '';
  if (rule === 'intervention-name-headline-subject') {
    // "Dementia: Five-minute neck scan can spot …": the subject follows the label.
    name = name.replace(/^[^:]*:\s+/, '');
    // "Roche's Tecentriq cocktail adds to …": the maker's possessive before a brand is not the name.
    name = name.replace(/^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u, '');
    // "Love of physical activity may start …", "Lack of sleep …": the word before "of" is a
    // relation to the thing, not the thing; the subject is too loose to print.
    if (/^\S+(?:\s+\S+)?\s+of\s/i.test(name)) return '';
    // "Quest for Vaccines to Treat Addiction", "Hope for new drugs": a word before "for" and a
    // kind of treatment is a relation to the thing (a search, a hope), not the thing.
    const forKind = /^\S+(?:\s+\S+)?\s+for\s+(?:(?:the|a|an|new|better)\s+)?([\w-]+)/i.exec(name);
    if (forKind && KIND_HEAD.test(forKind[1]!)) return '';
    // "'Super' berry may help …": a word set in scare quotes is the writer's label, not a name.
    if (/(?:^|\s)['‘"“][\p{L}-]+['’"”](?=\s|$)/u.test(name)) return '';
    name = name.replace(SUBJECT_TAIL, '').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9)]+$/g, '');
    // "Vaccine sharply cuts …": an adverb before the verb is not part of the subject.
    name = trailingAdverbs(name);
    if (name.split(/\s+/).length > 4 || /[:?]/.test(name)) return '';
  }
  if (rule === 'intervention-name-headline-subject' || rule === 'intervention-name-lede-kind') {
    // Trim grammar and vague words from the left: "the study to test" → "test", "Quick brain scan" → "brain scan".
    const words = name.split(/\s+/);
    while (words.length > 1 && (FUNCTION_WORD.test(words[0]!) || vagueWord(words[0]!) || leadingVerb(words))) words.shift();
    // "thoughts eased with online therapy": a descriptor the lede rule caught after a word of
    // grammar is the words after it (the subject's words are the headline rule's to read).
    if (rule === 'intervention-name-lede-kind') {
      const cut = words.findLastIndex((w) => FUNCTION_WORD.test(w));
      if (cut >= 0 && cut < words.length - 1) words.splice(0, cut + 1);
    }
    name = words.join(' ');
    if (words.some((w) => FUNCTION_WORD.test(w))) return '';
  }
  return name;
}

/**
 * "called high-dose immunosuppressive therapy and autologous hematopoietic cell transplant
 * (HDIT/HCT)": a name cut at "and" whose abbreviation, after the second half, spells both
 * halves is one treatment of two parts; cut, it would name only the first. The whole is
 * kept when the abbreviation's letters run through the initials of both halves, ending on
 * the second's.
 */
function pairedName(name: string, after: string): string {
  const rest = /^\s+and\s+((?:[\w-]+\s+){0,5}[\w-]+)\s+\(([A-Za-z][A-Za-z/-]{1,14})\)/.exec(after);
  if (!rest) return name;
  const initials = (words: string) =>
    words
      .split(/[\s-]+/)
      .map((w) => w[0]!.toLowerCase())
      .join('');
  const letters = rest[2]!.toLowerCase().replace(/[^a-z]/g, '');
  const whole = initials(`${name} ${rest[1]}`);
  if (letters[0] !== whole[0] || letters.at(-1) !== whole.at(-1)) return name;
  // Some of the letters must come from the second half: "(HDIT)" alone abbreviates the first.
  let at = 0;
  let end = -1;
  for (const [i, char] of [...whole].entries())
    if (char === letters[at]) {
      at++;
      end = i;
    }
  return at === letters.length && end >= initials(name).length ? `${name} and ${rest[1]} (${rest[2]})` : name;
}

/** A subject without the adverbs that close it ("Vaccine sharply" → "Vaccine"), as compromise knows them. */
function trailingAdverbs(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /ly$/i.test(words.at(-1)!)) {
    const tags = (nlp(words.at(-1)!.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    if (!tags.includes('Adverb') || tags.includes('Noun')) break;
    words.pop();
  }
  return words.join(' ');
}

/**
 * "undergo breast cancer screening": a verb's plain form before the descriptor is what
 * someone does with it, not part of its name ("walking program" keeps its -ing word).
 */
function leadingVerb(words: string[]): boolean {
  // Lower case only: a headline capitalises every word, and "Stroke" there is a disease.
  if (!/^[a-z]+$/.test(words[0]!)) return false;
  const tags = (nlp(words.join(' ')).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.includes('Infinitive') && !tags.includes('Noun');
}

/**
 * "dimethandrolone undecanoate (DMAU)": the shortest run of the term's last words that the
 * abbreviation spells (its letters in order, the first one starting the run), or ''.
 */
function abbreviated(term: string, abbreviation: string): string {
  const letters = abbreviation.toLowerCase().replace(/[^a-z]/g, '');
  const words = term.split(/\s+/);
  for (let from = words.length - 1; from >= 0; from--) {
    const run = words.slice(from).join(' ').toLowerCase();
    if (run[0] !== letters[0]) continue;
    let at = 0;
    for (const char of run) if (char === letters[at]) at++;
    if (at === letters.length && words.length - from >= Math.min(2, letters.length)) return words.slice(from).join(' ');
  }
  return '';
}

const vagueWord = (word: string) => cueById('intervention', 'intervention-vague-word').regex.test(word);

/** Case, brackets, a plural -s and vague adjectives aside, the same name: "Semaglutide" and "semaglutide". */
function keyOf(name: string): string {
  return name
    .replace(/\s*\(.*\)$/, '')
    .toLowerCase()
    .replace(/(?<=[a-z]{3})s$/, '');
}

function mentions(text: string, name: string, aliases: string[] = []): number {
  const short = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const full = name.replace(/\s*\(.*\)$/, '');
  const words = full.split(/\s+/);
  // A coined first word stands for the name ("DigniCap Cooling System" → "DigniCap"); a
  // common noun does not ("Brain stimulation" is not every "brain").
  const head = words.length > 1 && /^[A-Z][a-z]+[A-Z]\w*$|^[A-Z]{3,}$/.test(words[0]!) ? words[0] : undefined;
  const names = [full, short, head, ...aliases].filter(Boolean) as string[];
  return Math.max(...names.map((n) => countWord(text, n)));
}

/** Occurrences of a name as a word (case-insensitive for lower-case names, exact for "tDCS"); a plural counts. */
function countWord(text: string, name: string): number {
  const flags = /[A-Z]/.test(name.slice(1)) ? 'g' : 'gi';
  return [...text.matchAll(new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}s?(?![\w-])`, flags))].length;
}

/**
 * The first sentence that says what the intervention is, or how it is given: "Rydapt is a
 * kinase inhibitor", "Ixekizumab works by blocking IL-17", "a therapy known as zimislecel,
 * which involves …". The name must be what the sentence's verb is said of: a sentence
 * where it is the object of someone's act or story ("Mr Smith, who used X daily, is a happy
 * customer", "clinicians are comfortable prescribing X", "if people are vaccinated with X,
 * 90 per cent of cancers could be prevented") says nothing of what X is, and printed under
 * "What it is" it reads as a claim. A finding, another study or a question is never one.
 */
function describe(article: ArticleText, name: string): TextFact | null {
  const head = name.replace(/\s*\(.*\)$/, '');
  const shortName = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const defines = cueById('intervention', 'intervention-description-defines').regex;
  const subjectBefore = cueById('intervention', 'intervention-description-subject-before').regex;
  const not = cueById('intervention', 'intervention-description-not').regex;
  // A sentence that compares arms or gives a share of people reports a result ("tumors
  // shrank in 41% of patients on the pill compared with 14% …"), not what the treatment is.
  const RESULT = /\b(?:versus|vs\.?|compared (?:with|to))\b|\d\s*(?:%|percent)\s+of\b/i;
  const names = [head, shortName].filter((n): n is string => !!n);
  for (const sentence of article.body) {
    const { text } = sentence;
    if (RESULT.test(text) || /[“”"]/.test(text) || not.test(text)) continue;
    for (const n of names) {
      const at = new RegExp(String.raw`(?<![\w-])${escapeRegExp(n)}s?(?![\w-])`, n === shortName ? '' : 'i').exec(text);
      if (!at) continue;
      const before = text.slice(0, at.index);
      const after = text.slice(at.index + at[0].length);
      // "an innovative therapy known as zimislecel, which involves …": the kind word names
      // it and the clause after the name says what it is, whatever the sentence opened with.
      const called = /\b(?:known as|called|named|dubbed)\s+(?:the\s+)?$/i.test(before);
      if (called && /^(?:\s*\([^()]*\))?,?\s+(?:which|that)\s/.test(after) && defines.test(after)) return textFact(text, sentence);
      // "a device called the MitraClip was used to repair the valve": what it was used to do is
      // what it is, said of a thing the sentence has just introduced by its kind.
      if (
        called &&
        /\b(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:known as|called|named|dubbed)\s+(?:the\s+)?$/i.test(before) &&
        /^\s+(?:is|are|was|were)\s+used\s+to\s/.test(after)
      )
        return textFact(text, sentence);
      if (subjectBefore.test(before) && defines.test(after)) return textFact(text, sentence);
    }
  }
  return null;
}

const wordCache = new Map<string, boolean>();

/**
 * A lower-case single word that English already has as a verb, adverb, adjective or word
 * of grammar ("could", "every", "better", "versus") is not a drug's name; compromise's
 * lexicon knows them. Asked per word, so it stays fast.
 */
function commonWord(name: string): boolean {
  if (!/^[a-z][a-z-]+$/.test(name)) return false;
  let known = wordCache.get(name);
  if (known === undefined) {
    const tags = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    known = tags.some((tag) =>
      /^(?:Verb|Modal|Auxiliary|Adverb|Adjective|Preposition|Conjunction|Determiner|Pronoun|Value|Copula|QuestionWord)$/.test(tag),
    );
    wordCache.set(name, known);
  }
  return known;
}

/**
 * A capitalised single word that is a word of grammar or a sentence adverb ("Theoretically,
 * the treatment …", "However", "Still"): capitalised only because it starts a sentence. An
 * adjective counts only when compromise's lexicon has it ("Overall"): a brand it does not
 * know ("Ozempic") it guesses to be an adjective from its ending. A verb does not count:
 * "Exercise" and "Walking" are what many stories study.
 */
function grammarWord(name: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(name)) return false;
  const key = `^${name}`;
  let known = wordCache.get(key);
  if (known === undefined) {
    const tags = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
    known =
      tags.some((tag) => /^(?:Adverb|Preposition|Conjunction|Determiner|Pronoun|Modal|Auxiliary|Copula|QuestionWord)$/.test(tag)) ||
      lexicon[name.toLowerCase()] === 'Adjective';
    wordCache.set(key, known);
  }
  return known;
}

/** A match that ends with its name (or the name's bracketed short form), not with a verb after it. */
function endsAtName(match: RegExpMatchArray): boolean {
  const last = (match.slice(1).filter(Boolean) as string[]).at(-1);
  return last !== undefined && (match[0].endsWith(last) || match[0].endsWith(`${last})`));
}

/**
 * "cells known as natural killer (NK) cells", "human papillomavirus (HPV) infection": a name
 * followed by a body or disease word only says which cells or which illness; the
 * treatment is never a modifier of either.
 */
function modifiesNoun(after: string): boolean {
  const next = /^\s+([A-Za-z-]+)/.exec(after)?.[1];
  if (!next) return false;
  const cue = notAnIntervention(next.toLowerCase());
  return cue?.id === 'not-intervention-body-part' || cue?.id === 'not-intervention-condition';
}
