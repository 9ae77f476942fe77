// Property-based tests (fast-check): whatever text arrives — random Unicode, Markdown
// built from random pieces, article-like prose with random numbers, or the corpus
// articles with lines deleted, duplicated, shuffled or sprinkled with junk — the pure
// core never crashes. The article half may refuse input, but only with a deliberate
// diagnostic (a fatal VFileMessage with a rule id); anything else thrown is a crash.
// When extraction succeeds, the Facts pass the schema, every audience composes, checks
// and renders, every document has a title, and no article text reaches the HTML as a
// <script> element.
//
// fast-check picks a new seed on every run and prints the seed and path of a failure;
// replay one with `fc.assert(…, { seed, path })`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/article/extract.js';
import { decodeArticle } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';
import { Facts } from '../../src/article/schema.js';
import { checkDocument } from '../../src/audiences/checks/index.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { AUDIENCES } from '../../src/audiences/registry.js';
import { renderHtml } from '../../src/render/html.js';
import { severityOf } from '../../src/report.js';
import { isRuleId, RULES } from '../../src/shared/rules.js';
import { CORPUS, ROOT } from '../helpers/article.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(CORPUS, name), 'utf8') }));

/**
 * Generous: the whole pipeline on a corpus article takes tens of milliseconds, but each
 * property runs it on hundreds of inputs, and on a loaded two-core machine (CI runs the
 * integration tests beside them) that has taken over 60 s. Not a speed target.
 */
const TEST_TIMEOUT = 240_000;

// ───────────────────────────── the pipeline under test ─────────────────────────────

/** The pipeline refusing input clearly: a fatal, positioned message with a rule id. */
function isDiagnostic(error: unknown): error is VFileMessage {
  return error instanceof VFileMessage && error.fatal === true;
}

type Outcome = { kind: 'rejected'; ruleId: string } | { kind: 'built'; facts: Facts; file: VFile };

/**
 * load → parse → extract as read-article.ts chains them, on an in-memory file: the text
 * goes through decodeArticle (what loadArticle does with the bytes it read), so BOM, CRLF,
 * NUL bytes and blank files are handled exactly as for a file on disk.
 */
function readText(name: string, text: string): Outcome {
  const file = new VFile({ path: name, value: text });
  try {
    file.value = decodeArticle(file, new TextEncoder().encode(text));
    const facts = extractFacts(file, parseArticle(file));
    return { kind: 'built', facts, file };
  } catch (error) {
    if (!isDiagnostic(error)) throw error;
    expect(isRuleId(error.ruleId) && RULES[error.ruleId].severity, `a diagnostic names its rule (${error.ruleId})`).toBe('error');
    expect(error.reason.length, 'a diagnostic says what is wrong').toBeGreaterThan(0);
    return { kind: 'rejected', ruleId: error.ruleId! };
  }
}

/** Markup that would run in the page if article text were not escaped. */
const ACTIVE_HTML = /<script|<iframe|<object|<embed|\son(?:error|load|click)\s*=/i;

/** The whole pure pipeline on one text: every audience composed, checked and rendered. */
async function pipeline(name: string, text: string): Promise<Outcome> {
  // No time limit here: speed is measured by `npm run bench`, never asserted in a test
  // (a loaded CI machine would fail it). A runaway loop still fails by vitest's timeout.
  const outcome = readText(name, text);
  if (outcome.kind === 'built') {
    const { facts, file } = outcome;
    const valid = Facts.safeParse(facts);
    expect(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues.slice(0, 3))).toBe(true);
    const documents = AUDIENCES.map(({ name: audience }) => {
      const document = composeDocument(audience, facts, glossary, { buildDate: '2025-07-01' });
      // "Patient brief: <title>": the part after the label must say something.
      expect(document.title.trim().length).toBeGreaterThan(0);
      expect(document.title.replace(/^[^:]*:/, '').trim().length, `empty title in ${audience}`).toBeGreaterThan(0);
      expect(document.meta.title).toBe(document.title);
      const report = checkDocument(file, document, facts, glossary);
      expect(report.audience).toBe(audience);
      return document;
    });
    // Every message, from reading to the checks, names a registered rule of its severity.
    for (const message of file.messages)
      expect(isRuleId(message.ruleId) && RULES[message.ruleId].severity, `${message.ruleId}: ${message.reason}`).toBe(severityOf(message));
    for (const document of documents) {
      const html = await renderHtml(document.audience, document.view, { paper: 'A4' });
      expect(html.startsWith('<!doctype html>')).toBe(true);
      const active = ACTIVE_HTML.exec(html);
      expect(
        active,
        active ? `unescaped markup in ${document.audience}: …${html.slice(active.index - 80, active.index + 80)}…` : '',
      ).toBeNull();
    }
  }
  return outcome;
}

