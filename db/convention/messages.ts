import { AppError } from '../../shared/contract/errors';
import { MIN_CONSULTATION_DAYS } from '../../shared/convention/codes';

/** A lifecycle step refused, on one field, in Vietnamese. */
export function conventionStepError(field: string, message: string): AppError {
  return new AppError('RULE_VIOLATION', message, [{ field, message }]);
}

/** The consultation posting is too short (Nghị định 61/2023 Điều 9). */
export function consultationTooShort(days: number): string {
  return `Thời gian niêm yết dự thảo để lấy ý kiến không ít hơn ${MIN_CONSULTATION_DAYS} ngày (hiện là ${days} ngày).`;
}
