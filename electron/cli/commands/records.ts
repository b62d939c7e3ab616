import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from '../../../shared/interchange/schema';
import type { OutputOf, RequestOf } from '../../../shared/contract/index';
import { flag, optionalString, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, printJson, printLines, progress, type IssueLine } from '../io';
import { KIND_LABELS } from '../messages';
import { parseOutputArgs } from '../outputArgs';
import { call, dataDirOf, readInputFile, requireDatabase, withInstallation, writeOutputFile } from '../session';

/** `qcdc records import`: NDJSON or XLSX in the interchange format, all or nothing. */
export const recordsImportCommand: Command = {
  name: 'records import',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { data: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
      { min: 1, max: 1, label: 'một tệp cần nhập (NDJSON hoặc XLSX)' },
    );
    const dataDir = dataDirOf(parsed);
    const file = resolve(parsed.positionals[0]!);
    const dryRun = flag(parsed, 'dry-run');
    const json = flag(parsed, 'json');
    requireDatabase(dataDir);
    // Refused from its size alone: a file past the limit is never read into memory.
    if (existsSync(file) && statSync(file).size > IMPORT_MAX_BYTES) {
      throw asImportRejection(new CliFailure(EXIT.rejected, IMPORT_TOO_LARGE, { code: 'INVALID_INPUT' }));
    }
    const bytes = readInputFile(file);
    const bar = progress(io);
    bar.update(`${dryRun ? 'Đang kiểm tra' : 'Đang kiểm tra và nhập'} ${basename(file)}…`);
    let result: OutputOf<'records.import'>;
    try {
      result = await withInstallation(dataDir, (app) =>
        call(app, 'records.import', { fileName: basename(file), base64: bytes.toString('base64'), dryRun }),
      );
    } catch (error) {
      throw asImportRejection(error);
    } finally {
      bar.done();
    }
    if (json) {
      printJson(io, result);
    } else {
      const lines = Object.entries(result.imported)
        .filter(([, n]) => n > 0)
        .map(
          ([kind, n]) =>
            `  ${KIND_LABELS[kind] ?? kind}: ${n} (mới ${result.created[kind] ?? 0}, cập nhật ${result.updated[kind] ?? 0}, không đổi ${result.unchanged[kind] ?? 0})`,
        );
      printLines(
        io,
        result.dryRun ? `Tệp ${basename(file)} hợp lệ (chạy thử, chưa ghi gì):` : `Đã nhập tệp ${basename(file)}:`,
        ...(lines.length > 0 ? lines : ['  (không có bản ghi nào)']),
        ...(result.warnings.length > 0 ? ['Cần kiểm tra:'] : []),
        ...result.warnings.map((w) => `  Dòng ${w.line}: ${w.message}`),
      );
    }
    return EXIT.ok;
  },
};

/** A rejected import prints `{ "errors": [ { line, field, message } ] }` in `--json` mode (cli.md). */
function asImportRejection(error: unknown): unknown {
  if (!(error instanceof CliFailure) || error.exitCode !== EXIT.rejected) return error;
  const issues: IssueLine[] = error.details.issues?.length ? error.details.issues : [{ message: error.message }];
  const errors = issues.map((i) => ({ line: i.line ?? null, field: i.field ?? null, message: i.message }));
  return new CliFailure(error.exitCode, error.message, { ...error.details, json: { errors } });
}

/** `qcdc records export`: the commune's records as NDJSON, or XLSX when the file name says so. */
export const recordsExportCommand: Command = {
  name: 'records export',
  async run(args, io) {
    const { parsed, dataDir, out } = parseOutputArgs(args, { kind: { type: 'string' } });
    const kind = optionalString(parsed, 'kind');
    const format = extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : 'ndjson';
    const input: RequestOf<'records.export'> = { format };
    // An unknown kind is left for the contract to reject (exit 1), with its list of kinds.
    if (kind !== undefined) input.kind = kind as NonNullable<RequestOf<'records.export'>['kind']>;
    const result = await withInstallation(dataDir, (app) => call(app, 'records.export', input));
    const content = Buffer.from(result.base64, 'base64');
    const file = writeOutputFile(out, content);
    if (flag(parsed, 'json')) {
      printJson(io, { file, format, bytes: content.length });
    } else {
      printLines(
        io,
        `Đã xuất dữ liệu (${format === 'xlsx' ? 'Excel' : 'NDJSON'}) vào ${file} (${content.length} byte).`,
      );
    }
    return EXIT.ok;
  },
};
