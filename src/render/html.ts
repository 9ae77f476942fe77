// View model → one self-contained HTML page: a private Handlebars environment with the
// partials of a templates folder, the folder's CSS inlined, and the print rules (@page
// size, margins, footer margin boxes) generated from the paper and the view model. No
// <link>, no remote fonts, no scripts: the page needs nothing from outside.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { AUDIENCES, type Audience } from '../audiences/registry.js';
import type { DocumentMeta } from '../audiences/view-models.js';
import { fontFaceCssFor, pageCodePoints } from './fonts.js';

export type Paper = 'A4' | 'Letter' | 'a4' | 'letter';

export interface RenderOptions {
  /** A project's own templates folder (with partials/ and styles/); defaults to ours. */
  templatesDir?: string;
  paper: Paper;
}

/** Anything a composer returns: the renderer only needs the document metadata. */
export interface Renderable {
  meta: DocumentMeta;
}

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const AUDIENCE_NAMES: readonly Audience[] = AUDIENCES.map((audience) => audience.name);

interface Environment {
  templates: Map<Audience, Handlebars.TemplateDelegate>;
  /** Stylesheets shared by every document (any styles/*.css not named after an audience). */
  sharedCss: string;
  audienceCss: Map<string, string>;
}

// One compiled environment per templates folder, for the life of the process.
const environments = new Map<string, Promise<Environment>>();

async function filesIn(dir: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function loadEnvironment(dir: string): Promise<Environment> {
  const hb = Handlebars.create();
  const partialsDir = path.join(dir, 'partials');
  for (const file of await filesIn(partialsDir, '.hbs')) {
    hb.registerPartial(path.basename(file, '.hbs'), await readFile(path.join(partialsDir, file), 'utf8'));
  }
  // No custom helpers: Handlebars' built-ins (if, each, with, unless) are all the layout needs,
  // and a helper that made text would print strings the checks never see.
  const stylesDir = path.join(dir, 'styles');
  const shared: string[] = [];
  const audienceCss = new Map<string, string>();
  for (const file of await filesIn(stylesDir, '.css')) {
    const css = noStyleEnd(await readFile(path.join(stylesDir, file), 'utf8'));
    const name = path.basename(file, '.css');
    if ((AUDIENCE_NAMES as readonly string[]).includes(name)) audienceCss.set(name, css);
    else shared.push(css);
  }
  const templates = new Map<Audience, Handlebars.TemplateDelegate>();
  for (const audience of AUDIENCE_NAMES) {
    const source = await readIfExists(path.join(dir, `${audience}.hbs`));
    // strict: a template naming a field the view model lacks fails loudly, never prints "".
    if (source !== null) templates.set(audience, hb.compile(source, { strict: true }));
  }
  return { templates, sharedCss: shared.join('\n'), audienceCss };
}

/**
 * Drops the compiled templates of a folder (all folders without an argument), so the next
 * render reads them again: the preview server calls it when a template or stylesheet changes.
 */
export function forgetTemplates(dir?: string): void {
  if (dir === undefined) environments.clear();
  else environments.delete(path.resolve(dir));
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, "<" too (no "</style>"). */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r\f]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

// Margin boxes do not see the document's custom properties, so the footer names its font.
const FOOTER_STYLE =
  'font-family: "Atkinson Hyperlegible Next", "Noto Sans Symbols 2", "Noto Sans Math"; font-size: 8pt; color: #444; vertical-align: top; padding-top: 4mm;';

/** The print rules that depend on the paper and the document: page size, margins, footer. */
export function pageCss(meta: DocumentMeta, paper: Paper): string {
  const size = paper.toLowerCase() === 'letter' ? 'letter' : 'A4';
  return `@page {
  size: ${size};
  margin: 15mm 16mm 17mm 16mm;
  @bottom-left { content: ${cssString(meta.footer)}; ${FOOTER_STYLE} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${FOOTER_STYLE} }
}`;
}

/** CSS made safe to sit raw inside <style>: no "</style" can end the element early. */
function noStyleEnd(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

// Where the font rules go while the page is filled: they depend on its characters.
const FONTS_HERE = '/* trialbrief: @font-face rules */';

export async function renderHtml(audience: Audience, view: Renderable, options: RenderOptions): Promise<string> {
  const dir = path.resolve(options.templatesDir ?? DEFAULT_TEMPLATES_DIR);
  let environment = environments.get(dir);
  if (!environment) {
    environment = loadEnvironment(dir);
    environments.set(dir, environment);
    // A failed load (missing folder, bad template) must not poison later calls.
    environment.catch(() => environments.delete(dir));
  }
  const env = await environment;
  const template = env.templates.get(audience);
  if (!template) throw new Error(`No template for ${audience} in ${dir} (expected ${audience}.hbs)`);
  const styles = [FONTS_HERE, env.sharedCss, env.audienceCss.get(audience) ?? '', noStyleEnd(pageCss(view.meta, options.paper))].join('\n');
  // Styles go in as @data, raw inside <style>; everything from the view model is escaped.
  const page = template(view, { data: { styles } });
  const at = page.indexOf(FONTS_HERE);
  if (at < 0) return page; // a template that leaves out the styles gets no fonts either
  // Only the font files (and, of the symbol font, only the glyphs) this page can print.
  const rest = page.slice(0, at) + page.slice(at + FONTS_HERE.length);
  const fonts = noStyleEnd(await fontFaceCssFor(pageCodePoints(rest)));
  return page.slice(0, at) + fonts + page.slice(at + FONTS_HERE.length);
}
