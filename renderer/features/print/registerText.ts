import type { MediationRegister } from '../../../shared/mediation/schema';
import { formatNumber } from '../../../shared/util/format';

/** "Mở ngày" and "Khóa ngày" of the register cover: the period asked for, else the first and last case. */
export function registerDates(register: MediationRegister): { opened: string | null; closed: string | null } {
  const first = register.rows[0]?.receivedOn ?? null;
  const last = register.rows[register.rows.length - 1]?.receivedOn ?? null;
  return { opened: register.from ?? first, closed: register.to ?? last };
}

/**
 * The sentence under Phần II: the team's own totals, because a case mediated by several mediators
 * appears once for each of them in the table.
 */
export function registerTotals(register: MediationRegister): string {
  const total = register.rows.length;
  if (total === 0) return 'Tổ hòa giải không có vụ việc nào trong thời gian này.';
  const successful = register.rows.filter((r) => r.successful).length;
  const unsuccessful = register.rows.filter((r) => r.unsuccessful).length;
  const other = total - successful - unsuccessful;
  return (
    `Tổng số vụ việc tổ hòa giải đã tiếp nhận: ${formatNumber(total)} vụ việc (hòa giải thành ${formatNumber(successful)}; ` +
    `hòa giải không thành ${formatNumber(unsuccessful)}; đang hòa giải hoặc chuyển cơ quan có thẩm quyền ${formatNumber(other)}). ` +
    'Vụ việc do nhiều hòa giải viên cùng tiến hành được ghi cho từng hòa giải viên.'
  );
}