// ──────────────────────────────────── generators ────────────────────────────────────

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
const fileName = pick(...EXTENSIONS).map((extension) => `random${extension}`);

/** C0/C1 controls, bidi and zero-width marks, BOM, line/paragraph separators, lone surrogates. */
const CONTROL = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  '\x7f',
  '\x85',
  '\x9b',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\u0301',
  '\u{1f600}',
  '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}',
];
const control = fc.constantFrom(...CONTROL);

/** 1. Arbitrary Unicode: graphemes, any code unit, controls, and a mix, over several lines. */
const unicodeLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  fc.string({ unit: control, maxLength: 20 }),
  fc.string({ unit: fc.oneof(control, fc.constantFrom(...'abc #*_-+>|`~[]()!<>&"“”.,:;0123456789%\n\t ')), maxLength: 80 }),
);
const unicodeText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(unicodeLine, { minLength: 1, maxLength: 12 })
      .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n', '\r').map((eol) => lines.join(eol))),
  },
);

// 2. Markdown built from pieces.

const WORDS = [
  'trial',
  'patients',
  'drug',
  'the',
  'study',
  'results',
  'of',
  'in',
  'Dr.',
  'said',
  'phase',
  'placebo',
  'Journal',
  'insulin',
  'cancer',
  'FDA',
  'approved',
  'percent',
  '12',
  '3.5%',
  '1,200',
  'n=40',
  'e.g.',
  'U.S.',
  '“quoted”',
  '"plain"',
  'café',
  'naïve',
  'Ωmega',
  '日本語',
  'العربية',
  '🙂',
  '&amp;',
  '&#0;',
  '&nbsp;',
  '\\*',
  '<',
  '>',
  '&',
  '|',
  '~',
  '^',
  'x\u0301',
];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
);
const words = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const url = fc.oneof(
  pick('https://example.org/a', 'http://x', 'javascript:alert(1)', 'mailto:a@b.c', '', '<>', 'https://e.org/a b'),
  fc.webUrl(),
);

const RAW_INLINE_HTML = [
  '<script>alert(1)</script>',
  '<script src="https://evil.example/x.js"></script>',
  '<SCRIPT>alert(2)</SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<span style="color:red">',
  '</span>',
  '<b>',
  '</b>',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<br>',
  '<br/>',
  '<!-- comment -->',
  '<scr<script>ipt>alert(3)</script>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '<script>',
  '</script>',
];
const RAW_BLOCK_HTML = [
  '<div>\nA paragraph inside a div with 12 patients.\n</div>',
  '<script>\nalert("block");\n</script>',
  '<script>alert(1)',
  '<div class="x"><p>Results: 10 of 12 patients improved.</p><script>alert(1)</script></div>',
  '<img src="https://example.org/x.png" alt="<script>alert(1)</script>">',
  '<img src=x onerror="alert(1)">',
  '<table><tr><td>45%</td><td><script>x</script></td></tr></table>',
  '<h1>An HTML headline</h1>',
  '<blockquote>“A quoted HTML statement about the drug,” said Dr. Roe.</blockquote>',
  '<!--\nunclosed comment',
  '<details><summary>More</summary>Phase 3 trial</details>',
  '<textarea><script>alert(1)</script></textarea>',
  '<noscript><p>x</p></noscript>',
  '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
  '<math><mi>x</mi></math>',
  '<plaintext><script>',
];

/**
 * The inline shapes remark-gfm makes nodes of after parsing (literal autolinks, emails,
 * footnote calls), alone and glued to words: "visithttp://…" once crashed parse, its
 * nodes having no position.
 */
