// Diagnostics: an article's messages (loading, extraction, document checks) for people,
// in one printed format (vfile-reporter's, without the info-level chatter unless asked
// for), and for report.json, as plain data that also crosses a worker boundary.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import type { Severity } from './shared/rules.js';

/** One message as report.json holds it. */
export interface ReportMessage {
  ruleId: string | null;
  source: string | null;
  severity: Severity;
  reason: string;
  file: string;
  /** The place in the article it is about; null for the file (or a printed document) as a whole. */
  line: number | null;
  column: number | null;
  /** The document a check's message is about; absent for messages about the article. */
  audience?: string;
}

export function formatDiagnostics(file: VFile, options: { verbose: boolean }): string {
  const shown = new VFile({ path: file.path });
  shown.messages = file.messages.filter((m) => options.verbose || severityOf(m) !== 'info');
  return shown.messages.length > 0 ? reporter([shown], { quiet: true }) : '';
}

/** A message that stopped an article (thrown by `file.fail`), as the reporter prints it. */
export function formatFailure(message: VFileMessage): string {
  const file = new VFile({ path: message.file });
  file.messages.push(message);
  return reporter([file]);
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function serialiseMessages(file: VFile): ReportMessage[] {
  return file.messages.map((m) => ({
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    severity: severityOf(m),
    reason: m.reason,
    file: m.file ?? file.path,
    line: m.line ?? null,
    column: m.column ?? null,
    ...(m.audience === undefined ? {} : { audience: m.audience }),
  }));
}

/** The article's file again, with these messages on it (from a worker, or an earlier report.json). */
export function restoreMessages(file: VFile, messages: readonly ReportMessage[]): void {
  for (const data of messages) {
    const place = data.line === null ? undefined : { line: data.line, column: data.column ?? 1 };
    const message = new VFileMessage(data.reason, { place, ruleId: data.ruleId ?? undefined, source: data.source ?? undefined });
    message.file = data.file;
    message.fatal = data.severity === 'error' ? true : data.severity === 'warning' ? false : undefined;
    if (data.audience !== undefined) message.audience = data.audience;
    file.messages.push(message);
  }
}
