// Entry of trialbrief's worker threads. Worker threads do not inherit the main thread's
// module hooks (Node 20), so for a TypeScript entry (running from src/) tsx is registered
// again here before the entry named in workerData.entry is loaded; a compiled entry
// (dist/) needs no loader.
import { workerData } from 'node:worker_threads';

const { entry } = /** @type {{ entry: string }} */ (workerData);
if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(entry);
