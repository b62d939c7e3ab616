/** The closed set of error codes a call can return; every one has a Vietnamese default message. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'UNKNOWN_CALL',
  'UNAUTHORISED',
  'SECURITY',
  'FORBIDDEN',
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Default Vietnamese message per code, used when a handler gives none. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Dữ liệu nhập chưa hợp lệ.',
  NOT_FOUND: 'Không tìm thấy bản ghi.',
  CONFLICT: 'Bản ghi đã bị thay đổi ở nơi khác. Hãy tải lại rồi thử lại.',
  RULE_VIOLATION: 'Thao tác trái với quy định.',
  NOT_INITIALISED: 'Phần mềm chưa được thiết lập. Hãy hoàn tất bước thiết lập ban đầu.',
  ALREADY_INITIALISED: 'Phần mềm đã được thiết lập trước đó.',
  UNKNOWN_CALL: 'Chức năng không tồn tại.',
  UNAUTHORISED: 'Phiên làm việc không hợp lệ. Hãy mở lại phần mềm.',
  SECURITY: 'Kiểm tra an toàn không đạt.',
  FORBIDDEN: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  INTERNAL: 'Đã xảy ra lỗi ngoài dự kiến. Dữ liệu chưa bị thay đổi. Hãy thử lại hoặc liên hệ hỗ trợ.',
};

/** One problem with one field, for forms and import reports. */
export interface FieldIssue {
  field: string;
  message: string;
  /** The line (NDJSON) or row (Excel) of an imported file, when the issue comes from one. */
  line?: number;
}

/** An error a handler throws on purpose; the dispatcher turns it into an error value. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message?: string, issues: FieldIssue[] = []) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.issues = issues;
  }
}

/** Shorthand for a business-rule violation on one field. */
export function ruleError(field: string, message: string): AppError {
  return new AppError('RULE_VIOLATION', message, [{ field, message }]);
}
