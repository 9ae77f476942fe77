// `trialbrief dev` (npm run dev): a preview server on 127.0.0.1 that shows every
// article's three documents as the HTML the printer receives, rebuilt when an article,
// the glossary, a template or a stylesheet changes, with the open pages reloading
// themselves (a small EventSource script added to preview pages only).
//
// The preview is the pipeline's own prepareArticle (read, compose, check, fill), so it
// shows what a build prints, front-matter settings such as `paper:` included; it stops
// before printing: no PDF, no Chromium. The print path is untouched: documents printed
// to PDF still run with JavaScript off and every request refused.
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { DocumentReport } from '../audiences/checks/index.js';
import { loadGlossary, type Glossary } from '../audiences/compose.js';
import { AUDIENCES, type Audience } from '../audiences/registry.js';
import { findArticles } from '../build/inputs.js';
import { prepareArticle } from '../pipeline.js';
import { oneLine } from '../report.js';
import { DEFAULT_TEMPLATES_DIR, forgetTemplates } from '../render/html.js';

export interface DevOptions {
  /** 0: any free port. */
  port: number;
  contentDir: string;
  templatesDir?: string;
  paper: 'a4' | 'letter';
  /** Default: <contentDir>/glossary.yaml. */
  glossaryPath?: string;
  /** Where to say what happened (default: stderr). */
  log?: (line: string) => void;
  /** Wait this long after the last file event before rebuilding (editors write in bursts). */
  debounceMs?: number;
}

export interface DevServer {
  url: string;
  /** Resolves after the next rebuild that follows a change (for tests and tools). */
  nextRebuild(): Promise<string[]>;
  /** Pages listening for reloads right now. */
  listeners(): number;
  close(): Promise<void>;
}

interface Preview {
  file: string;
  /** Hash of the article's bytes when it was last built. */
  hash: string;
  slug: string;
  title: string;
  documents: Map<Audience, { html: string; report: DocumentReport }>;
  error: string | null;
}

const HOST = '127.0.0.1';

