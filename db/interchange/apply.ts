import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { ParsedLine, SupportedKind } from '../../shared/interchange/schema';
import { createCommunity, findCommunityByName, updateCommunity } from '../community/service';
import { communitySpec, type CommunityData } from '../community/spec';
import { checkCaseMediators } from '../mediation/cases';
import { caseSpec, mediatorSpec, teamSpec, type CaseData, type MediatorData, type TeamData } from '../mediation/spec';
import { defaultTeamName, teamOfCommunity } from '../mediation/teams';
import { prepare, type Sql } from '../open';
import type { EntitySpec } from '../store/entity';
import { constraintIssue, isConstraintError } from '../store/constraint';
import { RECORD_SPECS } from '../maintenance/entities';
import { getStored, insertRecord, sameFields, updateRecord, type Writer } from '../store/records';
import { applyReceptionLine, isReceptionLine } from './applyReception';
import { conventionSpec } from '../convention/spec';
import { disclosureSpec } from '../disclosure/spec';
import { conventionData, disclosureData } from './publicLines';
import type { RawLine } from './parse';

/** What happened to one line. */
export type Outcome = 'created' | 'updated' | 'unchanged';

/**
 * Writes one record by id or natural key: a new record, an update, or nothing when the stored
 * fields are already the same (so re-importing a file changes nothing).
 */
export function upsert<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  id: string | undefined,
  existingId: string | undefined,
  data: F,
  writer: Writer,
): Outcome {
  const targetId = id ?? existingId;
  const current = targetId ? getStored(sql, spec, targetId) : undefined;
  if (!current) {
    insertRecord(sql, spec, data, writer, targetId);
    return 'created';
  }
  if (current.deletedAt !== null) {
    throw new AppError('RULE_VIOLATION', `Bản ghi ${current.id} đã bị xóa trước đó, không thể nhập lại với cùng mã.`, [
      { field: 'id', message: 'Bản ghi đã bị xóa.' },
    ]);
  }
  if (sameFields(spec, current as F, data)) return 'unchanged';
  updateRecord(sql, spec, current.id, null, data, writer);
  return 'updated';
}

/**
 * State kept across the lines of one import, inside its one transaction: the ids of live
 * communities by name, forgotten whenever a community line is applied (it may add or rename one).
 */
export interface ApplySession {
  communityIds: Map<string, string>;
}

/** A fresh {@link ApplySession} for one import transaction. */
export function newApplySession(): ApplySession {
  return { communityIds: new Map() };
}

function communityId(sql: Sql, name: string, session?: ApplySession): string {
  const known = session?.communityIds.get(name);
  if (known !== undefined) return known;
  const c = findCommunityByName(sql, name);
  if (!c) {
    throw new AppError('RULE_VIOLATION', '', [
      {
        field: 'community',
        message: `Không có thôn / tổ dân phố "${name}" (phải khai báo ở dòng trước hoặc đã có sẵn).`,
      },
    ]);
  }
  session?.communityIds.set(name, c.id);
  return c.id;
}

function ensureTeam(sql: Sql, community: string, writer: Writer, session?: ApplySession): string {
  const id = communityId(sql, community, session);
  const team = teamOfCommunity(sql, id);
  if (team) return team.id;
  // One team per community (Điều 12): a mediator listed for a community without one gets it created.
  return insertRecord(
    sql,
    teamSpec,
    { communityId: id, name: defaultTeamName(community), establishedOn: null, decisionRef: null, note: null },
    writer,
  ).id;
}

function mediatorIdsByName(sql: Sql, teamId: string, names: string[]): string[] {
  const rows = prepare(sql, 'SELECT id, name FROM mediator WHERE team_id = ? AND deleted_at IS NULL').all(teamId) as {
    id: string;
    name: string;
  }[];
  return names.map((name) => {
    const found = rows.find((r) => r.name === name);
    if (!found)
      throw new AppError('RULE_VIOLATION', '', [
        { field: 'mediators', message: `Tổ hòa giải không có hòa giải viên "${name}".` },
      ]);
    return found.id;
  });
}

function applyCommunity(sql: Sql, l: Extract<ParsedLine, { kind: 'community' }>, writer: Writer): Outcome {
  const data: CommunityData = { name: l.name, type: l.type, households: l.households ?? null, note: null };
  const byId = l.id ? getStored(sql, communitySpec, l.id) : undefined;
  const existing = byId ?? findCommunityByName(sql, l.name);
  if (!existing) {
    createCommunity(sql, data, writer, l.id);
    return 'created';
  }
  const merged = { ...data, note: existing.note };
  if (sameFields(communitySpec, existing as CommunityData, merged)) return 'unchanged';
  updateCommunity(sql, existing.id, null, merged, writer);
  return 'updated';
}

function applyTeam(
  sql: Sql,
  l: Extract<ParsedLine, { kind: 'mediation_team' }>,
  writer: Writer,
  session?: ApplySession,
): Outcome {
  const cid = communityId(sql, l.community, session);
  const existing = teamOfCommunity(sql, cid);
  // Natural key first (interchange.md: one team per community, and a team line for a community that
  // has its team updates that team): a line exported by another commune carries that commune's id,
  // which must not create a second team here. Ids never change, so the team keeps its own id.
  if (existing && l.id && l.id !== existing.id && getStored(sql, teamSpec, l.id)) {
    throw new AppError('RULE_VIOLATION', '', [
      {
        field: 'id',
        message: `Mã (id) này là của một tổ hòa giải khác, nhưng "${l.community}" đã có tổ hòa giải (mỗi thôn / tổ dân phố chỉ có một tổ).`,
      },
    ]);
  }
  const current = existing ? getStored(sql, teamSpec, existing.id) : undefined;
  const data: TeamData = {
    communityId: cid,
    name: l.name ?? current?.name ?? defaultTeamName(l.community),
    establishedOn: current?.establishedOn ?? null,
    decisionRef: current?.decisionRef ?? null,
    note: current?.note ?? null,
  };
  return upsert(sql, teamSpec, existing ? existing.id : l.id, undefined, data, writer);
}

