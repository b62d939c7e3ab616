import { consultationRecord } from '../../shared/consultation/consultationRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a consultation. */
export type ConsultationData = DataOf<typeof consultationRecord>;

/** The consultation entity (lấy ý kiến Nhân dân). */
export const consultationSpec = entitySpec(consultationRecord);
