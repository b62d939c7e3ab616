import { communityRecord } from '../../shared/community/communityRecord';
import { AppError } from '../../shared/contract/errors';
import { lineOf } from '../../shared/record/define';
import { lineData, liveRecords, type ApplySession, type KindInterchange } from '../interchange/upsert';
import type { Sql } from '../open';
import { getStored, sameFields } from '../store/records';
import { createCommunity, findCommunityByName, updateCommunity } from './service';
import { communitySpec, type CommunityData } from './spec';

/**
 * The id of the live community a line names (interchange.md: by its exact name, declared on an
 * earlier line or already there), remembered for the rest of the import.
 */
export function communityIdByName(sql: Sql, name: string, session: ApplySession): string {
  const known = session.communityIds.get(name);
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
  session.communityIds.set(name, c.id);
  return c.id;
}

/** `community` lines: matched by id, else by name (the natural key), so a re-import changes nothing. */
export const communityInterchange: KindInterchange = {
  definition: communityRecord,
  apply(sql, line, writer, session) {
    // A community line may add or rename one: names resolved so far may be stale.
    session.communityIds.clear();
    const byId = line.id ? getStored(sql, communitySpec, line.id) : undefined;
    const existing = byId ?? findCommunityByName(sql, line.fields.name as string);
    if (!existing) {
      createCommunity(sql, lineData<CommunityData>(communityRecord, line, undefined), writer, line.id);
      return 'created';
    }
    const merged = lineData<CommunityData>(communityRecord, line, existing);
    if (sameFields(communitySpec, existing as CommunityData, merged)) return 'unchanged';
    updateCommunity(sql, existing.id, null, merged, writer);
    return 'updated';
  },
  lines: (sql, nameOf) => liveRecords(sql, communitySpec, 'name').map((c) => lineOf(communityRecord, c, nameOf)),
  names: (sql) => new Map(liveRecords(sql, communitySpec, 'name').map((c) => [c.id, c.name])),
};
