import type { ExitCode, Io } from './io';

/** One `qcdc` command (or sub-command): it parses its own flags and returns its exit code. */
export interface Command {
  /** As typed: "init", "keys export". */
  name: string;
  run(args: string[], io: Io): Promise<ExitCode>;
}
