import { parseArgs } from 'node:util';
import { UsageError } from './io';
import { CLI } from './messages';

/** The flags one command accepts (node:util parseArgs options). */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parsed flags and positional arguments of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** How many positional arguments a command takes, and how to name them in an error. */
export interface PositionalSpec {
  min: number;
  max: number;
  label: string;
}

const NONE: PositionalSpec = { min: 0, max: 0, label: '' };

/** Parses one command's arguments strictly; anything unknown or missing is a usage error (exit 2). */
export function parseCommandArgs(args: string[], options: OptionSpec, positionals: PositionalSpec = NONE): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    const result = parseArgs({ args, options, strict: true, allowPositionals: true });
    parsed = { values: result.values as ParsedArgs['values'], positionals: result.positionals };
  } catch (error) {
    throw new UsageError(translateParseError(error));
  }
  const n = parsed.positionals.length;
  if (n > positionals.max && positionals.max === 0) {
    throw new UsageError(CLI.unexpectedArgument(parsed.positionals[0] ?? ''));
  }
  if (n < positionals.min || n > positionals.max) throw new UsageError(CLI.wrongPositionals(positionals.label));
  return parsed;
}

/** The value of a required string flag. */
export function requireString(parsed: ParsedArgs, name: string): string {
  const value = parsed.values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(CLI.missingOption(`--${name}`));
  return value;
}

/** The value of an optional string flag. */
export function optionalString(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean flag was given. */
export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

function translateParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return CLI.unknownOption(`${quoted ?? message} không tồn tại.`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return CLI.unknownOption(
        quoted ? `${quoted.replace(/ <value>$/, '')} cần một giá trị (hoặc không nhận giá trị).` : message,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return CLI.unexpectedArgument(quoted ?? message);
    default:
      return CLI.unknownOption(message);
  }
}
