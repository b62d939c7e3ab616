import { basename, join, resolve } from 'node:path';
import type { OutputOf } from '../../../shared/contract/index';
import { appendLog } from '../../core/log';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, printJson, printLines, progress, type ExitCode } from '../io';
import { call, dataDirOf, readInputFile, requireDatabase, withInstallation, writeOutputFile } from '../session';

/** `qcdc enroll`: an office trusts communes' cards; a commune sets the office it sends to. */
export const enrollCommand: Command = {
  name: 'enroll',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        data: { type: 'string' },
        'replace-key': { type: 'boolean' },
        reason: { type: 'string' },
        json: { type: 'boolean' },
      },
      { min: 1, max: 500, label: 'một hoặc nhiều tệp thẻ' },
    );
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const replaceKey = flag(parsed, 'replace-key');
    const reason = optionalString(parsed, 'reason');
    const cards = parsed.positionals.map((file) => ({ file, json: readInputFile(resolve(file)).toString('utf8') }));
    const enrolled = await withInstallation(dataDir, async (app) => {
      const out: OutputOf<'sync.enroll'>[] = [];
      for (const card of cards) {
        const preview = await call(app, 'sync.previewCard', { cardJson: card.json });
        // The CLI confirms the fingerprint by printing it: the operator reads it back to the sender.
        const peer = await call(app, 'sync.enroll', {
          cardJson: card.json,
          confirmFingerprint: preview.card.fingerprint,
          replaceKey,
          ...(reason ? { reason } : {}),
        });
        if (preview.status === 'key_differs') {
          appendLog(dataDir, `enroll --replace-key ${peer.code} ${preview.current?.keyId ?? ''} -> ${peer.keyId}`);
        }
        out.push(peer);
        if (!flag(parsed, 'json')) {
          const what =
            preview.status === 'same'
              ? 'đã đăng ký từ trước'
              : preview.status === 'new'
                ? 'đã đăng ký'
                : 'đã thay khóa';
          printLines(io, `${peer.name} (${peer.code}): ${what}. Dấu vân tay: ${peer.fingerprint}`);
        }
      }
      return out;
    });
    if (flag(parsed, 'json')) printJson(io, { enrolled });
    else printLines(io, 'Hãy đọc lại dấu vân tay với nơi gửi thẻ (qua điện thoại) để chắc chắn thẻ không bị tráo.');
    return EXIT.ok;
  },
};

/** `qcdc bundle export`: the changes the office has not acknowledged, signed and encrypted. */
export const bundleExportCommand: Command = {
  name: 'bundle export',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      data: { type: 'string' },
      out: { type: 'string' },
      full: { type: 'boolean' },
      reason: { type: 'string' },
      all: { type: 'boolean' },
      'no-self': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const dataDir = dataDirOf(parsed);
    const out = requireString(parsed, 'out');
    requireDatabase(dataDir);
    const profile = flag(parsed, 'full') ? 'full' : 'minimal';
    const reason = optionalString(parsed, 'reason');
    if (profile === 'full' && !reason?.trim()) {
      throw new CliFailure(EXIT.usage, 'Gửi đầy đủ (--full) phải ghi lý do: thêm --reason "…".', { code: 'USAGE' });
    }
    const sent = await withInstallation(dataDir, (app) =>
      call(app, 'sync.exportBundle', {
        profile,
        all: flag(parsed, 'all'),
        encryptToSelf: !flag(parsed, 'no-self'),
        ...(reason ? { reason } : {}),
      }),
    );
    const bytes = Buffer.from(sent.base64, 'base64');
    const file = writeOutputFile(out, bytes);
    const { fromSeq, toSeq, changes, detail } = sent.event;
    appendLog(
      dataDir,
      `bundle export ${profile} seq=${fromSeq}-${toSeq} -> ${file}${reason ? ` reason=${reason}` : ''}`,
    );
    if (flag(parsed, 'json')) {
      printJson(io, {
        file,
        fromSeq,
        toSeq,
        changes,
        bytes: bytes.length,
        profile,
        payloadSha256: detail.payloadSha256,
      });
    } else {
      printLines(
        io,
        `Đã ghi gói dữ liệu gửi ${String(detail.officeName)} vào ${file} (${bytes.length} byte).`,
        `Thay đổi số ${fromSeq} đến ${toSeq}: ${changes} thay đổi.`,
        `SHA-256 của payload.age: ${String(detail.payloadSha256)}`,
        profile === 'full'
          ? `Chế độ đầy đủ (--full), lý do: ${reason}. Gói có cả họ tên, địa chỉ và nội dung.`
          : 'Chế độ tối thiểu: đã bỏ họ tên, địa chỉ, số điện thoại và nội dung tự do.',
      );
    }
    return EXIT.ok;
  },
};

type ImportResult = OutputOf<'sync.importBundle'>;

