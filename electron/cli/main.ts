import { runCli } from './run';

// The `qcdc` entry point (`npm run qcdc -- ARGS`, or bin/qcdc.mjs). Results go to stdout,
// diagnostics to stderr; the process ends with the exit code of cli.md.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
});
// Wait until stdout has been handed to the OS (pipes are asynchronous on Windows), then exit even
// if a library (the PDF renderer) left a handle open.
await new Promise<void>((done) => process.stdout.write('', () => done()));
process.exit(code);
