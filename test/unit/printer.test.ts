// The printer's fault handling, on fake browser sessions (no Chromium): a print whose
// browser died is printed once more on a new one, prints that fail together share that
// new browser, a second failure is the document's, and the document's own errors are not
// retried. test/integration/faults.test.ts does the same with a real Chromium killed mid-build.
import { describe, expect, it } from 'vitest';
import { PrintTimeoutError, type PrintOptions, type PrintResult } from '../../src/render/pdf.js';
import { createPrinter, isTargetGone, PrinterClosedError, type Session } from '../../src/render/printer.js';

const OPTIONS: PrintOptions = { format: 'A4', title: 'Doc' };
const result = (html: string): PrintResult => ({ pdf: new TextEncoder().encode(`%PDF ${html}`), refused: [] });
/** What puppeteer rejects pending calls with when the browser goes away. */
const targetClosed = () => Object.assign(new Error('Protocol error (Page.printToPDF): Target closed'), { name: 'TargetCloseError' });

interface Fake extends Session {
  id: number;
  alive: boolean;
  answers: boolean;
  closed: boolean;
  printed: string[];
  /** Rejects every print in progress the way a killed browser does. */
  crash(): void;
}

/**
 * Sessions numbered from 1; `behave(session, html)` decides each print: return a result,
 * throw, or return 'hang' to wait until the session crashes.
 */
