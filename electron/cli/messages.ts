/** The Vietnamese texts of the `qcdc` command line, in one place (style.md rule 7). */
export const USAGE = `Cách dùng: qcdc <lệnh> [tùy chọn]

Lệnh:
  init --data DIR --role commune --code MÃ_XÃ --name TÊN [--province TỈNH] [--json]
  init --data DIR --role office --code MÃ --name TÊN [--json]
  init … --admin TÊN --password-file TỆP   (cài đặt được bảo vệ: tài khoản, mã hóa)
  protect --data DIR --admin TÊN --password-file TỆP   (bảo vệ một cài đặt cũ)
  user add --data DIR --name TÊN --role quan_tri|lanh_dao|can_bo|xem [--modules M,…] --password-file TỆP
  user list --data DIR
  user disable --data DIR --name TÊN
  user password --data DIR --name TÊN --password-file TỆP
  user reset --data DIR --recovery-code-file TỆP --name TÊN --password-file TỆP
  card --data DIR --out TỆP
  keys export --data DIR --out THƯ_MỤC [--passphrase-file TỆP]
  keys import --data DIR --from THƯ_MỤC [--passphrase-file TỆP]
  keys new --data DIR   (khi mất khóa mà không có bản sao lưu)
  records import --data DIR TỆP [--dry-run] [--json]
  records export --data DIR --out TỆP [--kind LOẠI]
  report --data DIR --from NGÀY --to NGÀY [--json] [--xlsx TỆP] [--pdf TỆP]
  backup --data DIR --out TỆP [--passphrase-file TỆP] [--json]
  restore --data DIR TỆP [--dry-run] [--passphrase-file TỆP] [--recovery-code-file TỆP]
          [--fingerprint VÂN_TAY] [--allow-unsigned] [--json]
  check --data DIR [--json]
  demo --data DIR [--role commune|office]
  enroll --data DIR THẺ… [--replace-key [--reason LÝ_DO]] [--json]
  bundle export --data DIR --out TỆP [--full --reason LÝ_DO] [--all] [--no-self] [--json]
  bundle verify TỆP --card THẺ_XÃ [--json]
  bundle import --data DIR TỆP… [--dry-run] [--receipts THƯ_MỤC] [--json]
  receipt import --data DIR TỆP [--json]

Cài đặt được bảo vệ: mọi lệnh cần --user TÊN --password-file TỆP (hoặc QCDC_USER, QCDC_PASSWORD_FILE);
với "user add|password" và "protect", --password-file là mật khẩu mới, tài khoản chạy lệnh lấy từ QCDC_PASSWORD_FILE.
Ngày viết theo dạng YYYY-MM-DD (ví dụ 2026-02-05). --json in ra một tài liệu JSON, cho các kịch bản tự động.
Mã thoát: 0 thành công; 1 dữ liệu bị từ chối; 2 sai cách dùng; 3 kiểm tra an toàn không đạt.`;

/** Messages of the command line. */
export const CLI = {
  usageHint: 'Gõ "qcdc --help" để xem cách dùng.',
  unknownCommand: (name: string) => `Lệnh không tồn tại: "${name}".`,
  unknownSubcommand: (name: string, sub: string | undefined) =>
    sub ? `Lệnh "${name}" không có lệnh con "${sub}".` : `Lệnh "${name}" cần một lệnh con.`,
  unknownOption: (detail: string) => `Tùy chọn không hợp lệ: ${detail}`,
  missingOption: (flag: string) => `Thiếu tùy chọn ${flag}.`,
  badRole: 'Vai trò (--role) phải là "commune" (xã) hoặc "office" (cơ quan nhận báo cáo).',
  wrongPositionals: (expected: string) => `Cần đúng ${expected}.`,
  unexpectedArgument: (arg: string) => `Tham số thừa: "${arg}".`,
  dataDirMissing: (dir: string) => `Không tìm thấy thư mục dữ liệu: ${dir}`,
  notADirectory: (path: string) => `${path} là một tệp, không phải thư mục dữ liệu.`,
  notInitialised: (dir: string) =>
    `Thư mục ${dir} chưa có cài đặt nào. Hãy chạy "qcdc init" (hoặc "qcdc restore") trước.`,
  cannotOpen: (detail: string) => `Không mở được cơ sở dữ liệu: ${detail}`,
  fileMissing: (file: string) => `Không đọc được tệp: ${file}`,
  passphraseEmpty: 'Tệp mật khẩu rỗng.',
  unexpected: (detail: string) => `Lỗi ngoài dự kiến: ${detail}`,
  errorPrefix: 'Lỗi',
  adminNeedsPassword: '--admin và --password-file phải đi cùng nhau.',
  userMissing: (name: string) => `Không có tài khoản "${name}".`,
  credentialsMissing:
    'Cài đặt này được bảo vệ: cần --user TÊN và --password-file TỆP (hoặc biến môi trường QCDC_USER và QCDC_PASSWORD_FILE).',
  unprotectedInit:
    'Lưu ý: cài đặt này KHÔNG được bảo vệ (không tài khoản, không mã hóa), chỉ dùng để tập huấn hoặc thử. Dùng --admin TÊN --password-file TỆP để bảo vệ, hoặc chạy "qcdc protect" sau.',
  recoveryCode: (code: string) =>
    `MÃ KHÔI PHỤC (chỉ hiện một lần): ${code}\nHãy ghi lại và cất ở nơi an toàn. Khi mất mọi mật khẩu, chỉ mã này mở lại được dữ liệu; mất cả mã này thì dữ liệu không thể đọc được nữa.`,
  line: (n: number) => `dòng ${n}`,
  field: (name: string) => `trường ${name}`,
} as const;

/** Vietnamese names of the interchange kinds, for import and export summaries. */
export const KIND_LABELS: Record<string, string> = {
  community: 'thôn, tổ dân phố',
  disclosure: 'lần công khai',
  convention: 'hương ước, quy ước',
  mediation_team: 'tổ hòa giải',
  mediator: 'hòa giải viên',
  mediation_case: 'vụ việc hòa giải',
  reception_session: 'kỳ tiếp công dân',
  reception_visit: 'lượt tiếp công dân',
  petition: 'đơn',
  dialogue: 'hội nghị đối thoại',
  supervision: 'cuộc giám sát',
};
