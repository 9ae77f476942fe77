// Which findings (results and harms) the brief shows: the plain ones, within a column's
// budget of words, natural frequencies first, each in a place where it reads right; when
// none is plain, the least hard one, so benefits and harms both keep a voice.
import type { Facts, Finding, Harm } from '../../article/schema.js';
import { shorterForms } from '../clauses.js';
import { columnsFor } from '../icon-array.js';
import { fitsPatient, hardWords, isFragment, opensOnSomeoneUnnamed, unexplainedAbbreviations, withinWordLimit } from '../patient-text.js';
import { givesOnlyRelativeChange } from '../plain-finding.js';
import { plainWords } from '../plain-words.js';
import { generated, linesOf } from '../text.js';
import type { FindingItem, Text } from '../view-models.js';
import { capitalize } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

// Caps that keep the brief on one sheet (two A4 pages at 12pt) for wordy articles.
export const MAX_RESULTS = 4;
export const MAX_HARMS = 4;
export const MAX_BULLETS = 6;
/** Serious harms shown beyond MAX_HARMS (deaths, boxed warnings, who must not take it). */
export const MAX_SERIOUS = 6;
/** Words per benefits/harms column (each sentence also costs a little for its spacing). */
const MAX_WORDS_PER_COLUMN = 100;

/** Roughly how much column a finding takes, in words of text (an icon row is about five). */
function cost(item: FindingItem): number {
  const words = [...item.sentences, ...item.bullets].reduce((sum, t) => sum + wordCount(t.text, { by: 'spaces' }) + 3, 0);
  const iconRows = item.icons ? Math.ceil(item.icons.total / columnsFor(item.icons.total)) : 0;
  return words + (item.icons ? 5 + iconRows * 5 : 0);
}

/**
 * The findings that fit a column: those with a natural frequency first, then the rest, and
 * those that give only a relative change last (absolute figures tell a patient more);
 * whole and in the article's order (always at least one). A relative change that is one of
 * the study's main results (`main`, main-result.ts) is not put last: when the source states
 * its main result only as a relative change ("a 63% lower risk of death"), that is what the
 * study found, and a side result with a count must not take its place.
 */
function withinBudget(items: FindingItem[], serious: (item: FindingItem) => boolean, main: (item: FindingItem) => boolean): FindingItem[] {
  const rank = (item: FindingItem) => (serious(item) ? -1 : item.lead ? 0 : givesOnlyRelativeChange(item) && !main(item) ? 2 : 1);
  const byPriority = items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  let used = 0;
  let keptOthers = 0;
  const kept = new Set<number>();
  for (const { item, index } of byPriority) {
    // A serious harm (a death, a boxed warning, who must not take it) is never left out for space.
    // and the first of the others is kept too (serious warnings do not crowd out the common side effects).
    if (!serious(item) && keptOthers > 0 && used + cost(item) > MAX_WORDS_PER_COLUMN) continue;
    used += cost(item);
    kept.add(index);
    if (!serious(item)) keptOthers++;
  }
  return items.filter((_, index) => kept.has(index));
}

/** A finding that counts or measures something (not just "type 1" or a year in a name). */
export function quantified(finding: Finding): boolean {
  const named = (raw: string) => new RegExp(`\\b(type|phase|stage|grade|class|level)\\s+${escapeRegExp(raw)}\\b`, 'i');
  const counts = finding.numbers.some((n) => n.unit !== 'year' && !named(n.raw).test(finding.text));
  return counts || /\b(all|none)\s+(of\s+)?(the\s+)?(participants|patients|people)\b/i.test(finding.text);
}

/** Every sentence and bullet of a finding is plain enough (a finding is shown whole or not at all), and it does not open on someone it never names. */
export function readableItem(item: FindingItem, names: ReadonlySet<string>): boolean {
  const pieces = [...item.sentences, ...item.bullets];
  return pieces.length > 0 && standsOnItsOwn(pieces[0]!.text) && pieces.every((piece) => fitsPatient(piece.text, names));
}

