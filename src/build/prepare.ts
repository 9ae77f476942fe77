// Where a build prepares its articles (the CPU half of the pipeline): in worker threads,
// so the main thread stays free to drive Chromium, or in the main thread itself (one
// article, or when a worker cannot start). Both give the same PreparedArticle.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PreparedArticle, PrepareOptions } from '../pipeline.js';

export interface Preparer {
  prepare(file: string, options: PrepareOptions): Promise<PreparedArticle>;
  close(): Promise<void>;
}

export interface PrepareRequest {
  id: number;
  file: string;
  options: PrepareOptions;
}

export type PrepareReply = { id: number; prepared: PreparedArticle } | { id: number; error: { message: string; line: string | null } };

/** An article that could not be prepared; `line` is its diagnostic (vfile-reporter's) when it has one. */
export class PrepareError extends Error {
  constructor(
    message: string,
    readonly line: string | null,
  ) {
    super(message);
  }
}

/** Workers next to a page pool: half the cores (1 on 2 cores, where Chromium needs the rest), at most 4. */
export function defaultPrepareWorkers(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
}

export async function createLocalPreparer(glossaryText: string): Promise<Preparer> {
  const [{ prepareArticle }, { loadGlossary }] = await Promise.all([import('../pipeline.js'), import('../audiences/compose.js')]);
  const glossary = loadGlossary(glossaryText);
  return {
    prepare: (file, options) => prepareArticle(file, glossary, options),
    close: async () => {},
  };
}

interface Thread {
  worker: Worker;
  busy: number;
  alive: boolean;
}

/**
 * `count` worker threads; each request goes to the least busy one. If a worker dies, its
 * pending articles fail with the reason and later ones are prepared in this thread.
 */
export function createWorkerPreparer(count: number, glossaryText: string): Preparer {
  const pending = new Map<number, { resolve: (p: PreparedArticle) => void; reject: (e: Error) => void; thread: Thread }>();
  let nextId = 1;
  let local: Promise<Preparer> | null = null;
  const threads: Thread[] = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
      // The worker's entry in the same form as this module: compiled (dist/) or TypeScript (src/).
      workerData: { entry: new URL(`./prepare-worker${path.extname(import.meta.url)}`, import.meta.url).href, glossaryText },
    });
    const thread: Thread = { worker, busy: 0, alive: true };
    worker.on('message', (reply: PrepareReply | { ready: true }) => {
      if (!('id' in reply)) return;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      thread.busy--;
      if ('prepared' in reply) job.resolve(reply.prepared);
      else job.reject(new PrepareError(reply.error.message, reply.error.line));
    });
    const die = (error: Error) => {
      if (!thread.alive) return;
      thread.alive = false;
      for (const [id, job] of pending) {
        if (job.thread !== thread) continue;
        pending.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`a preparing worker stopped (exit code ${code})`)));
    return thread;
  });

  return {
    prepare(file, options) {
      const live = threads.filter((t) => t.alive);
      if (live.length === 0) return (local ??= createLocalPreparer(glossaryText)).then((p) => p.prepare(file, options));
      const thread = live.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      thread.busy++;
      return new Promise<PreparedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject, thread });
        thread.worker.postMessage({ id, file, options } satisfies PrepareRequest);
      });
    },
    async close() {
      for (const thread of threads) thread.alive = false;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
