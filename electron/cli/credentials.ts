import type { Io } from './io';

/** Who runs this command on a protected installation (`--user`/`--password-file`, or QCDC_USER/QCDC_PASSWORD_FILE). */
export interface Credentials {
  user?: string;
  passwordFile?: string;
}

/** The settings of one `qcdc` run: its credentials and the access gate's costs (tests make them cheap). */
export interface CliSession {
  credentials: Credentials;
  access?: Io['access'];
}

let current: CliSession = { credentials: {} };

/** Sets the credentials and gate options of the run (runCli, once per invocation). */
export function useCliSession(session: CliSession): void {
  current = session;
}

/** The settings of the current run. */
export function cliSession(): CliSession {
  return current;
}