/** A finding's first sentence names who it is about and is a sentence ("He says his patients …" and "But already sells it …" are not). */
const standsOnItsOwn = (first: string): boolean => !opensOnSomeoneUnnamed(first) && !isFragment(first);

/** Long words in a finding that is short enough but not plain: the fewest is the best fallback. */
function hardness(item: FindingItem, names: ReadonlySet<string>): number {
  return [...item.sentences, ...item.bullets].reduce((sum, piece) => sum + hardWords(piece.text, names).length, 0);
}

// A fallback is short enough and still reads on its own: "He says his patients … have had a 92% success rate" is not.
const shortEnough = (item: FindingItem) =>
  item.sentences.length > 0 &&
  standsOnItsOwn(item.sentences[0]!.text) &&
  [...item.sentences, ...item.bullets].every((piece) => withinWordLimit(piece.text));

/**
 * The findings the brief can show: the plain ones (at most `max`, within the column
 * budget). When none is plain, the one with the fewest long words among those within the
 * sentence limit, so benefits and harms both keep a voice; else none.
 */
function readableFindings(
  items: FindingItem[],
  max: number,
  names: ReadonlySet<string>,
  serious: (item: FindingItem) => boolean,
  accepted: (item: FindingItem) => boolean,
  main: (item: FindingItem) => boolean,
): FindingItem[] {
  const plain = items.filter((item) => accepted(item) || readableItem(item, names));
  // Serious harms do not count against the cap (up to MAX_SERIOUS); the others fill what is left, at least one.
  const severe = plain.filter(serious).slice(0, MAX_SERIOUS);
  const cap = Math.max(1, max - severe.length);
  const allOthers = plain.filter((item) => !serious(item));
  const within = (count: number) => {
    const others = allOthers.slice(0, count);
    return withinBudget(
      plain.filter((item) => severe.includes(item) || others.includes(item)),
      serious,
      main,
    );
  };
  const keptOthers = (kept: FindingItem[]) => kept.filter((item) => !serious(item)).length;
  if (plain.length > 0) {
    // A finding the column budget leaves out frees its place under the cap for the next one
    // that fits (a long relative figure with its note must not leave the column half empty).
    let count = cap;
    let kept = within(count);
    while (keptOthers(kept) < cap && count < allOthers.length) {
      const more = within(++count);
      if (keptOthers(more) <= keptOthers(kept) || keptOthers(more) > cap) continue;
      kept = more;
    }
    return kept;
  }
  const fallback = items.filter(shortEnough).sort((a, b) => hardness(a, names) - hardness(b, names))[0];
  return fallback ? [fallback] : [];
}

/**
 * The findings shown, with main results added in their least-hard form (`extra`), in the
 * order the brief tries them: the main results first (those shown, then those added), then the
 * lesser ones. A side sentence that read plainly ("It was the drop in deaths that doctors
 * focused on", a promotional claim) must not lead while the study's main result sits under it.
 */
export function mainResultsFirst(shown: FindingItem[], extra: FindingItem[], main: (item: FindingItem) => boolean): FindingItem[] {
  return [...shown.filter(main), ...extra.filter(main), ...[...shown, ...extra].filter((item) => !main(item))];
}

/** The readable findings (see readableFindings) that also read right where they stand. */
export function readableInSequence(
  items: FindingItem[],
  max: number,
  names: ReadonlySet<string>,
  sequence: (items: FindingItem[]) => FindingItem[],
  serious: (item: FindingItem) => boolean = () => false,
  /** Items taken as readable though not plain (a main result in its least-hard form). */
  accepted: (item: FindingItem) => boolean = () => false,
  /** Items that are among the study's main results (a relative change among them is not put last). */
  main: (item: FindingItem) => boolean = () => false,
): FindingItem[] {
  let candidates = items;
  for (;;) {
    const chosen = readableFindings(candidates, max, names, serious, accepted, main);
    const kept = sequence(chosen);
    if (kept.length === chosen.length) return kept;
    // What could not stand where it would be shown frees its place for another finding.
    candidates = candidates.filter((item) => !chosen.includes(item) || kept.includes(item));
  }
}

