import { openRaw } from '../../../db/open';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../db/changelog/chain';
import { communitySpec } from '../../../db/community/spec';
import { mediatorSpec } from '../../../db/mediation/spec';
import { constraintIssue, isConstraintError } from '../../../db/store/constraint';
import { err, ok, openTestApp, tempDir } from '../../helpers/app';

// Issue 16, item 4: a constraint of the schema failing during an import is named like any other
// rule (line, field, Vietnamese reason), never "Đã xảy ra lỗi ngoài dự kiến".

const apps: ReturnType<typeof openTestApp>[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

const b64 = (lines: object[]) =>
  Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n') + '\n', 'utf8').toString('base64');

async function commune(code: string) {
  const app = openTestApp();
  apps.push(app);
  await ok(app.dispatch, 'installation.setup', { role: 'commune', code, name: `Xã ${code}`, province: 'Cao Bằng' });
  return app;
}

const teams = (app: ReturnType<typeof openTestApp>) =>
  app.sql.raw.prepare('SELECT id, name, community_id FROM mediation_team ORDER BY rowid').all() as {
    id: string;
    name: string;
  }[];

describe("a mediation_team line carrying another commune's id", () => {
  it('updates the team the community already has (natural key), keeping its id', async () => {
    const source = await commune('01001');
    await ok(source.dispatch, 'records.import', {
      fileName: 'nguon.ndjson',
      base64: b64([
        { kind: 'community', name: 'Thôn Nà Lầu', type: 'thon' },
        { kind: 'mediation_team', community: 'Thôn Nà Lầu', name: 'Tổ hòa giải Nà Lầu' },
        { kind: 'mediator', community: 'Thôn Nà Lầu', name: 'Hoàng Thị Mai', gender: 'nu' },
      ]),
    });
    const exported = await ok(source.dispatch, 'records.export', { format: 'ndjson' });

    // The other commune already has "Thôn Nà Lầu" with its own team (another id).
    const target = await commune('01002');
    await ok(target.dispatch, 'records.import', {
      fileName: 'san-co.ndjson',
      base64: b64([
        { kind: 'community', name: 'Thôn Nà Lầu', type: 'thon' },
        { kind: 'mediation_team', community: 'Thôn Nà Lầu' },
      ]),
    });
    const [own] = teams(target);
    const result = await ok(target.dispatch, 'records.import', {
      fileName: 'xa-khac.ndjson',
      base64: exported.base64,
    });
    expect(result.updated.mediation_team).toBe(1);
    expect(result.created.mediator).toBe(1);
    expect(teams(target)).toEqual([expect.objectContaining({ id: own!.id, name: 'Tổ hòa giải Nà Lầu' })]);
    // Importing the same file again changes nothing (interchange.md: natural keys are idempotent).
    const again = await ok(target.dispatch, 'records.import', { fileName: 'lai.ndjson', base64: exported.base64 });
    expect(again.unchanged).toMatchObject({ community: 1, mediation_team: 1, mediator: 1 });
    expect(verifyChain(target.sql)).toEqual([]);
  });

  it("refuses, naming line and field, an id of another community's team for a community that has one", async () => {
    const app = await commune('01003');
    await ok(app.dispatch, 'records.import', {
      fileName: 'a.ndjson',
      base64: b64([
        { kind: 'community', name: 'Thôn A', type: 'thon' },
        { kind: 'community', name: 'Thôn B', type: 'thon' },
        { kind: 'mediation_team', community: 'Thôn A' },
        { kind: 'mediation_team', community: 'Thôn B' },
      ]),
    });
    const [teamA] = teams(app);
    const before = JSON.stringify(teams(app));
    const e = await err(app.dispatch, 'records.import', {
      fileName: 'b.ndjson',
      base64: b64([
        { kind: 'community', name: 'Thôn B', type: 'thon' },
        { kind: 'mediation_team', id: teamA!.id, community: 'Thôn B' },
      ]),
    });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([expect.objectContaining({ line: 2, field: 'id' })]);
    expect(e.issues![0]!.message).toContain('đã có tổ hòa giải');
    expect(JSON.stringify(teams(app))).toBe(before);
  });
});

describe('constraint failures as field issues', () => {
  const db = openRaw(join(tempDir(), 'rang-buoc.sqlite'));
  db.exec(`
    CREATE TABLE community (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('thon', 'to_dan_pho')));
    CREATE UNIQUE INDEX community_name ON community (name);
    CREATE TABLE mediator (id TEXT PRIMARY KEY, gender TEXT NOT NULL CHECK (gender IN ('nam', 'nu')));
    INSERT INTO community VALUES ('c1', 'Thôn A', 'thon');
  `);
  const failure = (statement: string): Error & { code: string } => {
    try {
      db.exec(statement);
    } catch (error) {
      if (isConstraintError(error)) return error;
      throw error;
    }
    throw new Error('no failure');
  };

  it('names the field of a UNIQUE, PRIMARY KEY, NOT NULL and CHECK failure in Vietnamese', () => {
    const spec = communitySpec as never;
    expect(constraintIssue(failure("INSERT INTO community VALUES ('c2', 'Thôn A', 'thon')"), spec)).toMatchObject({
      field: 'name',
      message: expect.stringContaining('trùng'),
    });
    expect(constraintIssue(failure("INSERT INTO community VALUES ('c1', 'Thôn B', 'thon')"), spec)).toMatchObject({
      field: 'id',
      message: expect.stringContaining('đã được dùng'),
    });
    expect(constraintIssue(failure("INSERT INTO community VALUES ('c3', NULL, 'thon')"), spec)).toMatchObject({
      field: 'name',
      message: expect.stringContaining('bắt buộc'),
    });
    expect(constraintIssue(failure("INSERT INTO community VALUES ('c4', 'Thôn C', 'lang')"), spec)).toMatchObject({
      field: 'type',
      message: expect.stringContaining('không hợp lệ'),
    });
    expect(constraintIssue(failure("INSERT INTO mediator VALUES ('m1', 'khac')"), mediatorSpec as never)).toMatchObject(
      { field: 'gender' },
    );
  });
});
