import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** Turns zod issues into Vietnamese field issues (the field path joined with "."). */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: vietnameseMessage(issue),
  }));
}

function vietnameseMessage(issue: z.core.$ZodIssue): string {
  // Schemas in shared/ carry Vietnamese messages; zod's English defaults are replaced here.
  if (issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Thiếu thông tin bắt buộc.' : 'Kiểu dữ liệu không đúng.';
    case 'too_small':
      return issue.origin === 'string' ? 'Không được để trống.' : `Giá trị phải từ ${String(issue.minimum)} trở lên.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Không quá ${String(issue.maximum)} ký tự.`
        : `Giá trị không được lớn hơn ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `Giá trị không thuộc danh mục cho phép (${issue.values.map(String).join(', ')}).`;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return 'Định dạng không đúng.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}