function applyMediator(
  sql: Sql,
  l: Extract<ParsedLine, { kind: 'mediator' }>,
  writer: Writer,
  session?: ApplySession,
): Outcome {
  const teamId = ensureTeam(sql, l.community, writer, session);
  const data: MediatorData = {
    teamId,
    name: l.name,
    gender: l.gender,
    birthYear: l.birthYear ?? null,
    ethnicMinority: l.ethnicMinority,
    role: l.role,
    recognizedOn: l.recognizedOn,
    decisionRef: l.decisionRef,
    leftOn: l.leftOn,
    phone: null,
    note: null,
  };
  return upsert(sql, mediatorSpec, l.id, undefined, data, writer);
}

function applyCase(
  sql: Sql,
  l: Extract<ParsedLine, { kind: 'mediation_case' }>,
  writer: Writer,
  session?: ApplySession,
): Outcome {
  const cid = communityId(sql, l.community, session);
  const team = l.mediators.length ? teamOfCommunity(sql, cid) : undefined;
  if (l.mediators.length && !team) {
    throw new AppError('RULE_VIOLATION', '', [
      { field: 'mediators', message: `Thôn / tổ dân phố "${l.community}" chưa có tổ hòa giải.` },
    ]);
  }
  const data: CaseData = {
    communityId: cid,
    receivedOn: l.receivedOn,
    category: l.category,
    grounds: null,
    summary: l.summary,
    status: l.status,
    closedOn: l.closedOn,
    parties: l.parties.map((p) => ({ name: p.name, birthYear: p.birthYear ?? null, address: p.address })),
    mediatorIds: team ? mediatorIdsByName(sql, team.id, l.mediators) : [],
    invited: null,
    agreement: l.agreement,
    note: null,
  };
  // The community was just resolved by name as a live one in this transaction, so only the
  // mediator rules of checkCaseRules remain to be checked.
  checkCaseMediators(sql, data);
  return upsert(sql, caseSpec, l.id, undefined, data, writer);
}

/** Applies one validated line; a rule broken by it becomes issues carrying its line number. */
export function applyLine(
  sql: Sql,
  l: ParsedLine & { line: number },
  writer: Writer,
  session?: ApplySession,
): { outcome?: Outcome; issues: FieldIssue[] } {
  try {
    if (l.kind === 'community') session?.communityIds.clear();
    if (isReceptionLine(l)) return { outcome: applyReceptionLine(sql, l, writer), issues: [] };
    const outcome =
      l.kind === 'community'
        ? applyCommunity(sql, l, writer)
        : l.kind === 'mediation_team'
          ? applyTeam(sql, l, writer, session)
          : l.kind === 'mediator'
            ? applyMediator(sql, l, writer, session)
            : l.kind === 'disclosure'
              ? upsert(sql, disclosureSpec, l.id, undefined, disclosureData(sql, l), writer)
              : l.kind === 'convention'
                ? upsert(
                    sql,
                    conventionSpec,
                    l.id,
                    undefined,
                    conventionData(sql, l, communityId(sql, l.community, session)),
                    writer,
                  )
                : applyCase(sql, l, writer, session);
    return { outcome, issues: [] };
  } catch (error) {
    if (isConstraintError(error)) {
      // Rolled back with the whole import; the line and field are named like any other rule.
      return {
        issues: [
          {
            line: l.line,
            ...constraintIssue(
              error,
              RECORD_SPECS.find((s) => s.entity === l.kind),
            ),
          },
        ],
      };
    }
    if (!(error instanceof AppError)) throw error;
    const issues = error.issues.length ? error.issues : [{ field: '', message: error.message }];
    return { issues: issues.map((i) => ({ line: l.line, field: i.field, message: i.message })) };
  }
}

/** Kinds whose line names a thôn / tổ dân phố by its name (interchange.md). */
const NAMES_COMMUNITY: readonly string[] = ['mediation_team', 'mediator', 'mediation_case', 'convention'];

/**
 * What the database can still judge of a line its schema refused: the thôn / tổ dân phố it names.
 * Checked in file order inside the import's transaction, so a thôn of an earlier line is known; the
 * clerk then sees every problem of the line at once, not the date errors first and the thôn later.
 */
export function referenceIssues(sql: Sql, raw: RawLine, session: ApplySession): FieldIssue[] {
  const value = raw.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const { kind, community } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !NAMES_COMMUNITY.includes(kind)) return [];
  if (typeof community !== 'string' || community.trim() === '') return [];
  try {
    communityId(sql, community.trim(), session);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const at = (field: string) => (raw.where ? `${raw.where}!${field}` : field);
    return error.issues.map((i) => ({ line: raw.line, field: at(i.field), message: i.message }));
  }
}

/** Kinds in the order records depend on each other. */
export const KIND_ORDER: SupportedKind[] = [
  'community',
  'mediation_team',
  'mediator',
  'mediation_case',
  'reception_session',
  'reception_visit',
  'petition',
  'dialogue',
  'supervision',
  'disclosure',
  'convention',
];
