import { AppError, ruleError } from '../../shared/contract/errors';
import type { MediationTeam } from '../../shared/mediation/schema';
import { MIN_MEDIATORS_PER_TEAM } from '../../shared/mediation/codes';
import { matchesQuery } from '../../shared/util/fold';
import { todayIso } from '../../shared/util/dates';
import { getCommunity } from '../community/service';
import { all, first, prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { teamSpec, type TeamData } from './spec';

interface TeamRow {
  community_name: string;
  active: number;
  female: number;
}

/** Lists live teams with their community, composition figures and legal warnings (Điều 12). */
export function listTeams(sql: Sql, search: string, today: string = todayIso()): MediationTeam[] {
  const rows = all(
    sql,
    sql.qb
      .selectFrom('mediation_team as t')
      .innerJoin('community as c', 'c.id', 't.community_id')
      .selectAll('t')
      .select('c.name as community_name')
      .select((eb) => [
        eb
          .selectFrom('mediator as m')
          .whereRef('m.team_id', '=', 't.id')
          .where('m.deleted_at', 'is', null)
          .where((w) => w.or([w('m.left_on', 'is', null), w('m.left_on', '>', today)]))
          .select((s) => s.fn.countAll<number>().as('n'))
          .as('active'),
        eb
          .selectFrom('mediator as m')
          .whereRef('m.team_id', '=', 't.id')
          .where('m.deleted_at', 'is', null)
          .where('m.gender', '=', 'nu')
          .where((w) => w.or([w('m.left_on', 'is', null), w('m.left_on', '>', today)]))
          .select((s) => s.fn.countAll<number>().as('n'))
          .as('female'),
      ])
      .where('t.deleted_at', 'is', null)
      .orderBy('c.name'),
  );
  return rows
    .map((row) => toTeam(row as unknown as Record<string, unknown> & TeamRow))
    .filter((t) => matchesQuery(`${t.name} ${t.communityName}`, search));
}

function toTeam(row: Record<string, unknown> & TeamRow): MediationTeam {
  const base = fromRow(teamSpec, row);
  const active = Number(row.active);
  const female = Number(row.female);
  return {
    ...base,
    communityName: row.community_name,
    activeMediators: active,
    femaleMediators: female,
    warnings: teamWarnings(active, female),
  };
}

/** The legal warnings for a team with these active mediators (Luật Hòa giải ở cơ sở Điều 12). */
export function teamWarnings(active: number, female: number): MediationTeam['warnings'] {
  const out: MediationTeam['warnings'] = [];
  if (active < MIN_MEDIATORS_PER_TEAM) {
    out.push({
      code: 'too_few',
      message: `Tổ hòa giải phải có ít nhất ${MIN_MEDIATORS_PER_TEAM} hòa giải viên (hiện có ${active}).`,
    });
  }
  if (female === 0) out.push({ code: 'no_woman', message: 'Tổ hòa giải phải có ít nhất một hòa giải viên nữ.' });
  return out;
}

/** Reads one live team with its figures. */
export function getTeam(sql: Sql, id: string): MediationTeam {
  requireLive(sql, teamSpec, id);
  const team = listTeams(sql, '').find((t) => t.id === id);
  if (!team) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ hòa giải này.');
  return team;
}

/** The live team of a community, if it has one. */
export function teamOfCommunity(sql: Sql, communityId: string): { id: string } | undefined {
  // A prepared statement, not a built query: imports look the team up for every mediator line.
  return prepare(sql, 'SELECT id FROM mediation_team WHERE community_id = ? AND deleted_at IS NULL').get(
    communityId,
  ) as { id: string } | undefined;
}

/** The name a team gets when none is given: "Tổ hòa giải" and its community's name. */
export function defaultTeamName(communityName: string): string {
  return `Tổ hòa giải ${communityName}`;
}

function withDefaults(sql: Sql, fields: TeamData): TeamData {
  const community = getCommunity(sql, fields.communityId);
  return { ...fields, name: fields.name ?? defaultTeamName(community.name) };
}

/** Creates the team of a community (one per community, Điều 12). */
export function createTeam(
  sql: Sql,
  fields: Omit<TeamData, 'name'> & { name: string | null },
  writer: Writer,
  id?: string,
): MediationTeam {
  const data = withDefaults(sql, fields as TeamData);
  if (teamOfCommunity(sql, data.communityId)) {
    throw ruleError(
      'communityId',
      'Thôn / tổ dân phố này đã có tổ hòa giải (mỗi thôn, tổ dân phố có một tổ hòa giải).',
    );
  }
  const created = insertRecord(sql, teamSpec, data, writer, id);
  return getTeam(sql, created.id);
}

/** Updates a team. */
export function updateTeam(
  sql: Sql,
  id: string,
  version: number | null,
  fields: Omit<TeamData, 'name'> & { name: string | null },
  writer: Writer,
): MediationTeam {
  const data = withDefaults(sql, fields as TeamData);
  const other = teamOfCommunity(sql, data.communityId);
  if (other && other.id !== id) throw ruleError('communityId', 'Thôn / tổ dân phố này đã có tổ hòa giải khác.');
  updateRecord(sql, teamSpec, id, version, data, writer);
  return getTeam(sql, id);
}

/** Deletes a team with no live mediators. */
export function deleteTeam(sql: Sql, id: string, version: number, writer: Writer): void {
  const member = first(
    sql,
    sql.qb.selectFrom('mediator').select('id').where('team_id', '=', id).where('deleted_at', 'is', null),
  );
  if (member)
    throw new AppError(
      'RULE_VIOLATION',
      'Không thể xóa tổ hòa giải còn hòa giải viên. Hãy chuyển hoặc xóa hòa giải viên trước.',
    );
  deleteRecord(sql, teamSpec, id, version, writer);
}
