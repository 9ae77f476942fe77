// --browser-ws-endpoint: printing on a Chrome that someone else started (here a local
// Chromium with a debugging port, standing in for a browserless-style service). The
// build must print through it, close the pages it opened, and leave the browser running.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfInfo, pdfText, runCli } from '../helpers/cli.js';
import { startRemoteChromium, type RemoteChromium } from '../helpers/remote-chromium.js';

const SLUG = 'zimislecel-islet-cells-type-1-diabetes';
let dir: string;
let chrome: RemoteChromium | undefined;
let wsEndpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-remote-'));
  chrome = await startRemoteChromium(path.join(dir, 'profile'));
  wsEndpoint = chrome.wsEndpoint;
}, 60_000);
afterAll(async () => {
  // Wait for Chromium to exit before removing its profile: it writes there until it does.
  await chrome?.stop();
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

const openPages = async () => {
  const browser = await puppeteer.connect({ browserWSEndpoint: wsEndpoint });
  try {
    return (await browser.pages()).length;
  } finally {
    await browser.disconnect();
  }
};

describe('printing on a running browser', () => {
  it('builds through the ws:// endpoint, closes its pages and leaves the browser running', async () => {
    const pagesBefore = await openPages();
    const out = path.join(dir, 'out');
    const result = await runCli(['build', ZIMISLECEL_MD, '--out', out, '--browser-ws-endpoint', wsEndpoint], {
      env: { SOURCE_DATE_EPOCH: '1750000000' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^[✓!] ${SLUG}: 3 PDFs`, 'm'));
    for (const name of ['patient-brief', 'clinician-summary', 'press-digest']) {
      const file = path.join(out, SLUG, `${name}.pdf`);
      expect((await pdfInfo(file)).Tagged, name).toBe('yes');
      expect(await pdfText(file), name).toMatch(/zimislecel/i);
    }
    expect(chrome!.process.exitCode).toBeNull();
    expect(await openPages()).toBe(pagesBefore);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.browser).toMatch(/Chrome\/\d+/);

    // The remote browser is identified without printing (its /json/version): nothing to do again.
    const again = await runCli(['build', ZIMISLECEL_MD, '--out', out, '--browser-ws-endpoint', wsEndpoint], {
      env: { SOURCE_DATE_EPOCH: '1750000000' },
    });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^nothing to build, 1 up to date/m);
  });

  it('also takes the http:// address of the debugging port', async () => {
    const http = wsEndpoint.replace(/^ws:\/\/([^/]+)\/.*$/, 'http://$1');
    const out = path.join(dir, 'out-http');
    const result = await runCli(['build', ZIMISLECEL_MD, '--out', out, '--audience', 'press', '--browser-ws-endpoint', http]);
    expect(result.code, result.stderr).toBe(0);
    expect(Number((await pdfInfo(path.join(out, SLUG, 'press-digest.pdf'))).Pages)).toBeGreaterThan(0);
    expect(chrome!.process.exitCode).toBeNull();
  });

  it('says once, clearly, when the browser cannot be reached', async () => {
    const result = await runCli([
      'build',
      ZIMISLECEL_MD,
      '--out',
      path.join(dir, 'out-none'),
      '--audience',
      'press',
      '--browser-ws-endpoint',
      'ws://127.0.0.1:9/devtools/browser/none',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/✗ .*zimislecel.*: error: /);
  });

  it('refuses an endpoint that is not a URL', async () => {
    const result = await runCli(['build', ZIMISLECEL_MD, '--browser-ws-endpoint', 'localhost:9222']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--browser-ws-endpoint: expected a ws:\/\/ URL/);
  });
});