/** `qcdc bundle import`: verifies, decrypts and applies bundles, each atomically and idempotently. */
export const bundleImportCommand: Command = {
  name: 'bundle import',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        data: { type: 'string' },
        'dry-run': { type: 'boolean' },
        receipts: { type: 'string' },
        json: { type: 'boolean' },
      },
      { min: 1, max: 10_000, label: 'một hoặc nhiều tệp gói dữ liệu (.qcdc)' },
    );
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const dryRun = flag(parsed, 'dry-run');
    const json = flag(parsed, 'json');
    const bar = progress(io);
    const results = await withInstallation(dataDir, async (app) => {
      const out: ImportResult[] = [];
      for (const [i, file] of parsed.positionals.entries()) {
        bar.update(`Đang nhập ${i + 1}/${parsed.positionals.length}: ${basename(file)}…`);
        const bytes = readInputFile(resolve(file));
        const result = await call(app, 'sync.importBundle', {
          fileName: basename(file),
          base64: bytes.toString('base64'),
          dryRun,
        });
        out.push({ ...result, file });
        if (!json) printLines(io, describe(result, dryRun));
      }
      return out;
    });
    bar.done();
    const receipts = optionalString(parsed, 'receipts');
    const written = receipts && !dryRun ? writeReceipts(results, resolve(receipts)) : [];
    const gaps = finalGaps(results);
    for (const r of results) {
      if (r.ok)
        appendLog(
          dataDir,
          `bundle import ${r.file} commune=${r.commune} seq=${r.fromSeq}-${r.toSeq} applied=${r.applied}${dryRun ? ' (dry-run)' : ''}`,
        );
      else appendLog(dataDir, `bundle import refused ${r.file}: ${r.message}`);
    }
    if (json) {
      printJson(io, {
        bundles: results.map((r) => ({
          file: r.file,
          commune: r.commune,
          fromSeq: r.fromSeq,
          toSeq: r.toSeq,
          applied: r.applied,
          duplicate: r.duplicate,
          ok: r.ok,
          ...(r.ok ? {} : { error: r.message, failure: r.failure }),
        })),
        gaps,
        dryRun,
        receipts: written,
      });
    } else {
      for (const g of gaps)
        printLines(io, `Xã ${g.commune}: còn thiếu thay đổi số ${g.missingFromSeq} đến ${g.missingToSeq}.`);
      for (const f of written) printLines(io, `Đã ghi biên nhận: ${f}`);
    }
    return worstExit(results);
  },
};

function describe(r: ImportResult, dryRun: boolean): string {
  if (!r.ok) return `${r.file}: BỊ TỪ CHỐI — ${r.message}`;
  const range = `xã ${r.commune}, thay đổi số ${r.fromSeq} đến ${r.toSeq}`;
  if (r.duplicate) return `${r.file}: đã nhập trước đây (${range}), không có gì mới.`;
  return `${r.file}: ${dryRun ? 'hợp lệ, sẽ áp dụng' : 'đã áp dụng'} ${r.applied} thay đổi (${range}).`;
}

function worstExit(results: ImportResult[]): ExitCode {
  if (results.some((r) => r.failure === 'security')) return EXIT.security;
  if (results.some((r) => r.failure === 'rejected')) return EXIT.rejected;
  return EXIT.ok;
}

/** The gaps after the last import of each commune. */
function finalGaps(results: ImportResult[]): ImportResult['gaps'] {
  const last = new Map<string, ImportResult['gaps']>();
  for (const r of results) if (r.ok && r.commune) last.set(r.commune, r.gaps);
  return [...last.values()].flat();
}

/** One receipt per commune (the last import's, covering the most). */
function writeReceipts(results: ImportResult[], dir: string): string[] {
  const last = new Map<string, NonNullable<ImportResult['receipt']>>();
  for (const r of results) if (r.ok && r.commune && r.receipt) last.set(r.commune, r.receipt);
  return [...last.values()].map((receipt) =>
    writeOutputFile(join(dir, receipt.fileName), Buffer.from(receipt.base64, 'base64')),
  );
}

/** `qcdc receipt import`: the commune loads the office's receipt; acknowledged changes are delivered. */
export const receiptImportCommand: Command = {
  name: 'receipt import',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { data: { type: 'string' }, json: { type: 'boolean' } },
      { min: 1, max: 1, label: 'một tệp biên nhận' },
    );
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const file = resolve(parsed.positionals[0]!);
    const bytes = readInputFile(file);
    const result = await withInstallation(dataDir, (app) =>
      call(app, 'sync.importReceipt', { fileName: basename(file), base64: bytes.toString('base64') }),
    );
    appendLog(dataDir, `receipt import ${file} toSeq=${result.toSeq}`);
    if (flag(parsed, 'json')) printJson(io, result);
    else
      printLines(
        io,
        result.alreadyKnown
          ? `Biên nhận đến thay đổi số ${result.toSeq} đã có trước đây; không thay đổi gì.`
          : `Đã nhận biên nhận của ${result.office}: đã giao đến thay đổi số ${result.acknowledgedSeq}.`,
      );
    return EXIT.ok;
  },
};