const bareLink = fc.oneof(
  pick('http://www.example.com', 'https://example.org/a?b=1#c', 'www.example.net', 'www.x.org/path).', 'ftp://x.y', 'xmpp:me@example.org'),
  fc.webUrl(),
);
const email = pick('info@example.org', 'a.b-c@sub.example.co.uk', 'mailto:x@y.z', 'x@y', '@handle', 'a@b.c.');
const gfmInline = fc.oneof(
  bareLink,
  email,
  pick('[^1]', '[^note]', '[^]', '[^1]:', 'x[^1]'),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.oneof(bareLink, email), pick('', '.', ',', ')', '”', '*', '_'))
    .map(([w, link, tail]) => `${w}${link}${tail}`),
  fc.tuple(pick('(', '“', '*', '_', '~', '<'), fc.oneof(bareLink, email)).map(([head, link]) => `${head}${link}`),
);

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 1, arbitrary: words.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: words.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: words.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: words.map((w) => `~~${w}~~`) },
  { weight: 1, arbitrary: words.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.tuple(words, url).map(([w, u]) => `[${w}](${u})`) },
  { weight: 1, arbitrary: fc.tuple(words, url).map(([w, u]) => `![${w}](${u} "title")`) },
  { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
  { weight: 2, arbitrary: gfmInline },
  { weight: 1, arbitrary: pick('[^1]', '[ref]', '[ref][]', '\\', '  \n', '\\\n', '***', '**unclosed', '[unclosed](', '`unclosed') },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_INLINE_HTML) },
  // Markup that Markdown turns into literal text: it reaches the Facts and must be escaped in the page.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...RAW_INLINE_HTML), pick('code', 'escaped', 'entity'))
      .map(([html, how]) => (how === 'code' ? `\`${html}\`` : how === 'escaped' ? `\\${html}` : html.replace(/</g, '&lt;'))),
  },
);
const phrasing = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), phrasing).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const setextHeading = fc.tuple(phrasing, pick('===', '---')).map(([text, rule]) => `${text}\n${rule}`);
const paragraph = fc.array(phrasing, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
const tableRow = (columns: number) =>
  fc
    .array(fc.oneof(words, inline, fc.constant('')), { minLength: Math.max(1, columns - 1), maxLength: columns + 1 })
    .map((cells) => `| ${cells.join(' | ')} |`);
const table = fc
  .integer({ min: 1, max: 6 })
  .chain((columns) =>
    fc
      .tuple(
        tableRow(columns),
        fc.array(pick('---', ':--', '--:', ':-:', '-'), { minLength: columns, maxLength: columns }),
        fc.array(tableRow(columns), { maxLength: 5 }),
      )
      .map(([head, align, rows]) => [head, `|${align.join('|')}|`, ...rows].join('\n')),
  );
const codeFence = fc
  .tuple(
    pick('```', '~~~', '````'),
    pick('', 'js', 'html', 'yaml'),
    fc.array(fc.oneof(words, fc.constantFrom(...RAW_INLINE_HTML)), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([fence, lang, lines, closed]) => [`${fence}${lang}`, ...lines, ...(closed ? [fence] : [])].join('\n'));
const rawHtml = fc.oneof(fc.constantFrom(...RAW_BLOCK_HTML), fc.constantFrom(...RAW_INLINE_HTML));
const misc = pick(
  '---',
  '***',
  '___',
  '###',
  '[ref]: https://example.org "Title"',
  '[^1]: A footnote with 5 patients.',
  '[^note]: See www.example.org or info@example.org.',
  '    indented code',
  '- [ ] task',
  '- [x] done',
  '',
);

const indent = (text: string, prefix: string, rest = ' '.repeat(prefix.length)) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : rest) + line)
    .join('\n');

const { block } = fc.letrec<{ block: string; list: string; quote: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph,
    heading,
    setextHeading,
    table,
    codeFence,
    rawHtml,
    misc,
    tie('list'),
    tie('quote'),
  ),
  list: fc
    .tuple(pick('- ', '* ', '+ ', '1. ', '1) ', '10. '), fc.array(tie('block'), { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([marker, items, loose]) => items.map((item) => indent(item, marker)).join(loose ? '\n\n' : '\n')),
  quote: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks) => indent(blocks.join('\n\n'), '> ', '> ')),
}));

