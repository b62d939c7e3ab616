import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOk, initArgs, jsonOf, qcdc, readDatabase, runProgram, tempFolders } from './helpers';

const temp = tempFolders();
afterAll(() => temp.cleanup());

// minisign prints the key id as an unpadded hexadecimal number (printf "%" PRIX64).
const KEY_ID = /^[0-9A-F]{1,16}$/;
const FINGERPRINT = /^[A-Z2-7]{4}(-[A-Z2-7]{4})+$/;

interface InitJson {
  role: string;
  code: string;
  name: string;
  keyId: string;
  fingerprint: string;
}

function settingsOf(dataDir: string): Record<string, string> {
  return readDatabase(join(dataDir, 'qcdc.sqlite'), (db) => {
    const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  });
}

describe('qcdc init, card and keys', { timeout: 180_000 }, () => {
  const root = temp.make();
  const commune = join(root, 'xa');
  const office = join(root, 'so');
  const backup = join(root, 'sao-luu-khoa');
  let first: InitJson;

  it('sets up a commune and an office, printing the cli.md --json shape', async () => {
    const bad = join(root, 'sai-ma');
    const [c, o, wrongCode] = await Promise.all([
      qcdc(initArgs(commune, 'commune', '08123', 'Xã Tân Hưng', '--province', 'Tuyên Quang', '--json')),
      qcdc(initArgs(office, 'office', 'STP-TQ', 'Sở Tư pháp tỉnh Tuyên Quang', '--json')),
      qcdc(initArgs(bad, 'commune', '8123', 'Xã Sai Mã')),
    ]);
    expectOk(c);
    first = jsonOf<InitJson>(c);
    expect(Object.keys(first).sort()).toEqual(['code', 'fingerprint', 'keyId', 'name', 'role']);
    expect(first).toMatchObject({ role: 'commune', code: '08123', name: 'Xã Tân Hưng' });
    expect(first.keyId).toMatch(KEY_ID);
    expect(first.fingerprint).toMatch(FINGERPRINT);

    expectOk(o);
    const officeJson = jsonOf<InitJson>(o);
    expect(officeJson).toMatchObject({ role: 'office', code: 'STP-TQ', name: 'Sở Tư pháp tỉnh Tuyên Quang' });
    expect(officeJson.keyId).toMatch(KEY_ID);
    expect(officeJson.keyId).not.toBe(first.keyId);

    expect(wrongCode.code).toBe(1);
    expect(wrongCode.stderr).toContain('Mã xã gồm đúng 5 chữ số');
    expect(existsSync(bad)).toBe(false);
  });

  it('refuses to initialise a folder twice (exit 2), leaving the installation as it was', async () => {
    const again = await qcdc(initArgs(commune, 'commune', '08999', 'Xã Khác', '--json'));
    expect(again.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(again).error.code).toBe('ALREADY_INITIALISED');
    expect(settingsOf(commune)).toMatchObject({ code: '08123', keyId: first.keyId });
  });

  it('writes a qcdc.card/1 card whose keys the real minisign and age programs accept', async () => {
    const cardFile = join(root, 'the.json');
    const [card, exported] = await Promise.all([
      qcdc(['card', '--data', commune, '--out', cardFile]),
      qcdc(['keys', 'export', '--data', commune, '--out', backup, '--json']),
    ]);
    expectOk(card);
    expectOk(exported);
    const doc = JSON.parse(readFileSync(cardFile, 'utf8')) as Record<string, string>;
    expect(doc).toMatchObject({
      schema: 'qcdc.card/1',
      role: 'commune',
      code: '08123',
      name: 'Xã Tân Hưng',
      keyId: first.keyId,
      fingerprint: first.fingerprint,
    });
    expect(doc.ageRecipient).toMatch(/^age1[0-9a-z]+$/);
    expect(doc.minisignPublicKey).toMatch(new RegExp(`^untrusted comment: .*\\n[A-Za-z0-9+/=]{56}\\n$`));
    expect(jsonOf<{ encrypted: boolean; keyId: string }>(exported)).toMatchObject({
      encrypted: false,
      keyId: first.keyId,
    });

    // A message signed by minisign with the exported secret key verifies against the card's public key.
    writeFileSync(join(root, 'commune.pub'), doc.minisignPublicKey!);
    writeFileSync(join(root, 'bao-cao.txt'), 'Báo cáo quý I năm 2026\n');
    const sign = runProgram('minisign', ['-S', '-s', join(backup, 'minisign.key'), '-m', 'bao-cao.txt'], root);
    expect(sign.status, sign.output).toBe(0);
    const verify = runProgram('minisign', ['-V', '-p', 'commune.pub', '-m', 'bao-cao.txt'], root);
    expect(verify.status, verify.output).toBe(0);
    expect(verify.output).toContain('Signature and comment signature verified');
    writeFileSync(join(root, 'bao-cao.txt'), 'Báo cáo quý I năm 2026 (đã sửa)\n');
    expect(runProgram('minisign', ['-V', '-p', 'commune.pub', '-m', 'bao-cao.txt'], root).status).not.toBe(0);

    // What age encrypts to the card's recipient, the exported identity decrypts.
    const enc = runProgram('age', ['-r', doc.ageRecipient!, '-o', 'bao-cao.age', 'bao-cao.txt'], root);
    expect(enc.status, enc.output).toBe(0);
    const dec = runProgram('age', ['-d', '-i', join(backup, 'age-identity.txt'), 'bao-cao.age'], root);
    expect(dec.status, dec.output).toBe(0);
    expect(dec.output).toBe('Báo cáo quý I năm 2026 (đã sửa)\n');
  });

  it('restores the exported keys onto a freshly initialised machine (key id and settings follow)', async () => {
    const reinstalled = join(root, 'may-moi');
    const init = await qcdc(initArgs(reinstalled, 'commune', '08123', 'Xã Tân Hưng', '--json'));
    expectOk(init);
    const fresh = jsonOf<InitJson>(init);
    expect(fresh.keyId).not.toBe(first.keyId);

    const imported = await qcdc(['keys', 'import', '--data', reinstalled, '--from', backup, '--json']);
    expectOk(imported);
    expect(jsonOf(imported)).toEqual({
      keyId: first.keyId,
      fingerprint: first.fingerprint,
      previousKeyId: fresh.keyId,
    });
    expect(settingsOf(reinstalled)).toMatchObject({ keyId: first.keyId, fingerprint: first.fingerprint });

    const cardFile = join(reinstalled, 'the.json');
    const [card, check, missing] = await Promise.all([
      qcdc(['card', '--data', reinstalled, '--out', cardFile]),
      qcdc(['check', '--data', reinstalled, '--json']),
      qcdc(['keys', 'import', '--data', reinstalled, '--from', join(root, 'khong-co')]),
    ]);
    expectOk(card);
    expect(JSON.parse(readFileSync(cardFile, 'utf8'))).toMatchObject({
      keyId: first.keyId,
      fingerprint: first.fingerprint,
    });
    expect(check.code, check.stdout).toBe(0);
    expect(jsonOf(check)).toMatchObject({ ok: true, problems: [] });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('minisign.key');
  });
});