/**
 * When no finding reads plainly whole: each finding (in the order given, main results
 * first) as the first of its forms that does, whole or shortened to the clause that holds
 * its claim and figures (clauses.ts shorterForms); findings none of whose forms read
 * plainly are left out. `toItem` puts a form of a finding as the brief prints it.
 */
export function plainForms(
  findings: readonly Finding[],
  names: ReadonlySet<string>,
  toItem: (form: Finding, finding: Finding) => FindingItem,
  lenient = false,
): FindingItem[] {
  const items: FindingItem[] = [];
  for (const finding of new Set(findings)) {
    const forms = [finding.text, ...shorterForms(finding.text, { strict: true })];
    const readable = (text: string): FindingItem | null => {
      const item = toItem(text === finding.text ? finding : { ...finding, text }, finding);
      // A form with a hype word is quoted, and a shortened sentence is not the source's words.
      const quoted = item.sentences.some((sentence) => sentence.kind === 'quote');
      return readableItem(item, names) && (!quoted || text === finding.text) ? item : null;
    };
    if (lenient) {
      const item = leastHard(forms, names, (text) => toItem(text === finding.text ? finding : { ...finding, text }, finding));
      if (item) items.push(item);
      continue;
    }
    // The first form that reads plainly; later forms are not composed at all.
    let item: FindingItem | null = null;
    for (const form of forms) if ((item = readable(form))) break;
    item ??= plainOpening(forms, names, toItem, finding, readable);
    if (item) items.push(item);
  }
  return items;
}

/**
 * For a brief that could otherwise say nothing of the results: the form within the sentence
 * limit, standing on its own and with every abbreviation explained, that has the fewest long
 * words (the brief's reading level is then held by pruning, patient-brief/prune.ts).
 */
function leastHard(forms: readonly string[], names: ReadonlySet<string>, toItem: (text: string) => FindingItem): FindingItem | null {
  const usable = forms
    .map((text) => toItem(text))
    .filter(
      (item) =>
        shortEnough(item) &&
        !item.sentences.some((sentence) => sentence.kind === 'quote') &&
        [...item.sentences, ...item.bullets].every((piece) => unexplainedAbbreviations(piece.text, names).length === 0),
    );
  return usable.sort((a, b) => hardness(a, names) - hardness(b, names))[0] ?? null;
}

/**
 * No form reads plainly whole, but one opens with plain sentences and goes on with ones that
 * do not ("A compound called X can slow tumor growth. But that it is possible to …"): those
 * opening sentences, when what is left out holds no figure (a comparison's figure never goes
 * while the treatment's stays).
 */
function plainOpening(
  forms: readonly string[],
  names: ReadonlySet<string>,
  toItem: (form: Finding, finding: Finding) => FindingItem,
  finding: Finding,
  readable: (text: string) => FindingItem | null,
): FindingItem | null {
  for (const form of forms) {
    const whole = toItem({ ...finding, text: form }, finding);
    const pieces = [...whole.sentences, ...whole.bullets].map((piece) => piece.text);
    const firstHard = pieces.findIndex((piece) => !fitsPatient(piece, names));
    if (firstHard < 1 || firstHard > whole.sentences.length) continue;
    const opening = pieces.slice(0, firstHard);
    if (pieces.slice(firstHard).some((piece) => /\d/.test(piece))) continue;
    // "Collier began testing rats with nortriptyline. It found …": what goes on about the same
    // subject holds the claim (clauses.ts split one sentence in two); the opening alone says nothing.
    if (/^(?:It|They)\s/.test(pieces[firstHard]!)) continue;
    const item = readable(opening.join(' '));
    if (item) return item;
  }
  return null;
}

/** What the brief says when the source reports findings but none can be put plainly here. */
export const tooDetailed = (what: string, findings: Facts['results']): Text =>
  generated(
    `The ${what} in the source are too detailed to sum up here. Ask your care team to go over them with you.`,
    linesOf(...findings),
  );

