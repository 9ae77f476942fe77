// A Chromium started by a test with a remote-debugging port, standing in for a
// browserless-style service that `--browser-ws-endpoint` prints on.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolveChromium } from '../../src/render/browser.js';

export interface RemoteChromium {
  process: ChildProcess;
  /** ws://127.0.0.1:<port>/devtools/browser/<id> */
  wsEndpoint: string;
  /** Kills it and waits for it to exit (it writes to its profile until it does). */
  stop(): Promise<void>;
}

export async function startRemoteChromium(profileDir: string): Promise<RemoteChromium> {
  const chrome = spawn(
    resolveChromium(),
    [
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsEndpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not print its DevTools address:\n${seen}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  return {
    process: chrome,
    wsEndpoint,
    stop: async () => {
      if (chrome.exitCode === null && chrome.signalCode === null) await new Promise((resolve) => chrome.once('exit', resolve).kill());
    },
  };
}