/** Nesting far past parse.ts's limit (40), to see the too-deep diagnostic rather than a stack overflow. */
const deepNesting = fc.tuple(fc.integer({ min: 1, max: 100 }), pick('> ', '- ', '* ', '1. '), words).map(([depth, marker, text]) => {
  if (marker === '> ') return `# Deep\n\n${'> '.repeat(depth)}${text}`;
  return ['# Deep', '', ...Array.from({ length: depth }, (_, i) => `${' '.repeat(i * marker.length)}${marker}${text}`)].join('\n');
});

const BILLION_LAUGHS = Array.from('abcdefghi', (name, i) =>
  i === 0
    ? 'a: &a [x, x, x, x, x, x, x, x, x]'
    : `${name}: &${name} [${Array(9)
        .fill(`*${'abcdefghi'[i - 1]}`)
        .join(', ')}]`,
).join('\n');
const yamlScalar = fc.oneof(
  words,
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  pick(
    '""',
    "''",
    '~',
    'null',
    'true',
    '12',
    '-1',
    '1.5',
    '2025-06-01',
    '2025-13-45',
    '[a, b]',
    '{a: 1}',
    '&anchor x',
    '*alias',
    '|',
    '>',
    '"unclosed',
    "'unclosed",
  ),
);
const quoted = (value: string) => JSON.stringify(value);
const validFrontMatterLine = fc.oneof(
  words.map((w) => `title: ${quoted(w)}`),
  pick(
    'slug: my-article-1',
    'language: en',
    'language: fr',
    'paper: a4',
    'paper: letter',
    'embargo: 2025-07-01',
    'embargo: "July 1, 2025 00:01 ET"',
    'dateline: "BETHESDA, Md."',
  ),
  fc.webUrl().map((u) => `source:\n  url: ${quoted(u)}\n  publisher: NIH\n  date: 2025-06-01`),
  fc.integer({ min: 0, max: 3_000 }).map((n) => `source:\n  url: "https://example.org/${'a'.repeat(n)}"`),
  words.map((w) => `contact: ${quoted(w)}`),
  pick('contact:\n  name: Jane Roe\n  email: jane@example.org'),
  fc
    .tuple(pick('intervention', 'condition', 'phase', 'journal', 'comparator', 'design', 'title'), words)
    .map(([key, w]) => `facts:\n  ${key}: ${quoted(w)}`),
  fc.nat({ max: 1_000_000 }).map((n) => `facts:\n  participants: ${n}`),
);
const invalidFrontMatterLine = fc.oneof(
  fc
    .tuple(pick('title', 'slug', 'language', 'source', 'facts', 'contact', 'paper', 'embargo', 'unknown', 'titel', 'sorce'), yamlScalar)
    .map(([k, v]) => `${k}: ${v}`),
  pick(
    'title: [unclosed',
    ': :',
    '\tkey: tab',
    'title: a\ntitle: b',
    '- a list',
    '"just a string"',
    'source: {url: not a url}',
    'facts:\n  participants: -3',
    'facts:\n  partcipants: 3',
    'key: &a [*a]',
    '? complex\n: key',
    '%YAML 1.2',
    '---',
  ),
  // Aliases: before their anchor, circular, and a "billion laughs".
  pick('title: *alias', 'title: &a [*a]', 'source: &s\n  url: *s', 'facts: &f\n  title: *f', 'a: &x 1\ntitle: *x', BILLION_LAUGHS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const frontMatter = fc
  .oneof(
    { weight: 2, arbitrary: fc.array(validFrontMatterLine, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(validFrontMatterLine, invalidFrontMatterLine), { minLength: 1, maxLength: 5 }) },
  )
  .map((lines) => `---\n${lines.join('\n')}\n---\n`);

/** Mostly with a headline first, so most inputs get past "no title" into extraction and composing. */
const markdown = fc
  .tuple(
    fc.option(frontMatter, { freq: 2 }),
    fc.option(
      fc.oneof(
        heading.map((h) => h.replace(/^#+/, '#')),
        setextHeading,
      ),
      { freq: 4 },
    ),
    fc.array(block, { minLength: 0, maxLength: 10 }),
    pick('\n\n', '\n', '\n\n\n'),
  )
  .map(([front, headline, blocks, separator]) => (front ?? '') + [...(headline === null ? [] : [headline]), ...blocks].join(separator));

// 3. Article-like text from clinical-trial vocabulary.

const DRUGS = [
  'zimislecel',
  'Rydapt (midostaurin)',
  'brodalumab',
  'the vaccine',
  'Epclusa',
  'aflibercept',
  'a cooling cap',
  'tDCS',
  'semaglutide',
  'DRUG-123',
];
const CONDITIONS = [
  'type 1 diabetes',
  'multiple sclerosis',
  'acute myeloid leukemia',
  'hepatitis C',
  'psoriasis',
  "Parkinson's disease psychosis",
  'obesity',
  'heart failure',
  'diabetic macular edema',
];
const PEOPLE = ['patients', 'participants', 'adults', 'people', 'children', 'women', 'volunteers', 'men and women'];
const OUTCOMES = [
  'stopped needing insulin',
  'achieved remission',
  'had a response',
  'improved',
  'were cured',
  'had no detectable virus',
  'reached clear skin',
  'died',
];
const HARMS = ['headache', 'nausea', 'fatigue', 'infections', 'low blood counts', 'suicidal thoughts', 'diarrhea'];
const JOURNALS = [
  'the New England Journal of Medicine',
  '*The Lancet*',
  'JAMA',
  'Nature Medicine',
  'the journal Obesity',
  'NEJM',
  'Annals of Internal Medicine',
];
const NAMES = ['Jane Roe', 'Nihal Thomas', "Mary O'Neil", 'José García-López', 'Li Wei', 'Anthony S. Fauci', 'Ann-Marie Smith Jr.'];
const ROLES = [
  'professor of medicine at Harvard University',
  'director of the National Institute of Diabetes',
  'lead author of the study',
  'M.D., Ph.D., chief of oncology at the Mayo Clinic',
  'a spokesperson for the FDA',
];
const MONTH_NAMES = ['January', 'Feb.', 'March', 'April', 'May', 'June', 'Sept.', 'December'];

const count = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 0, max: 5_000 }),
  fc.integer({ min: 0, max: 2_000_000_000 }),
  pick(0, 1, 2, 12, 100, 1_000_000, Number.MAX_SAFE_INTEGER),
);
const countText = fc.oneof(
  count.map(String),
  count.map((n) => n.toLocaleString('en-US')),
  pick(
    'Ten',
    'twelve',
    'one',
    'zero',
    'a dozen',
    'hundreds of',
    'more than 1,200',
    'nearly 3,000',
    'about 40',
    'one million',
    'n = 45',
    'N=0',
    '1.5 million',
    '-3',
    '1e9',
    '12,00',
    '007',
  ),
);
const percent = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc
    .tuple(fc.double({ min: -10, max: 250, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }))
    .map(([n, digits]) => `${n.toFixed(digits)} percent`),
  pick('0%', '100%', '150%', '-5%', '0.001%', '99.99 percent', '50 per cent', '%', '1/3'),
);
const timepoint = fc
  .tuple(fc.integer({ min: 0, max: 520 }), pick('days', 'weeks', 'months', 'years', 'hours'))
  .map(([n, unit]) => `${n} ${unit}`);
