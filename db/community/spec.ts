import { communityRecord } from '../../shared/community/communityRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a community. */
export type CommunityData = DataOf<typeof communityRecord>;

/** The community entity (thôn / tổ dân phố). */
export const communitySpec = entitySpec(communityRecord);