function fakeBrowsers(behave: (s: Fake, html: string) => PrintResult | 'hang' = (_, html) => result(html)) {
  const sessions: Fake[] = [];
  const open = async (): Promise<Session> => {
    const waiting: Array<(error: Error) => void> = [];
    const s: Fake = {
      id: sessions.length + 1,
      version: `Fake/${sessions.length + 1}`,
      alive: true,
      answers: true,
      closed: false,
      printed: [],
      async print(html) {
        if (!s.alive) throw targetClosed();
        s.printed.push(html);
        const outcome = behave(s, html);
        if (outcome !== 'hang') return outcome;
        return new Promise<PrintResult>((_, reject) => waiting.push(reject));
      },
      connected: () => s.alive,
      responsive: async () => s.alive && s.answers,
      async close() {
        s.closed = true;
        s.crash();
      },
      crash() {
        s.alive = false;
        for (const reject of waiting.splice(0)) reject(targetClosed());
      },
    };
    sessions.push(s);
    return s;
  };
  const notices: string[] = [];
  const printer = createPrinter({ poolSize: 4, onNotice: (m) => notices.push(m) }, open);
  return { sessions, notices, printer };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPrinter: faults', () => {
  it('prints on one browser, started on the first print', async () => {
    const { sessions, printer } = fakeBrowsers();
    expect(printer.browserVersion()).toBeNull();
    await printer.print('a', OPTIONS);
    await printer.print('b', OPTIONS);
    expect(sessions.map((s) => s.printed)).toEqual([['a', 'b']]);
    expect(printer.browserVersion()).toBe('Fake/1');
    await printer.close();
    expect(sessions[0]!.closed).toBe(true);
  });

  it('a print whose browser crashed is printed once more on a new browser', async () => {
    const { sessions, notices, printer } = fakeBrowsers((s, html) => (s.id === 1 ? 'hang' : result(html)));
    const printing = printer.print('a', OPTIONS);
    await settle();
    sessions[0]!.crash();
    expect(new TextDecoder().decode((await printing).pdf)).toBe('%PDF a');
    expect(sessions).toHaveLength(2);
    expect(sessions[1]!.printed).toEqual(['a']);
    expect(sessions[0]!.closed).toBe(true); // the dead one is tidied up
    expect(notices).toEqual([
      'the browser crashed or disconnected; starting a new one, and printing the affected documents once more',
      'retrying "Doc" once on a new browser',
    ]);
    await printer.close();
  });

  it('prints that fail together share one new browser', async () => {
    const { sessions, notices, printer } = fakeBrowsers((s, html) => (s.id === 1 ? 'hang' : result(html)));
    const printing = ['a', 'b', 'c', 'd'].map((html) => printer.print(html, OPTIONS));
    await settle();
    expect(sessions[0]!.printed).toEqual(['a', 'b', 'c', 'd']);
    sessions[0]!.crash();
    await Promise.all(printing);
    expect(sessions).toHaveLength(2);
    expect(sessions[1]!.printed.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(notices.filter((n) => n.startsWith('the browser'))).toHaveLength(1);
    expect(notices.filter((n) => n.startsWith('retrying'))).toHaveLength(4);
    await printer.close();
  });

  it('a second failure is the document’s error: one retry, no more', async () => {
    const { sessions, printer } = fakeBrowsers(() => 'hang');
    const failed = expect(printer.print('a', OPTIONS)).rejects.toThrow(/Target closed/);
    await settle();
    sessions[0]!.crash();
    await settle();
    expect(sessions.map((s) => s.printed)).toEqual([['a'], ['a']]);
    sessions[1]!.crash();
    await failed;
    expect(sessions).toHaveLength(2);
    // The next document gets a new browser again.
    const next = expect(printer.print('b', OPTIONS)).rejects.toThrow(PrinterClosedError);
    await settle();
    expect(sessions.map((s) => s.printed)).toEqual([['a'], ['a'], ['b']]);
    await printer.close();
    await next;
  });

  it('a browser found dead before a print starts is replaced without using up that print’s retry', async () => {
    let failNext = true;
    const { sessions, printer } = fakeBrowsers((s, html) => {
      if (s.id === 2 && failNext) {
        failNext = false;
        throw targetClosed();
      }
      return result(html);
    });
    await printer.print('a', OPTIONS);
    sessions[0]!.alive = false; // crashed while idle
    await printer.print('b', OPTIONS);
    // Session 2 failed b once (page closed, browser still answering): b was retried there.
    expect(sessions.map((s) => s.printed)).toEqual([['a'], ['b', 'b']]);
    await printer.close();
  });

  it('does not retry the document’s own errors', async () => {
    const { sessions, notices, printer } = fakeBrowsers(() => {
      throw new Error('Printing failed: bad page size');
    });
    await expect(printer.print('a', OPTIONS)).rejects.toThrow('bad page size');
    expect(sessions.map((s) => s.printed)).toEqual([['a']]);
    expect(notices).toEqual([]);
    await printer.close();
  });

  it('after a timeout: a new page if the browser still answers, a new browser if it does not', async () => {
    let timeouts = 0;
    const { sessions, notices, printer } = fakeBrowsers((s, html) => {
      if (html.startsWith('slow') && timeouts++ === 0) throw new PrintTimeoutError('Doc', 10);
      return result(html);
    });
    await printer.print('slow-1', OPTIONS);
    expect(sessions.map((s) => s.printed)).toEqual([['slow-1', 'slow-1']]);
    expect(notices).toEqual(['retrying "Doc" once on a new page (the print timed out)']);

    timeouts = 0;
    sessions[0]!.answers = false; // hung
    await printer.print('slow-2', OPTIONS);
    expect(sessions.map((s) => s.printed)).toEqual([['slow-1', 'slow-1', 'slow-2'], ['slow-2']]);
    expect(notices.slice(1)).toEqual([
      'the browser stopped answering (a print timed out); starting a new one, and printing the affected documents once more',
      'retrying "Doc" once on a new browser',
    ]);
    await printer.close();
  });

  it('close(): prints in progress fail without a retry, later prints are refused, every browser is closed', async () => {
    const { sessions, notices, printer } = fakeBrowsers(() => 'hang');
    const printing = printer.print('a', OPTIONS);
    const stopped = expect(printing).rejects.toThrow(PrinterClosedError);
    await settle();
    await printer.close();
    await stopped;
    await expect(printer.print('b', OPTIONS)).rejects.toThrow(PrinterClosedError);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.closed).toBe(true);
    expect(notices).toEqual([]);
    await printer.close(); // idempotent
  });

  it('never runs more than poolSize prints at once, retries included', async () => {
    let active = 0;
    let peak = 0;
    const failedOnce = new Set<string>();
    const printer = createPrinter({ poolSize: 2 }, async () => ({
      version: 'Fake',
      connected: () => true,
      responsive: async () => true,
      close: async () => {},
      async print(html: string) {
        peak = Math.max(peak, ++active);
        await settle();
        active--;
        // Every other print fails once with its page gone, and is retried.
        if (Number(html) % 2 === 0 && !failedOnce.has(html)) {
          failedOnce.add(html);
          throw targetClosed();
        }
        return result(html);
      },
    }));
    await Promise.all(Array.from({ length: 7 }, (_, i) => printer.print(String(i), OPTIONS)));
    expect(peak).toBe(2);
    await printer.close();
  });
});

describe('isTargetGone', () => {
  it.each([
    ['TargetCloseError', 'Protocol error (Page.printToPDF): Target closed'],
    ['ConnectionClosedError', 'Connection closed.'],
    ['Error', 'Protocol error (Target.createTarget): Session closed. Most likely the page has been closed.'],
    ['Error', 'Navigating frame was detached'],
  ])('%s: %s', (name, message) => {
    expect(isTargetGone(Object.assign(new Error(message), { name }))).toBe(true);
  });

  it('not the document’s own errors', () => {
    expect(isTargetGone(new Error('TRIALBRIEF_PRINT_TIMEOUT_MS: expected a whole number'))).toBe(false);
    expect(isTargetGone('Target closed')).toBe(false);
  });
});
