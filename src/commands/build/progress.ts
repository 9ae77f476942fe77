// Build progress for people and for logs. On a terminal: one line per document as it
// finishes, each article's line when its documents are written, and a status line at
// the bottom ("[12/330] 8.1 s") redrawn in place. Anywhere else (CI logs, pipes): plain
// lines only, one per article, nothing redrawn.
export interface Progress {
  /** A document is ready. */
  document(slug: string, audience: string, detail: string): void;
  /** A finished line (an article's result, a removal, an error). */
  line(text: string): void;
  /** Clears the status line; call once at the end. */
  done(): void;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  totalDocuments: number,
  started: number,
): Progress {
  const tty = stream.isTTY === true && process.env.TERM !== 'dumb';
  let finished = 0;
  let shown = false;
  const status = () => {
    if (!tty || totalDocuments === 0) return;
    const text = `[${finished}/${totalDocuments}] ${((performance.now() - started) / 1000).toFixed(1)} s`;
    stream.write(`\r\x1b[2K${text}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  // Keep the elapsed time moving while a long document prints.
  const timer = tty && totalDocuments > 0 ? setInterval(status, 500) : null;
  timer?.unref();
  return {
    document(slug, audience, detail) {
      finished++;
      if (!tty) return;
      clear();
      stream.write(`  · ${slug}/${audience}${detail ? `  ${detail}` : ''}\n`);
      status();
    },
    line(text) {
      clear();
      stream.write(text.endsWith('\n') ? text : `${text}\n`);
      status();
    },
    done() {
      if (timer) clearInterval(timer);
      clear();
    },
  };
}
