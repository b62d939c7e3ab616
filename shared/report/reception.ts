import type { ReceptionSection } from './schema';

/** Every petition received in the period, whatever its handling (the sum of `petitionsByHandling`). */
export function petitionsReceived(r: Pick<ReceptionSection, 'petitionsByHandling'>): number {
  const h = r.petitionsByHandling;
  return h.thu_ly + h.tra_lai_huong_dan + h.chuyen_don + h.luu_don;
}
