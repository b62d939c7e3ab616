import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where fields are named: tests, docs, migrations (frozen) and the demo's sample records (written
 * through the contract, which refuses what the definition refuses) are left out, like prose.
 */
const LEFT_OUT = /^(tests|docs|db\/migrations|db\/demo)\/|\.md$/;

/** The source files of the repository at `root` (tracked and new), with their comments removed. */
export function sources(root: string): Map<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const out = new Map<string, string>();
  for (const file of listed.split('\n')) {
    if (!/\.(ts|tsx|mjs|cjs|js)$/.test(file) || LEFT_OUT.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    out.set(file, withoutComments(text));
  }
  return out;
}

// Comments say why in prose ("the agreement reached"); only code names a field.
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The files that name a field (as a whole word), minus those where the word names something else. */
export function filesNaming(files: Map<string, string>, field: string, homonyms: readonly string[] = []): string[] {
  const word = new RegExp(`\\b${field}\\b`);
  return [...files]
    .filter(([file, text]) => word.test(text) && !homonyms.some((h) => file.startsWith(h)))
    .map(([file]) => file)
    .sort();
}
