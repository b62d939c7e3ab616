import type { ConventionsSection } from '../../shared/report/schema';
import { inForceOn } from './coverage';
import { liveConventions } from './service';
import { prepare, type Sql } from '../open';

/**
 * Convention figures for [from, to] (reports.md § conventions). Statuses are taken as of `to`
 * from each convention's dated status events, so a recognition or repeal after `to` changes nothing.
 */
export function conventionFigures(sql: Sql, from: string, to: string): ConventionsSection {
  const communities = (
    prepare(sql, 'SELECT count(*) AS n FROM community WHERE deleted_at IS NULL').get() as { n: number }
  ).n;
  const conventions = liveConventions(sql);
  const inForce = new Set(conventions.filter((c) => inForceOn(c, to)).map((c) => c.communityId));
  const reviewed = new Set<string>();
  let amended = 0;
  for (const c of conventions) {
    for (const r of c.reviews) {
      if (r.on < from || r.on > to) continue;
      reviewed.add(c.communityId);
      if (r.outcome === 'sua_doi_bo_sung' || r.outcome === 'thay_the') amended += 1;
    }
  }
  const recognizedHere = conventions.filter(
    (c) => c.recognizedOn !== null && c.recognizedOn >= from && c.recognizedOn <= to,
  );
  return {
    communities,
    withConvention: inForce.size,
    reviewed: reviewed.size,
    amended,
    recognized: recognizedHere.length,
    recognizedAmendments: recognizedHere.filter((c) => c.supersedesId !== null).length,
  };
}
