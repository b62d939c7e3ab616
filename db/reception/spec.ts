import { dialogueRecord } from '../../shared/reception/dialogueRecord';
import { petitionRecord } from '../../shared/reception/petitionRecord';
import { sessionRecord } from '../../shared/reception/sessionRecord';
import { supervisionRecord } from '../../shared/reception/supervisionRecord';
import { visitRecord } from '../../shared/reception/visitRecord';
import { entitySpec } from '../store/entity';

/** The reception session entity (kỳ tiếp công dân). */
export const sessionSpec = entitySpec(sessionRecord);
/** The visit entity (lượt tiếp công dân, one row of the Sổ tiếp công dân). */
export const visitSpec = entitySpec(visitRecord);
/** The petition entity (đơn khiếu nại, tố cáo, kiến nghị, phản ánh). */
export const petitionSpec = entitySpec(petitionRecord);
/** The dialogue conference entity (hội nghị đối thoại). */
export const dialogueSpec = entitySpec(dialogueRecord);
/** The community supervision entity (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionSpec = entitySpec(supervisionRecord);
