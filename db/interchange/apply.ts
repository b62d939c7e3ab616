import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { ParsedLine, SupportedKind } from '../../shared/interchange/schema';
import type { ParsedLine as RecordLine } from '../../shared/record/define';
import { communityIdByName } from '../community/interchange';
import { checkCaseMediators } from '../mediation/cases';
import { caseSpec, mediatorSpec, teamSpec, type CaseData, type MediatorData, type TeamData } from '../mediation/spec';
import { defaultTeamName, teamOfCommunity } from '../mediation/teams';
import { prepare, type Sql } from '../open';
import { constraintIssue, isConstraintError } from '../store/constraint';
import { RECORD_SPECS } from '../maintenance/entities';
import { getStored, insertRecord, type Writer } from '../store/records';
import { applyReceptionLine, isReceptionLine } from './applyReception';
import { interchangeOf } from './kinds';
import { upsert, type ApplySession, type Outcome } from './upsert';
import { conventionSpec } from '../convention/spec';
import { disclosureSpec } from '../disclosure/spec';
import { conventionData, disclosureData } from './publicLines';

export { newApplySession, upsert, type ApplySession, type Outcome } from './upsert';

function communityId(sql: Sql, name: string, session: ApplySession): string {
  return communityIdByName(sql, name, session);
}

function ensureTeam(sql: Sql, community: string, writer: Writer, session: ApplySession): string {
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

function applyTeam(
  sql: Sql,
  l: Extract<ParsedLine, { kind: 'mediation_team' }>,
  writer: Writer,
  session: ApplySession,
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
  session: ApplySession,
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
  session: ApplySession,
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
  session: ApplySession,
): { outcome?: Outcome; issues: FieldIssue[] } {
  try {
    const kind = interchangeOf(l.kind);
    if (kind) return { outcome: kind.apply(sql, l as unknown as RecordLine, writer, session), issues: [] };
    if (isReceptionLine(l)) return { outcome: applyReceptionLine(sql, l, writer), issues: [] };
    const outcome =
      l.kind === 'mediation_team'
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
              : applyCase(sql, l as Extract<ParsedLine, { kind: 'mediation_case' }>, writer, session);
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