/** Words that make a harm serious: a death, the label's strongest warnings, suicide. */
const SERIOUS =
  /\b(?:serious|boxed warning|black box|deaths?|died|dies|fatal|life[- ]threatening|suicid\w* (?:ideation|thoughts?|behaviou?r)|suicides|REMS)\b/i;
const BOXED = /\b(?:boxed warning|black box)\b/i;
/** The label's own words: a warning the source gives, not an outcome counted in a trial. */
const WARNING_WORDS =
  /\b(?:boxed warning|black box|warnings?|warns?|REMS|should not|must not|contraindicated|not recommended|stop (?:using|taking))\b/i;
/** Words of who must not take it, or what to stop it for (a label speaks to the reader too: "Don't take X if you …"). */
const MUST_NOT =
  /\b(?:should (?:also )?not (?:be used|use|take|be given)|must not|contraindicated|(?:is|are) (?:also )?not recommended (?:for|in)|stop (?:using|taking))\b|(?:^|[.;:]\s*)(?:do not|don[’']t) (?:take|use)\b/i;

const DEATH_WORDS = /\b(?:died|dies|deaths?|fatal\w*|mortality)\b/i;

/**
 * Whether the text states one of `words` rather than denying it: "no serious adverse events",
 * "no differences in serious adverse events", "none of the deaths were related to the
 * treatment" reassure, and a reassurance is not shown first as a serious harm.
 */
function stated(text: string, words: RegExp): boolean {
  for (const match of text.matchAll(everywhere(words))) {
    const clause = text
      .slice(Math.max(0, match.index - 40), match.index)
      .split(/[,;:]|\b(?:but|while|although|though)\b/i)
      .pop()!;
    if (!/\b(?:no|not|none|without|neither|nor|never)\b/i.test(clause)) return true;
  }
  return false;
}

/** A pattern's every-occurrence form, built once per pattern (severity runs inside sorts). */
const GLOBAL = new Map<RegExp, RegExp>();
const everywhere = (words: RegExp): RegExp => {
  let global = GLOBAL.get(words);
  if (!global) GLOBAL.set(words, (global = new RegExp(words.source, 'gi')));
  return global;
};

/**
 * How serious a harm is, most serious first (STANDARDS: benefits and harms side by side;
 * a patient must not miss a boxed warning or a death): 0 a death, a boxed warning or
 * suicide; 1 a warning of who must not take it; 2 another risk; 3 a side effect.
 */
export function severity(harm: Harm): number {
  if ((harm.kind === 'death' && stated(harm.text, DEATH_WORDS)) || stated(harm.text, SERIOUS)) return 0;
  if (harm.kind === 'warning' || MUST_NOT.test(harm.text)) return 1;
  return harm.kind === 'risk' ? 2 : 3;
}

/** The harms, most serious first (in the article's order within each level). */
export const bySeverity = (harms: readonly Harm[]): Harm[] =>
  harms
    .map((harm, index) => ({ harm, index }))
    .sort((a, b) => severity(a.harm) - severity(b.harm) || a.index - b.index)
    .map(({ harm }) => harm);

/** "serious slowing of the heart rate (…) … have been reported": the harm a serious warning is of, up to a bracket, a comma or its verb. */
const SERIOUS_PHRASE =
  /\bserious\s+((?:[\w-]+\s+){0,6}?[\w-]+)(?=\s*\(|[,;.]|\s+(?:and|or|have|has|had|is|are|was|were|when|in|among|may|can|could|if|after|with)\b|$)/i;

/** "… an increased risk of death … to treat older people with dementia-related psychosis": who the risk is for. */
const DEATH_GROUP =
  /\b(?:to treat|in|among)\s+((?:older\s+|elderly\s+|young\s+)?(?:people|patients|adults|children|women|men)\s+with\s+[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*[.,;(]|$)/i;

/** " in older people with dementia-related psychosis" when the one death warning names whom it is for, else ''. */
function deathGroup(serious: readonly Harm[]): string {
  const deaths = serious.filter((harm) => harm.kind === 'death' || DEATH_WORDS.test(harm.text));
  const group = deaths.length === 1 ? DEATH_GROUP.exec(deaths[0]!.text)?.[1] : undefined;
  // Only when the line still reads plainly: it is never cut for reading level (it stands for
  // every serious harm). Who is at risk is part of the warning: "a risk of death" alone tells
  // every reader it is theirs.
  const where = group ? ` in ${group.replace(/\bpatients\b/i, 'people')}` : '';
  return where && fitsPatient(`The source warns of a risk of death${where}.`) ? where : '';
}

/** "when amiodarone is used with sofosbuvir": the other drug a warning is about, taken together. */
const WHEN_USED_WITH = /\bwhen\s+([a-z][\w-]+)\s+is\s+(?:used|taken|given)\s+(?:together\s+)?with\b/i;

/**
 * The warning named in the source's own words when they read plainly ("The source warns of
 * serious slowing of the heart rate."), so the brief does not print only "The source gives
 * a serious warning"; null when a phrase is missing or has a long word.
 */
function namedSeriousWarning(serious: readonly Harm[], name: string | null): string | null {
  const phrases = new Set<string>();
  for (const harm of serious) {
    if (severity(harm) !== 0) continue;
    const phrase = SERIOUS_PHRASE.exec(harm.text)?.[1];
    if (!phrase || /^(?:warnings?|concerns?|questions?|issues?)\b/i.test(phrase)) return null;
    phrases.add(`serious ${phrase.toLowerCase()}`);
  }
  if (phrases.size === 0 || phrases.size > 2) return null;
  // The sentence is the brief's own: the harm's name must read plainly, without one long word.
  const names = new Set(name ? [name.toLowerCase()] : []);
  if ([...phrases].some((phrase) => hardWords(phrase.replace(/^serious /, ''), names).length > 0)) return null;
  // "… have been reported when amiodarone is used with Epclusa": the warning holds only with
  // that drug, and a reader on no such drug must not read it as theirs.
  const named = serious.filter((harm) => severity(harm) === 0);
  const withDrug = named.length === 1 ? WHEN_USED_WITH.exec(named[0]!.text)?.[1] : undefined;
  const sentence = `The source warns of ${[...phrases].join(' and ')}${withDrug ? ` when used with ${withDrug}` : ''}.`;
  return fitsPatient(sentence, names) ? sentence : null;
}

/**
 * "Because of the observed risk of suicidal ideation and behavior, the labeling for X includes
 * a Boxed Warning", "a boxed warning about an increased risk of liver damage": what the boxed
 * warning is for.
 */
const BOXED_FOR = [
  /\bbecause of (?:the )?(?:observed |known |increased |higher )?risks? of ([\w\s-]{3,60}?),[^.]*?\b(?:boxed warning|black box)/i,
  /\b(?:boxed warning|black box warning)\b[^.]{0,60}?\b(?:about|for|of) (?:an? )?(?:increased |higher )?risks? of ([\w\s-]{3,60}?)(?=\s*[.,;(]|\s+(?:associated|in|among|when|with|for)\b)/i,
];

/**
 * "X has a boxed warning for a risk of suicidal ideation and behavior.": the boxed warning
 * tied to the harm it is for, when the source says so and the line reads plainly; null
 * otherwise (a risk of death has a line of its own).
 */
function boxedFor(serious: readonly Harm[], name: string | null): string | null {
  for (const harm of serious) {
    const risk = BOXED_FOR.map((pattern) => pattern.exec(harm.text)?.[1])
      .find((found) => found !== undefined)
      ?.trim();
    if (!risk || DEATH_WORDS.test(risk)) continue;
    // In the brief's plain words, as the harm's own sentence below it is ("suicidal thoughts and actions").
    const sentence = `${capitalize(name ?? 'it')} has a boxed warning for a risk of ${plainWords(risk)}.`;
    return fitsPatient(sentence, new Set(name ? [name.toLowerCase()] : [])) ? sentence : null;
  }
  return null;
}

/**
 * Serious warnings too long or too hard to put plainly still get a line, so none is lost:
 * one item for them all, saying that the source gives a boxed warning, warns of a risk of
 * death, gives other serious warnings or says who should not take it, and to ask about
 * them. Null when none of the harms is serious.
 */
export function seriousInBrief(harms: readonly Harm[], name: string | null, all: readonly Harm[] = harms): FindingItem | null {
  // Only a warning the source gives (a label's words): an unplain trial outcome ("the risk of death was
  // higher in the Lucentis group") is not turned into a warning about this treatment.
  // A death or serious harm beside a boxed warning is what the label warns of, even when the
  // boxed warning itself reads plainly and is printed on its own (`all`: every harm).
  const labelled = all.some((harm) => BOXED.test(harm.text));
  const serious = harms.filter(
    (harm) => severity(harm) <= 1 && (WARNING_WORDS.test(harm.text) || MUST_NOT.test(harm.text) || (labelled && severity(harm) === 0)),
  );
  if (serious.length === 0) return null;
  const lines = linesOf(...serious);
  const it = name ?? 'it';
  const boxed = serious.some((harm) => BOXED.test(harm.text));
  const death = serious.some((harm) => harm.kind === 'death' || /\b(?:deaths?|died|dies|fatal|life[- ]threatening)\b/i.test(harm.text));
  const otherSerious = serious.some(
    (harm) => severity(harm) === 0 && !/\b(?:boxed warning|black box|deaths?|died|dies|fatal|life[- ]threatening)\b/i.test(harm.text),
  );
  const mustNot = serious.some((harm) => severity(harm) === 1);
  const sentences: string[] = [];
  if (boxed) {
    const about = boxedFor(serious, name);
    sentences.push(about ?? `${capitalize(it)} has a boxed warning.`, 'This is the strongest warning a medicine can carry.');
  }
  if (death) sentences.push(`The source warns of a risk of death${deathGroup(serious)}.`);
  const named = otherSerious && !boxed && !death ? namedSeriousWarning(serious, name) : null;
  if (named) sentences.push(named);
  else if (otherSerious) sentences.push(`The source gives ${boxed || death ? 'other ' : 'a '}serious warning${boxed || death ? 's' : ''}.`);
  if (mustNot) sentences.push(`The source ${sentences.length > 0 ? 'also ' : ''}says who should not use ${it}.`);
  sentences.push(serious.length > 1 ? 'Ask your care team about these warnings.' : 'Ask your care team about this warning.');
  return { lead: null, icons: null, sentences: sentences.map((sentence) => generated(sentence, lines)), bullets: [] };
}

/**
 * What a harm says, in the brief's own words, by the cue that found it (cues/harms.yaml), for
 * harms no form of which reads plainly: "a safety question the study leaves open" and "ill
 * effects" are named, so the brief does not say the harms are "too detailed" when a risk can be
 * named. Each sentence is said once.
 */
const NAMED_BY_RULE: Readonly<Record<string, (it: string) => string>> = {
  'harm-safety-unknown': (it) => `The source says it is not yet known how safe ${it} ${/\band\b/i.test(it) ? 'are' : 'is'} for this use.`,
  'harm-ill-effects': () => 'The source warns of possible harmful effects.',
};

/** The harms named by their cue (NAMED_BY_RULE), with a call to ask; null when none is. A harm stated as absent ("no ill effects") is not named. */
export function risksNamed(harms: readonly Harm[], name: string | null): FindingItem | null {
  const named = harms.filter(
    (harm) =>
      harm.rule &&
      NAMED_BY_RULE[harm.rule] &&
      !/\b(?:no|not|without|none)\b[^.,;]{0,30}\b(?:ill|harmful|negative|detrimental|toxic)\b/i.test(harm.text),
  );
  if (named.length === 0) return null;
  const sentences = [...new Set(named.map((harm) => NAMED_BY_RULE[harm.rule!]!(name ?? 'it')))];
  return {
    lead: null,
    icons: null,
    sentences: [...sentences, 'Ask your care team about the risks.'].map((sentence) => generated(sentence, linesOf(...named))),
    bullets: [],
  };
}
