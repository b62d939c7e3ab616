import { disclosureRecord } from '../../shared/disclosure/disclosureRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a disclosure. */
export type DisclosureData = DataOf<typeof disclosureRecord>;

/** The disclosure entity (one act of công khai). */
export const disclosureSpec = entitySpec(disclosureRecord);
