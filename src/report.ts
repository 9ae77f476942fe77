// Diagnostics for people: vfile-reporter's positioned messages, without the info-level
// chatter unless asked for.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

export function formatDiagnostics(file: VFile, options: { verbose: boolean }): string {
  const shown = new VFile({ path: file.path });
  shown.messages = file.messages.filter((m) => options.verbose || m.fatal !== undefined);
  return shown.messages.length > 0 ? reporter([shown], { quiet: true }) : '';
}
