import type { SupervisionBody } from '../reception/codes';

/**
 * The people supervise (Luật 10/2022, Chương II Mục 4): the Ban thanh tra nhân dân and the Ban giám sát
 * đầu tư của cộng đồng, each for a term (interchange.md v2 `supervision_body`).
 */

/** The roles of a member. */
export const MEMBER_ROLES = ['truong_ban', 'pho_truong_ban', 'thanh_vien'] as const;
/** A member role code. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Vietnamese labels of the member roles. */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  truong_ban: 'Trưởng ban',
  pho_truong_ban: 'Phó Trưởng ban',
  thanh_vien: 'Thành viên',
};

/** A body's dates: established, and dissolved (absent while it works). */
export interface BodyTerm {
  body: SupervisionBody;
  establishedOn: string;
  dissolvedOn?: string | null;
}

/** Active at `on` (interchange.md v2): established on or before it and not yet dissolved (dissolvedOn > on). */
export function isActiveOn(term: BodyTerm, on: string): boolean {
  return term.establishedOn <= on && (term.dissolvedOn == null || on < term.dissolvedOn);
}

/** The body of a kind active on a date, the latest established first (a supervision links to it). */
export function activeBody<T extends BodyTerm>(bodies: readonly T[], body: SupervisionBody, on: string): T | null {
  return (
    bodies
      .filter((b) => b.body === body && isActiveOn(b, on))
      .sort((a, b) => b.establishedOn.localeCompare(a.establishedOn))[0] ?? null
  );
}
