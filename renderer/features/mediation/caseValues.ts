import type { CaseStatus } from '../../../shared/mediation/codes';

/** Tag colour of a case status. */
export const STATUS_COLORS: Record<CaseStatus, string> = {
  tiep_nhan: 'default',
  dang_hoa_giai: 'processing',
  thanh: 'success',
  khong_thanh: 'error',
  cham_dut: 'warning',
  chuyen: 'purple',
};