const phaseText = pick('phase 1', 'phase 2', 'phase 3', 'Phase III', 'phase II', 'phase 1/2', 'phase 2b', 'phase 4', 'Phase 12', 'phase 0');
const date = fc
  .tuple(fc.constantFrom(...MONTH_NAMES), fc.integer({ min: 0, max: 35 }), fc.integer({ min: 1900, max: 2100 }))
  .map(([month, day, year]) => `${month} ${day}, ${year}`);
const v = <T>(values: readonly T[]) => fc.constantFrom(...values);

const sentence = fc.oneof(
  fc
    .tuple(
      phaseText,
      pick('randomized, double-blind, placebo-controlled', 'open-label, single-arm', 'multicenter', ''),
      countText,
      v(PEOPLE),
      v(CONDITIONS),
    )
    .map(([phase, design, n, people, condition]) => `The ${phase} ${design} trial enrolled ${n} ${people} with ${condition}.`),
  fc.tuple(count, count, v(PEOPLE), v(OUTCOMES)).map(([a, b, people, outcome]) => `${a} of ${b} ${people} ${outcome}.`),
  fc.tuple(countText, count, percent, v(OUTCOMES)).map(([a, b, p, outcome]) => `${a} of the ${b} participants (${p}) ${outcome}.`),
  fc
    .tuple(percent, v(DRUGS), percent, v(OUTCOMES), timepoint)
    .map(
      ([p1, drug, p2, outcome, time]) => `${p1} of patients in the ${drug} group versus ${p2} in the placebo group ${outcome} at ${time}.`,
    ),
  fc.tuple(v(HARMS), v(HARMS), v(HARMS)).map(([a, b, c]) => `The most common side effects were ${a}, ${b} and ${c}.`),
  fc.tuple(countText, percent).map(([n, p]) => `${n} patients died, and serious adverse events occurred in ${p} of participants.`),
  fc.tuple(v(JOURNALS), date).map(([journal, d]) => `The results were published in ${journal} on ${d}.`),
  fc
    .tuple(words, v(NAMES), v(ROLES))
    .map(([w, name, role]) => `“This is a ${w} and very encouraging result for patients,” said Dr. ${name}, ${role}.`),
  fc.tuple(v(NAMES), words).map(([name, w]) => `According to Dr. ${name}, "the findings ${w} are promising but need confirmation."`),
  fc.tuple(v(NAMES), words).map(([name, w]) => `Dr. ${name} said: “We saw ${w}”`),
  pick('“An unclosed quotation that goes on and on', '"Mixed quotes”', '“”', '“Short,” he said.', 'She added, “It works.”'),
  fc.tuple(v(DRUGS), v(CONDITIONS)).map(([drug, condition]) => `The FDA approved ${drug} for the treatment of ${condition}.`),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `The trial is registered at ClinicalTrials.gov (NCT${String(n).padStart(8, '0')}).`),
  pick(
    'The study was funded by the National Institutes of Health.',
    'Larger phase 3 trials are planned.',
    'Limitations include the small sample size and short follow-up.',
    'The drug costs $1.2 million per patient.',
    'Hazard ratio 0.65 (95% CI, 0.50–0.84; P<0.001).',
  ),
  fc.tuple(timepoint, percent, percent).map(([t, a, b]) => `After ${t}, HbA1c fell from ${a} to ${b}.`),
  pick(
    'Advertisement',
    'Share this article',
    'Tags',
    'For Immediate Release: April 28, 2017',
    '###',
    'Media Inquiries: Jane Doe, 301-796-0000',
    'Related Information',
    'Embargoed until 00:01 ET, June 20, 2025',
  ),
  words.map((w) => `${w}.`),
  fc.tuple(words, gfmInline).map(([w, g]) => `For more, please visit${g} ${w}.`),
);
const paragraphOf = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const title = fc
  .tuple(v(DRUGS), pick('helps', 'restores', 'fails in', 'shows promise for', 'approved for'), v(CONDITIONS), fc.option(phaseText))
  .map(
    ([drug, verb, condition, phase]) =>
      `${drug[0]!.toUpperCase()}${drug.slice(1)} ${verb} ${condition}${phase ? ` in ${phase} trial` : ''}`,
  );
