import { bodyRecord } from '../../shared/supervision/bodyRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a supervision body. */
export type BodyData = DataOf<typeof bodyRecord>;

/** The supervision body entity (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const bodySpec = entitySpec(bodyRecord);
