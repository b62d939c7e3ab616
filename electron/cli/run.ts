import { existsSync } from 'node:fs';
import { appendLog } from '../core/log';
import type { Command } from './command';
import { EXIT, UsageError, failureOf, reportFailure, type ExitCode, type Io } from './io';
import { CLI, USAGE } from './messages';
import { useCliSession, type Credentials } from './credentials';

/** Loads a command on demand: usage errors and --help answer without loading the database layer. */
type Load = () => Promise<Command>;
type Entry = Load | Record<string, Load>;

const COMMANDS: Record<string, Entry> = {
  init: async () => (await import('./commands/init')).initCommand,
  card: async () => (await import('./commands/card')).cardCommand,
  keys: {
    export: async () => (await import('./commands/keys')).keysExportCommand,
    import: async () => (await import('./commands/keys')).keysImportCommand,
    new: async () => (await import('./commands/keys')).keysNewCommand,
  },
  records: {
    import: async () => (await import('./commands/records')).recordsImportCommand,
    export: async () => (await import('./commands/records')).recordsExportCommand,
  },
  report: async () => (await import('./commands/report')).reportCommand,
  backup: async () => (await import('./commands/maintenance')).backupCommand,
  restore: async () => (await import('./commands/maintenance')).restoreCommand,
  check: async () => (await import('./commands/maintenance')).checkCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  protect: async () => (await import('./commands/user')).protectCommand,
  user: {
    add: async () => (await import('./commands/user')).userAddCommand,
    list: async () => (await import('./commands/user')).userListCommand,
    disable: async () => (await import('./commands/user')).userDisableCommand,
    password: async () => (await import('./commands/user')).userPasswordCommand,
    reset: async () => (await import('./commands/user')).userResetCommand,
  },
  enroll: async () => (await import('./commands/sync')).enrollCommand,
  receipt: { import: async () => (await import('./commands/sync')).receiptImportCommand },
  bundle: {
    export: async () => (await import('./commands/sync')).bundleExportCommand,
    import: async () => (await import('./commands/sync')).bundleImportCommand,
    verify: async () => (await import('./commands/bundle')).bundleVerifyCommand,
  },
};

const HELP = new Set(['--help', '-h', 'help']);

/**
 * Runs one `qcdc` invocation and returns its exit code. Every failure ends here as a Vietnamese
 * message on stderr (and, with `--json`, one JSON document on stdout); nothing is thrown past it.
 */
export async function runCli(argv: string[], io: Io): Promise<ExitCode> {
  const json = argv.includes('--json');
  try {
    const [name, ...given] = argv;
    const { rest, credentials } = takeCredentials(given, name);
    useCliSession({ credentials, access: io.access });
    if (name === undefined) {
      io.err(`${USAGE}\n`);
      return EXIT.usage;
    }
    if (HELP.has(name) || rest.some((a) => a === '--help' || a === '-h')) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      io.out(`${(await import('../core/app')).appVersion()}\n`);
      return EXIT.ok;
    }
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) throw new UsageError(CLI.unknownCommand(name));
    if (typeof entry === 'function') return await (await entry()).run(rest, io);
    const [sub, ...args] = rest;
    const load = sub !== undefined && Object.hasOwn(entry, sub) ? entry[sub] : undefined;
    if (!load) throw new UsageError(CLI.unknownSubcommand(name, sub));
    return await (await load()).run(args, io);
  } catch (error) {
    const failure = failureOf(error);
    // A failure the dispatcher already logged arrives as a CliFailure; only raw errors are new here.
    if (failure !== error && failure.details.code === 'INTERNAL') logUnexpected(argv, error, io);
    reportFailure(io, failure, json);
    return failure.exitCode;
  }
}

// These commands read a password file of their own (the new account's, the first administrator's):
// for them --password-file is not the credentials, which then come from QCDC_PASSWORD_FILE.
const OWN_PASSWORD_FILE = new Set(['init', 'protect', 'user add', 'user password', 'user reset']);

/** Takes `--user` and `--password-file` out of the arguments (every command accepts them), with the environment's as defaults. */
function takeCredentials(args: string[], command: string | undefined): { rest: string[]; credentials: Credentials } {
  const full = command === 'user' ? `user ${args[0] ?? ''}` : (command ?? '');
  const names = OWN_PASSWORD_FILE.has(full) ? ['--user'] : ['--user', '--password-file'];
  const rest: string[] = [];
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = names.find((n) => arg === n || arg.startsWith(`${n}=`));
    if (!name) {
      rest.push(arg);
      continue;
    }
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(CLI.missingOption(`${name} (giá trị)`));
    found[name] = value;
  }
  return {
    rest,
    credentials: {
      user: found['--user'] ?? (process.env.QCDC_USER || undefined),
      passwordFile: found['--password-file'] ?? (process.env.QCDC_PASSWORD_FILE || undefined),
    },
  };
}

/** An unexpected error goes to the data folder's log (and to stderr with QCDC_DEBUG=1), never as a bare stack. */
function logUnexpected(argv: string[], error: unknown, io: Io): void {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const dataIndex = argv.indexOf('--data');
  const dataDir = dataIndex >= 0 ? argv[dataIndex + 1] : undefined;
  if (dataDir && existsSync(dataDir)) appendLog(dataDir, `CLI ${argv[0] ?? ''}: ${stack}`);
  if (process.env.QCDC_DEBUG) io.err(`${stack}\n`);
}
