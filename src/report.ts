// Diagnostics for people: vfile-reporter's positioned messages, without the info-level
// chatter unless asked for.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';

export function formatDiagnostics(file: VFile, options: { verbose: boolean }): string {
  const shown = new VFile({ path: file.path });
  shown.messages = file.messages.filter((m) => options.verbose || m.fatal !== undefined);
  return shown.messages.length > 0 ? reporter([shown], { quiet: true }) : '';
}

/** One message on one line: `file:line:col: error: reason [source:rule]`. */
export function oneLine(message: VFileMessage): string {
  const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
  return `${message.file ?? '<input>'}${place}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}${message.ruleId ? ` [${message.source ? `${message.source}:` : ''}${message.ruleId}]` : ''}`;
}
