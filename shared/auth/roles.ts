/** Account roles of an installation (issue 12; architecture.md §7). */
export const ACCOUNT_ROLES = ['quan_tri', 'lanh_dao', 'can_bo', 'xem'] as const;
/** An account role. */
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** The record areas a `can_bo` account can be assigned (commune work, and an office's intake). */
export const MODULES = ['mediation', 'reception', 'disclosure', 'convention', 'sync', 'participation'] as const;
/** A module. */
export type Module = (typeof MODULES)[number];

/** Vietnamese names of the roles. */
export const ACCOUNT_ROLE_LABELS: Record<AccountRole, string> = {
  quan_tri: 'Quản trị',
  lanh_dao: 'Lãnh đạo',
  can_bo: 'Cán bộ',
  xem: 'Chỉ xem',
};

/** What each role may do, in one sentence for the account screen and the user guide. */
export const ACCOUNT_ROLE_HELP: Record<AccountRole, string> = {
  quan_tri: 'Toàn quyền: tài khoản, khóa, cài đặt và mọi hồ sơ.',
  lanh_dao: 'Xem mọi hồ sơ, lập và ký báo cáo, gửi gói dữ liệu lên cấp trên.',
  can_bo: 'Ghi chép hồ sơ của các mảng được giao.',
  xem: 'Chỉ xem, không thay đổi được gì.',
};

/** Vietnamese names of the modules. */
export const MODULE_LABELS: Record<Module, string> = {
  mediation: 'Hòa giải ở cơ sở',
  reception: 'Tiếp công dân, đối thoại, giám sát',
  disclosure: 'Công khai thông tin',
  convention: 'Hương ước, quy ước',
  sync: 'Nhận gói dữ liệu của xã (cơ quan nhận báo cáo)',
  participation: 'Nhân dân bàn và quyết định, tham gia ý kiến',
};

/** Who is signed in: what the guard and the UI need to know. */
export interface AccountGrant {
  role: AccountRole;
  modules: readonly Module[];
}
