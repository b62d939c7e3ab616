import type { EntitySpec } from '../store/entity';

/** Stored fields of a community. */
export interface CommunityData {
  name: string;
  type: 'thon' | 'to_dan_pho';
  households: number | null;
  note: string | null;
}

/** The community entity (thôn / tổ dân phố). */
export const communitySpec: EntitySpec<CommunityData> = {
  entity: 'community',
  table: 'community',
  label: 'thôn / tổ dân phố',
  fields: { name: ['name', 'text'], type: ['type', 'text'], households: ['households', 'int'], note: ['note', 'text'] },
  fts: { table: 'community_fts', text: (c) => [c.name, c.note ?? ''].join(' ') },
};
