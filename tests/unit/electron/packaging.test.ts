import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 16, item 6: the packaged binary has its fuses set (electron-builder's `electronFuses`).
// The file is read as text: packaging itself cannot run here (architecture.md §9).

const yml = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');

/** The `key: value` lines of a top-level block of the YAML file. */
function block(name: string): Record<string, string> {
  const lines = yml.split('\n');
  const start = lines.indexOf(`${name}:`);
  expect(start, `no ${name} block`).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}([A-Za-z]+): (.+)$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2]!;
  }
  return out;
}

describe('electron-builder.yml', () => {
  it('sets the security fuses', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(yml).toMatch(/^asar: true$/m);
  });
});
