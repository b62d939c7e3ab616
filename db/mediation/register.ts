import { registerRow, type MediationRegister } from '../../shared/mediation/register';
import { CASE_CATEGORIES } from '../../shared/mediation/codes';
import { getSetting } from '../installation/settings';
import type { Sql } from '../open';
import { listCases } from './cases';
import { listMediators } from './mediators';
import { getTeam } from './teams';

/**
 * The Sổ theo dõi hoạt động hòa giải ở cơ sở of one team (domain.md §B.4): Phần I one row per case
 * in the order received, Phần II per mediator by category and result.
 */
export function buildRegister(sql: Sql, teamId: string, from: string | null, to: string | null): MediationRegister {
  const team = getTeam(sql, teamId);
  const { items } = listCases(sql, {
    search: '',
    communityId: team.communityId,
    status: null,
    category: null,
    from,
    to,
    sort: 'receivedOn_asc',
    offset: 0,
    limit: 100_000,
  });
  const rows = items.map((c, i) => registerRow(c, i + 1));
  return {
    province: getSetting(sql, 'province') ?? '',
    commune: getSetting(sql, 'name') ?? '',
    community: team.communityName,
    team: team.name,
    leader:
      listMediators(sql, { search: '', teamId, includeLeft: false }).find((m) => m.role === 'to_truong')?.name ?? null,
    from,
    to,
    rows,
    summary: summarise(items),
  };
}

function summarise(items: ReturnType<typeof listCases>['items']): MediationRegister['summary'] {
  const byMediator = new Map<string, MediationRegister['summary'][number]>();
  for (const c of items) {
    for (const name of c.mediatorNames.length ? c.mediatorNames : ['(chưa phân công)']) {
      let s = byMediator.get(name);
      if (!s) {
        s = {
          mediator: name,
          byCategory: Object.fromEntries(CASE_CATEGORIES.map((k) => [k, 0])),
          successful: 0,
          unsuccessful: 0,
          other: 0,
        };
        byMediator.set(name, s);
      }
      s.byCategory[c.category] = (s.byCategory[c.category] ?? 0) + 1;
      if (c.status === 'thanh') s.successful += 1;
      else if (c.status === 'khong_thanh' || c.status === 'cham_dut') s.unsuccessful += 1;
      else s.other += 1;
    }
  }
  return [...byMediator.values()];
}
