// A worker thread that prepares articles (read, extract, compose, check, fill templates)
// for the build's main thread, which meanwhile keeps Chromium's pages busy: the NLP and
// the composers never block the DevTools connection. Started by src/build/prepare.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { VFileMessage } from 'vfile-message';
import { loadGlossary } from '../audiences/compose.js';
import { formatFailure } from '../report.js';
import { prepareArticle, type PrepareOptions } from '../pipeline.js';
import type { PrepareReply, PrepareRequest } from './prepare.js';

const glossary = loadGlossary((workerData as { glossaryText: string }).glossaryText);
const port = parentPort!;

port.on('message', async ({ id, file, options }: PrepareRequest & { options: PrepareOptions }) => {
  let reply: PrepareReply;
  try {
    reply = { id, prepared: await prepareArticle(file, glossary, options) };
  } catch (error) {
    reply = {
      id,
      error: { message: (error as Error).message ?? String(error), line: error instanceof VFileMessage ? formatFailure(error) : null },
    };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
