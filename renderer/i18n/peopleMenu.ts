/** The menu words of the people's pillars: the first screen loads these, not the whole catalogue (people.ts). */
export const peopleMenuText = {
  area: 'Nhân dân bàn, quyết định, giám sát',
  decisions: 'Nhân dân bàn và quyết định',
  consultations: 'Lấy ý kiến Nhân dân',
  bodies: 'Ban TTND, Ban GSĐTCĐ',
} as const;
