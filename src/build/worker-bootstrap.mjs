// Entry of trialbrief's worker threads. Worker threads do not inherit the main thread's
// module hooks (Node 20), so tsx is registered again here before the TypeScript entry
// named in workerData.entry is loaded.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(/** @type {{ entry: string }} */ (workerData).entry);
