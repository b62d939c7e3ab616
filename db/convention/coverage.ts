import type { ConventionCoverage } from '../../shared/convention/schema';
import { prepare, type Sql } from '../open';
import { statusOn, type ConventionData } from './spec';
import { liveConventions } from './service';
import type { Stored } from '../store/entity';

interface CommunityRow {
  id: string;
  name: string;
  households: number | null;
}

/** Live communities, by name. */
function communities(sql: Sql): CommunityRow[] {
  return prepare(
    sql,
    'SELECT id, name, households FROM community WHERE deleted_at IS NULL ORDER BY name',
  ).all() as CommunityRow[];
}

/**
 * True when the convention is recognised, not suspended or repealed on the date, and its effective
 * date (when the decision sets a later one than its own) has come.
 */
export function inForceOn(c: Pick<ConventionData, 'statusLog' | 'effectiveOn'>, date: string): boolean {
  return statusOn(c, date) === 'da_cong_nhan' && (!c.effectiveOn || c.effectiveOn <= date);
}

/**
 * Every community with its latest convention and whether a convention is in force on `on`
 * (issue 4 §4: the coverage board of communities without a convention in force).
 */
export function conventionCoverage(sql: Sql, on: string): ConventionCoverage {
  const all = liveConventions(sql);
  const rows = communities(sql).map((community) => {
    const own = all.filter((c) => c.communityId === community.id);
    const inForce = own.filter((c) => inForceOn(c, on));
    const shown: Stored<ConventionData> | undefined = inForce[inForce.length - 1] ?? own[own.length - 1];
    const reviews = own
      .flatMap((c) => c.reviews.map((r) => r.on))
      .filter((d) => d <= on)
      .sort();
    return {
      communityId: community.id,
      communityName: community.name,
      households: community.households,
      conventionId: shown?.id ?? null,
      title: shown?.title ?? null,
      status: shown ? statusOn(shown, on) : null,
      inForce: inForce.length > 0,
      lastReviewOn: reviews[reviews.length - 1] ?? null,
    };
  });
  return { on, rows, communities: rows.length, withConvention: rows.filter((r) => r.inForce).length };
}
