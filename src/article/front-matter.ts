// The front matter contract: what editors may write above an article. Unknown keys are
// errors (with a did-you-mean), so a typo never silently drops an editor's intent.
import { closest, distance } from 'fastest-levenshtein';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { VFile } from 'vfile';
import { rule } from '../shared/rules.js';
import { EDITABLE_DERIVED_FIELDS, EDITABLE_TEXT_FIELDS, type DerivedFacts } from './schema.js';

const Contact = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().optional(),
    role: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
]);

type Judgement<K extends keyof typeof EDITABLE_DERIVED_FIELDS> = NonNullable<
  DerivedFacts[(typeof EDITABLE_DERIVED_FIELDS)[K]['key']]
>['value'];

/** Extracted facts as text, the count, the derive stage's judgements (closed lists), and short forms. */
const EditorFacts = z.strictObject({
  ...Object.fromEntries(EDITABLE_TEXT_FIELDS.map((key) => [key, z.string().min(1).optional()])),
  participants: z.number().int().nonnegative().optional(),
  ...Object.fromEntries(Object.entries(EDITABLE_DERIVED_FIELDS).map(([key, { schema }]) => [key, schema.optional()])),
  /** Short forms and what they stand for: `acronyms: { HCT: hematopoietic cell transplant }`. */
  acronyms: z.record(z.string().regex(/^\S{2,15}$/, 'a short form of 2 to 15 characters, no spaces'), z.string().min(1)).optional(),
}) as z.ZodType<
  Partial<Record<(typeof EDITABLE_TEXT_FIELDS)[number], string>> & {
    participants?: number;
    acronyms?: Record<string, string>;
  } & { [K in keyof typeof EDITABLE_DERIVED_FIELDS]?: Judgement<K> }
>;

export const FrontMatter = z.strictObject({
  title: z.string().min(1).optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
    .optional(),
  language: z.string().min(2).default('en'),
  source: z
    .strictObject({
      url: z.url().optional(),
      title: z.string().optional(),
      publisher: z.string().optional(),
      author: z.string().optional(),
      date: z.union([z.string(), z.date()]).optional(),
    })
    .default({}),
  dateline: z.string().optional(),
  embargo: z.union([z.string(), z.date()]).optional(),
  contact: Contact.optional(),
  paper: z.enum(['a4', 'letter']).optional(),
  facts: EditorFacts.optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/**
 * Parses and validates YAML front matter. `startLine` is the file line of the YAML's
 * first line, so messages point at the editor's line, not the YAML snippet's.
 */
export function parseFrontMatter(file: VFile, yamlText: string, startLine: number): FrontMatter {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => startLine + yamlText.slice(0, offset).split('\n').length - 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineOf(error.pos[0]);
    file.fail(`Front matter is not valid YAML: ${error.message.split('\n')[0]}`, {
      place: { line, column: 1 },
      ...rule('front-matter-yaml'),
    });
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // Aliases yaml parses but cannot resolve: "*name" before its "&name", or a "billion laughs".
    file.fail(`Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      place: { line: startLine, column: 1 },
      ...rule('front-matter-yaml'),
    });
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    file.fail('Front matter must be a mapping of keys to values', { place: { line: startLine, column: 1 }, ...rule('front-matter') });
  }
  const result = FrontMatter.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const keyPath = [...issue.path];
  if (issue.code === 'unrecognized_keys') keyPath.push(issue.keys[0]!);
  const node = doc.getIn(keyPath, true) as { range?: [number, number] } | undefined;
  const keyNode = findKeyRange(doc, keyPath);
  const offset = keyNode ?? node?.range?.[0] ?? 0;
  const field = keyPath.join('.');
  const reason =
    issue.code === 'unrecognized_keys'
      ? `Unknown front-matter key \`${field}\`${didYouMean(issue.keys[0]!, knownKeys(issue.path))}`
      : `Front-matter field \`${field}\`: ${issue.message}`;
  file.fail(reason, { place: { line: lineOf(offset), column: 1 }, ...rule('front-matter') });
}

function findKeyRange(doc: ReturnType<typeof parseDocument>, keyPath: PropertyKey[]): number | undefined {
  // yaml keeps key nodes on the pair; walk the mapping to find the key's own offset.
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of keyPath) {
    const items = (node as { items?: { key: { value?: unknown; range?: [number, number] }; value: unknown }[] })?.items;
    const pair = items?.find((item) => item.key?.value === key);
    if (!pair) return offset;
    offset = pair.key.range?.[0];
    node = pair.value;
  }
  return offset;
}

function knownKeys(parentPath: PropertyKey[]): string[] {
  let schema: z.ZodType = FrontMatter;
  for (const key of parentPath) {
    const shape = unwrap(schema) as { shape?: Record<string, z.ZodType> };
    schema = shape.shape?.[String(key)] ?? schema;
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { unwrap?: () => z.ZodType; def?: { innerType?: z.ZodType } };
  while (current.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}

function didYouMean(key: string, candidates: string[]): string {
  const best = candidates.length > 0 ? closest(key, candidates) : undefined;
  if (best && distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, key.length / 3)) return `; did you mean \`${best}\`?`;
  return `; known keys: ${candidates.join(', ')}`;
}
