import { PURGED_SUMMARY } from '../../shared/reception/codes';
import { dialogueRecord } from '../../shared/reception/dialogueRecord';
import { petitionRecord } from '../../shared/reception/petitionRecord';
import { sessionRecord } from '../../shared/reception/sessionRecord';
import { supervisionRecord } from '../../shared/reception/supervisionRecord';
import { visitRecord } from '../../shared/reception/visitRecord';
import { entitySpec, type EntitySpec } from '../store/entity';
import type { PetitionData, VisitData } from './types';

/** The reception session entity (kỳ tiếp công dân). */
export const sessionSpec = entitySpec(sessionRecord);

/**
 * The visit entity (lượt tiếp công dân, one row of the Sổ tiếp công dân). A visit that becomes a
 * denunciation keeps no identity in any version: the identity fields and the free text that may repeat
 * them are purged from the old record's history (issue 16). Names are never indexed for search (the
 * definition marks them identity, not searchable).
 */
export const visitSpec: EntitySpec<VisitData> = {
  ...entitySpec(visitRecord),
  secrecy: {
    isSecret: (v) => v.content === 'to_cao',
    purged: {
      citizenName: null,
      citizenAddress: null,
      citizenIdNumber: null,
      representatives: null,
      summary: PURGED_SUMMARY,
      followUp: null,
      note: null,
    },
  },
};

/** The petition entity (đơn khiếu nại, tố cáo, kiến nghị, phản ánh); as a visit's, a denunciation purges. */
export const petitionSpec: EntitySpec<PetitionData> = {
  ...entitySpec(petitionRecord),
  secrecy: {
    isSecret: (p) => p.content === 'to_cao',
    purged: {
      petitionerName: null,
      petitionerAddress: null,
      petitionerIdNumber: null,
      summary: PURGED_SUMMARY,
      resolution: null,
      note: null,
    },
  },
};

/** The dialogue conference entity (hội nghị đối thoại). */
export const dialogueSpec = entitySpec(dialogueRecord);
/** The community supervision entity (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionSpec = entitySpec(supervisionRecord);
