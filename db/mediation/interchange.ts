import { AppError } from '../../shared/contract/errors';
import { caseRecord } from '../../shared/mediation/caseRecord';
import { mediatorRecord } from '../../shared/mediation/mediatorRecord';
import { teamRecord } from '../../shared/mediation/teamRecord';
import { lineOf } from '../../shared/record/define';
import { communityIdByName } from '../community/interchange';
import {
  applyById,
  lineData,
  liveRecords,
  upsert,
  type ApplySession,
  type KindInterchange,
} from '../interchange/upsert';
import { prepare, type Sql } from '../open';
import { getStored, insertRecord, type Writer } from '../store/records';
import { checkCaseMediators } from './cases';
import { caseSpec, mediatorSpec, teamSpec, type CaseData, type MediatorData, type TeamData } from './spec';
import { defaultTeamName, teamOfCommunity } from './teams';

/** The team of the community a line names; a mediator listed for a community without one gets it created. */
function ensureTeam(sql: Sql, community: string, writer: Writer, session: ApplySession): string {
  const id = communityIdByName(sql, community, session);
  const team = teamOfCommunity(sql, id);
  if (team) return team.id;
  // One team per community (Điều 12).
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

/** `mediation_team` lines: one team per community, so the community is the natural key. */
export const teamInterchange: KindInterchange = {
  definition: teamRecord,
  apply(sql, line, writer, session) {
    const community = line.fields.communityId as string;
    const cid = communityIdByName(sql, community, session);
    const existing = teamOfCommunity(sql, cid);
    // Natural key first (interchange.md: a team line for a community that has its team updates that
    // team): a line exported by another commune carries that commune's id, which must not create a
    // second team here. Ids never change, so the team keeps its own id.
    if (existing && line.id && line.id !== existing.id && getStored(sql, teamSpec, line.id)) {
      throw new AppError('RULE_VIOLATION', '', [
        {
          field: 'id',
          message: `Mã (id) này là của một tổ hòa giải khác, nhưng "${community}" đã có tổ hòa giải (mỗi thôn / tổ dân phố chỉ có một tổ).`,
        },
      ]);
    }
    const current = existing ? getStored(sql, teamSpec, existing.id) : undefined;
    const data = lineData<TeamData>(teamRecord, line, current);
    data.communityId = cid;
    data.name = (line.fields.name as string | null) ?? current?.name ?? defaultTeamName(community);
    return upsert(sql, teamSpec, existing ? existing.id : line.id, undefined, data, writer);
  },
  lines: (sql, nameOf) => liveRecords(sql, teamSpec, 'created_at').map((t) => lineOf(teamRecord, t, nameOf)),
  // A team is named by its community in the lines that refer to it.
  names: (sql, nameOf) =>
    new Map(liveRecords(sql, teamSpec, 'created_at').map((t) => [t.id, nameOf('community', t.communityId) ?? ''])),
};

/** `mediator` lines: the team is the one of the community the line names. */
export const mediatorInterchange: KindInterchange = {
  definition: mediatorRecord,
  apply: (sql, line, writer, session) =>
    applyById<MediatorData>(sql, mediatorRecord, mediatorSpec, line, writer, (data) => ({
      ...data,
      teamId: ensureTeam(sql, line.fields.teamId as string, writer, session),
    })),
  lines: (sql, nameOf) => liveRecords(sql, mediatorSpec, 'created_at').map((m) => lineOf(mediatorRecord, m, nameOf)),
  names: (sql) => new Map(liveRecords(sql, mediatorSpec, 'created_at').map((m) => [m.id, m.name])),
};

/** `mediation_case` lines: the community by name, the mediators by name within its team. */
export const caseInterchange: KindInterchange = {
  definition: caseRecord,
  apply: (sql, line, writer, session) =>
    applyById<CaseData>(sql, caseRecord, caseSpec, line, writer, (data) => {
      const community = line.fields.communityId as string;
      const mediators = line.fields.mediatorIds as string[];
      const cid = communityIdByName(sql, community, session);
      const team = mediators.length ? teamOfCommunity(sql, cid) : undefined;
      if (mediators.length && !team) {
        throw new AppError('RULE_VIOLATION', '', [
          { field: 'mediators', message: `Thôn / tổ dân phố "${community}" chưa có tổ hòa giải.` },
        ]);
      }
      const resolved = {
        ...data,
        communityId: cid,
        parties: data.parties.map((p) => ({ name: p.name, birthYear: p.birthYear ?? null, address: p.address })),
        mediatorIds: team ? mediatorIdsByName(sql, team.id, mediators) : [],
      };
      // The community was just resolved by name as a live one in this transaction, so only the
      // mediator rules of checkCaseRules remain to be checked.
      checkCaseMediators(sql, resolved);
      return resolved;
    }),
  lines: (sql, nameOf) =>
    liveRecords(sql, caseSpec, 'received_on, created_at').map((c) => lineOf(caseRecord, c, nameOf)),
};