export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const contentDir = path.resolve(options.contentDir);
  const templatesDir = path.resolve(options.templatesDir ?? DEFAULT_TEMPLATES_DIR);
  const glossaryPath = path.resolve(options.glossaryPath ?? path.join(contentDir, 'glossary.yaml'));
  const previews = new Map<string, Preview>(); // by file path
  const clients = new Set<ServerResponse>();
  let glossary: Glossary = loadGlossary('');
  let glossaryHash = '';
  let waiters: Array<(slugs: string[]) => void> = [];

  const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  async function loadGlossaryFile(): Promise<boolean> {
    const bytes = await readFile(glossaryPath).catch(() => Buffer.from(''));
    const hash = hashOf(bytes);
    if (hash === glossaryHash) return false;
    glossaryHash = hash;
    try {
      glossary = loadGlossary(bytes.toString('utf8'));
    } catch (error) {
      log(`✗ ${path.relative(process.cwd(), glossaryPath)}: ${(error as Error).message}`);
      glossary = loadGlossary('');
    }
    return true;
  }

  async function buildPreview(file: string, hash: string, before: Preview | undefined): Promise<Preview> {
    try {
      const prepared = await prepareArticle(file, glossary, {
        audiences: AUDIENCES.map((a) => a.name),
        paper: options.paper,
        templatesDir,
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH || undefined,
      });
      const documents = new Map(prepared.documents.map(({ audience, html, report }) => [audience, { html, report }]));
      return { file, hash, slug: prepared.slug, title: prepared.facts.title.value, documents, error: null };
    } catch (error) {
      // Keep the address the open pages use, so they show the error (and reload when fixed).
      const slug = before?.slug ?? path.basename(file, path.extname(file));
      const message = error instanceof VFileMessage ? oneLine(error) : `${file}: error: ${(error as Error).message}`;
      return { file, hash, slug, title: slug, documents: new Map(), error: message };
    }
  }

  /** Rebuilds what changed; `everything` after a glossary or template change. Returns the slugs rebuilt. */
  async function rebuild(everything: boolean): Promise<string[]> {
    if (await loadGlossaryFile()) everything = true;
    if (everything) forgetTemplates(templatesDir);
    const files = await findArticles([contentDir]);
    const changed: string[] = [];
    for (const [file, preview] of previews) {
      if (!files.includes(file)) {
        previews.delete(file);
        changed.push(preview.slug);
      }
    }
    for (const file of files) {
      const bytes = await readFile(file).catch(() => null);
      if (!bytes) continue;
      const hash = hashOf(bytes);
      const before = previews.get(file);
      if (!everything && before?.hash === hash) continue;
      const preview = await buildPreview(file, hash, before);
      previews.set(file, preview);
      changed.push(preview.slug);
      if (before && before.slug !== preview.slug) changed.push(before.slug);
      log(preview.error ? `✗ ${preview.error}` : `✓ ${preview.slug}: previewed`);
    }
    return [...new Set(changed)];
  }

  // Rebuilds run one after another; file events during one start another afterwards.
  let queue: Promise<unknown> = rebuild(true);
  await queue;
  let pending: { everything: boolean } | null = null;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (everything: boolean) => {
    pending = { everything: (pending?.everything ?? false) || everything };
    clearTimeout(timer);
    timer = setTimeout(() => {
      const run = pending!;
      pending = null;
      queue = queue.then(async () => {
        const slugs = await rebuild(run.everything).catch((error: Error) => {
          log(`✗ rebuild failed: ${error.message}`);
          return [] as string[];
        });
        if (slugs.length === 0 && !run.everything) return;
        broadcast({ all: run.everything, slugs });
        for (const resolve of waiters.splice(0)) resolve(slugs);
      });
    }, options.debounceMs ?? 60);
  };

  function broadcast(change: { all: boolean; slugs: string[] }): void {
    const message = `event: reload\ndata: ${JSON.stringify(change)}\n\n`;
    for (const client of clients) client.write(message);
  }

  const watchers: FSWatcher[] = [];
  const watchDir = (dir: string, onChange: (name: string) => void) => {
    try {
      const watcher = watch(dir, (_event, name) => onChange(String(name ?? '')));
      watcher.on('error', () => {});
      watchers.push(watcher);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  };
  watchDir(contentDir, (name) => {
    if (name.startsWith('.') || name.endsWith('.tmp') || name.endsWith('~')) return;
    schedule(path.join(contentDir, name) === glossaryPath);
  });
  if (path.dirname(glossaryPath) !== contentDir)
    watchDir(path.dirname(glossaryPath), (name) => name === path.basename(glossaryPath) && schedule(true));
  // Templates: the folder and each folder inside it (partials/, styles/).
  const templateDirs = [
    templatesDir,
    ...(await readdir(templatesDir, { withFileTypes: true }).catch(() => []))
      .filter((d) => d.isDirectory())
      .map((d) => path.join(templatesDir, d.name)),
  ];
  for (const dir of templateDirs) watchDir(dir, (name) => !name.startsWith('.') && schedule(true));

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`trialbrief dev: ${error.message}\n`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write('retry: 500\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    await queue; // never serve a half-rebuilt state
    if (url.pathname === '/') return send(response, 200, indexPage([...previews.values()]));
    const match = /^\/([^/]+)\/([a-z-]+)\.html$/.exec(url.pathname);
    const preview = match && [...previews.values()].find((p) => p.slug === decodeURIComponent(match[1]!));
    if (match && preview) {
      if (preview.error) return send(response, 200, errorPage(preview));
      const document = preview.documents.get(match[2] as Audience);
      if (document) return send(response, 200, withReload(document.html, preview.slug));
    }
    send(
      response,
      404,
      withReload(`<!doctype html><meta charset="utf-8"><title>Not found</title><p>Nothing here. <a href="/">All articles</a></p>`, null),
    );
  }

  function send(response: ServerResponse, status: number, html: string): void {
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Preview pages may run our reload script and nothing else from anywhere.
      'content-security-policy':
        "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'",
    });
    response.end(html);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${HOST}:${port}/`,
    nextRebuild: () => new Promise((resolve) => waiters.push(resolve)),
    listeners: () => clients.size,
    async close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      for (const client of clients) client.end();
      clients.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await queue.catch(() => {});
      waiters = [];
    },
  };
}

/** `trialbrief dev`: serve until interrupted. */
export async function runDev(options: DevOptions): Promise<number> {
  const server = await startDevServer(options);
  process.stderr.write(`trialbrief dev: previews at ${server.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** The reload script: reload when this page's article changed (or everything did). */
function withReload(html: string, slug: string | null): string {
  const script = `<script>(() => { const slug = ${JSON.stringify(slug).replace(/</g, '\\u003c')}; const events = new EventSource('/events'); events.onopen = () => { document.documentElement.dataset.previewReload = 'listening'; }; events.addEventListener('reload', (event) => { const change = JSON.parse(event.data); if (change.all || slug === null || change.slugs.includes(slug)) location.reload(); }); })();</script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? `${html}${script}` : `${html.slice(0, at)}${script}${html.slice(at)}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const PAGE_STYLE = `body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222 }
h1 { font-size: 1.4rem } li { margin: .4rem 0 } .error { color: #a00; white-space: pre-wrap; font-family: monospace } .checks { color: #a60; font-size: .9rem }`;

function indexPage(previews: Preview[]): string {
  const items = previews
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((p) => {
      if (p.error) return `<li><strong>${escapeHtml(p.slug)}</strong><div class="error">${escapeHtml(p.error)}</div></li>`;
      const links = AUDIENCES.map(({ name }) => {
        const failed = p.documents.get(name)?.report.violations.length ?? 0;
        return `<a href="/${encodeURIComponent(p.slug)}/${name}.html">${name}</a>${failed ? ` <span class="checks">(${failed} check${failed === 1 ? '' : 's'} failed)</span>` : ''}`;
      }).join(' · ');
      return `<li><strong>${escapeHtml(p.title)}</strong><br>${links}</li>`;
    });
  return withReload(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>trialbrief preview</title><style>${PAGE_STYLE}</style></head><body><h1>trialbrief preview</h1><ul>${items.join('') || '<li>No articles in the content folder yet.</li>'}</ul></body></html>`,
    null,
  );
}

function errorPage(preview: Preview): string {
  return withReload(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(preview.slug)}: error</title><style>${PAGE_STYLE}</style></head><body><h1>${escapeHtml(preview.slug)} does not build</h1><p class="error">${escapeHtml(preview.error ?? '')}</p><p>Fix the article and this page reloads. <a href="/">All articles</a></p></body></html>`,
    preview.slug,
  );
}
