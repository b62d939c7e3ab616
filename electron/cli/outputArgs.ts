import { parseCommandArgs, requireString, type OptionSpec, type ParsedArgs } from './args';
import { dataDirOf, requireDatabase } from './session';

/** What {@link parseOutputArgs} returns: the parsed flags, the data folder and the `--out` path as typed. */
export interface OutputArgs {
  parsed: ParsedArgs;
  dataDir: string;
  out: string;
}

/** Flags of a command writing one file (`--data`, `--out`, `--json`, `extra`); checks folder, output, database. */
export function parseOutputArgs(args: string[], extra: OptionSpec = {}): OutputArgs {
  const parsed = parseCommandArgs(args, {
    data: { type: 'string' },
    out: { type: 'string' },
    ...extra,
    json: { type: 'boolean' },
  });
  const dataDir = dataDirOf(parsed);
  const out = requireString(parsed, 'out');
  requireDatabase(dataDir);
  return { parsed, dataDir, out };
}
