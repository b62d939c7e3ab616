import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Appends one line to the data folder's technical log (for support; never shown to the clerk). */
export function appendLog(dataDir: string, line: string): void {
  try {
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    appendFileSync(join(dataDir, 'logs', 'qcdc.log'), `${new Date().toISOString()} ${line}\n`);
  } catch {
    // Logging must never break the call that is being logged.
  }
}
