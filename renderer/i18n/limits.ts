/** Words of the limits shown as the clerk types (issue 15: every value kept as typed or refused). */
export const limitsUi = {
  tooLong: (max: number, length: number) => `Không quá ${max} ký tự (đang có ${length} ký tự).`,
  range: (min: number, max: number) => `Phải từ ${min} đến ${max}.`,
  atLeast: (min: number) => `Không được nhỏ hơn ${min}.`,
  atMost: (max: number) => `Không được lớn hơn ${max}.`,
  integer: 'Phải là số nguyên.',
  notNumber: 'Phải là một số.',
  rangeHint: (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `từ ${min}` : `đến ${max ?? ''}`,
} as const;