const articleLike = fc
  .tuple(pick('.txt', '.md'), title, fc.array(paragraphOf, { minLength: 1, maxLength: 10 }), fc.boolean())
  .map(([extension, headline, paragraphs, markdownStyle]) => {
    const name = `article${extension}`;
    if (extension === '.txt') return { name, text: [headline, ...paragraphs].join(markdownStyle ? '\n\n' : '\n') };
    return { name, text: [`# ${headline}`, ...paragraphs].join('\n\n') };
  });

// 4. Corpus articles, mutated.

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'shuffle'; seed: number }
  | { op: 'insert'; at: number; column: number; text: string }
  | { op: 'newline'; at: number; column: number };
const junk = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  control,
  fc.constantFrom(...RAW_INLINE_HTML),
  pick('#', '> ', '- ', '|', '```', '---', '“', '"', '*', '%', ' of ', ' said Dr. '),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: pick('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), column: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('newline' as const), at: fc.nat(), column: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines = [''];
    const at = 'at' in m ? m.at % lines.length : 0;
    switch (m.op) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, lines[at]!);
        break;
      case 'swap': {
        const other = m.with % lines.length;
        [lines[at], lines[other]] = [lines[other]!, lines[at]!];
        break;
      }
      case 'shuffle': {
        // A deterministic Fisher–Yates from the seed, so a failure replays.
        let state = m.seed || 1;
        for (let i = lines.length - 1; i > 0; i--) {
          state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
          const j = state % (i + 1);
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        break;
      }
      case 'insert':
      case 'newline': {
        const line = lines[at]!;
        const column = m.column % (line.length + 1);
        lines[at] = line.slice(0, column) + (m.op === 'insert' ? m.text : '\n') + line.slice(column);
        lines = lines.join('\n').split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

// ───────────────────────────────────── properties ───────────────────────────────────

describe('properties: random input never crashes parse, extract or compose', () => {
  beforeAll(async () => {
    // Warm up: NLP models, the compiled templates and the inlined font CSS load once.
    await pipeline(corpus[0]!.name, corpus[0]!.text);
  }, TEST_TIMEOUT);

  it(
    'arbitrary Unicode text (graphemes, any code unit, control characters) is built or refused with a diagnostic',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileName, unicodeText, async (name, text) => {
          await pipeline(name, text);
        }),
        { numRuns: 300 },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'parseArticle copes with undecoded text too (CR, BOM, NUL): a tree or a diagnostic',
    () => {
      fc.assert(
        fc.property(fileName, unicodeText, (name, text) => {
          const file = new VFile({ path: name, value: text });
          try {
            const parsed = parseArticle(file);
            expect(parsed.tree.type).toBe('root');
          } catch (error) {
            if (!isDiagnostic(error)) throw error;
          }
        }),
        { numRuns: 300 },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'Markdown from random pieces (front matter, headings, lists, quotes, tables, code, raw HTML) never crashes',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileName, markdown, async (name, text) => {
          await pipeline(name, text);
        }),
        { numRuns: 160 },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'nesting beyond the limit is refused as too deep, never a stack overflow',
    async () => {
      await fc.assert(
        fc.asyncProperty(pick('deep.md', 'deep.txt'), deepNesting, async (name, text) => {
          const outcome = await pipeline(name, text);
          if (outcome.kind === 'rejected') expect(['too-deep', 'no-title']).toContain(outcome.ruleId);
        }),
        { numRuns: 40 },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'article-like text with random numbers, phases, quotes and dates composes into three documents',
    async () => {
      let built = 0;
      let withFindings = 0;
      await fc.assert(
        fc.asyncProperty(articleLike, async ({ name, text }) => {
          const outcome = await pipeline(name, text);
          // There is always a headline, so this text must be built, not refused.
          expect(outcome.kind).toBe('built');
          if (outcome.kind === 'built') {
            built++;
            if (outcome.facts.results.length > 0 || outcome.facts.participants !== null) withFindings++;
          }
        }),
        { numRuns: 100 },
      );
      // The generator is meant to give the composers real facts to work with.
      expect(withFindings).toBeGreaterThan(built / 4);
    },
    TEST_TIMEOUT,
  );

  it(
    'corpus articles with lines deleted, duplicated, swapped, shuffled or junk inserted go through every audience',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...corpus),
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          pick('.txt', '.md'),
          async (article, mutations, extension) => {
            const text = mutate(article.text, mutations);
            // As Markdown, the pasted headline needs its "#" to stay the title.
            await pipeline(article.name.replace(/\.txt$/, extension), extension === '.md' ? `# ${text}` : text);
          },
        ),
        { numRuns: 80 },
      );
    },
    TEST_TIMEOUT,
  );
});
