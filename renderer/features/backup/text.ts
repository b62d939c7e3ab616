import { KEY_BACKUP_PASSPHRASE_MIN } from '../../../shared/installation/passphrase';

/** The words of Cài đặt → Sao lưu, the home reminder and the first screen's restore (style.md rule 7). */
export const backupUi = {
  title: 'Sao lưu và khôi phục',
  open: 'Sao lưu và khôi phục',
  adminOnly: 'Chỉ tài khoản quản trị sao lưu và khôi phục được dữ liệu. Hãy báo quản trị viên khi cần.',

  nowTitle: 'Sao lưu ra USB hoặc thư mục khác',
  nowIntro:
    'Một tệp duy nhất chứa toàn bộ hồ sơ, tệp đính kèm và khóa của đơn vị, được mã hóa và ký bằng khóa của đơn vị. Nên sao lưu ra USB và cất USB ở nơi khác máy tính: máy hỏng hay bị mất vẫn khôi phục được.',
  last: 'Lần sao lưu gần nhất',
  never: 'Chưa sao lưu ra ngoài máy lần nào.',
  lastAt: (when: string, days: number) => `${when} (${days === 0 ? 'hôm nay' : `${days} ngày trước`})`,
  folder: 'Thư mục lưu',
  folderHelp: 'Ví dụ E:\\SaoLuu (ổ USB). Gõ đường dẫn đầy đủ, hoặc chọn một ổ bên dưới.',
  chooseFolder: 'Chọn thư mục…',
  chooseFolderTitle: 'Chọn thư mục lưu bản sao lưu',
  removable: 'Ổ đĩa đang cắm',
  passphrase: 'Cụm mật khẩu bảo vệ khóa',
  passphraseHelp: `Cài đặt này không dùng tài khoản nên khóa của đơn vị trong bản sao lưu được bảo vệ bằng cụm mật khẩu này (ít nhất ${KEY_BACKUP_PASSPHRASE_MIN} ký tự). Khi khôi phục sẽ cần đúng cụm này.`,
  passphraseConfirm: 'Nhập lại cụm mật khẩu',
  passphraseMismatch: 'Hai lần nhập không giống nhau.',
  backupNow: 'Sao lưu ngay',
  working: 'Đang sao lưu…',
  done: 'Đã sao lưu',
  doneText: (folder: string, size: string) => `Bản sao lưu đã được ghi vào thư mục ${folder} (${size}).`,
  doneFingerprint: (fp: string) => `Dấu vân tay của khóa đã ký: ${fp} (trùng với phiếu khôi phục).`,

  reminderTitle: 'Nhắc sao lưu',
  reminderDays: 'Nhắc khi quá số ngày chưa sao lưu',
  reminderHelp: 'Mặc định 7 ngày; 0 là không nhắc. Lời nhắc hiện ở trang chủ cho mọi người sử dụng.',
  days: 'ngày',

  autoTitle: 'Bản sao lưu tự động trong máy',
  autoIntro: (folder: string) =>
    `Mỗi ngày có thay đổi, phần mềm tự sao lưu một bản khi mở và khi đóng (giữ bản cuối ngày), giữ 7 bản gần nhất, trong thư mục ${folder}. Bản giữ lại trước mỗi lần khôi phục cũng ở đây. Các bản này nằm cùng máy: chúng giúp quay lại khi nhập nhầm hay dữ liệu hỏng, không thay được bản sao lưu ra USB.`,
  autoEmpty: 'Chưa có bản sao lưu tự động nào.',
  kinds: {
    manual: 'Sao lưu',
    automatic: 'Tự động',
    'pre-restore': 'Giữ lại trước khi khôi phục',
    old: 'Bản cũ (chưa ký)',
  } as Record<string, string>,
  colCreated: 'Thời điểm',
  colKind: 'Loại',
  colUnit: 'Đơn vị',
  colSize: 'Dung lượng',
  restoreThis: 'Khôi phục…',

  restoreTitle: 'Khôi phục từ bản sao lưu',
  restoreIntro:
    'Chọn bản sao lưu. Phần mềm kiểm tra chữ ký, tính toàn vẹn và nhật ký thay đổi của nó, rồi cho xem bản sao lưu chứa gì. Chưa có gì bị thay thế cho đến khi anh/chị xác nhận.',
  sourceFolder: 'Thư mục chứa bản sao lưu',
  sourceFolderHelp: 'Ví dụ E:\\SaoLuu. Phần mềm liệt kê các bản sao lưu tìm thấy trong thư mục.',
  find: 'Tìm bản sao lưu',
  chooseFile: 'Chọn tệp sao lưu…',
  chooseFileTitle: 'Chọn bản sao lưu',
  noneFound: 'Không tìm thấy bản sao lưu nào trong thư mục này.',
  pick: 'Chọn',
  selected: 'Bản sao lưu đã chọn',
  check: 'Kiểm tra bản sao lưu',
  checking: 'Đang kiểm tra…',
  secretsIntro:
    'Bản sao lưu được mã hóa. Nhập tên và mật khẩu của một quản trị viên tại thời điểm sao lưu (hoặc mã khôi phục in trên phiếu).',
  adminName: 'Tên tài khoản quản trị',
  password: 'Mật khẩu (tại thời điểm sao lưu)',
  useRecoveryCode: 'Dùng mã khôi phục thay cho mật khẩu',
  usePassword: 'Dùng tên và mật khẩu quản trị',
  recoveryCode: 'Mã khôi phục',
  backupPassphrase: 'Cụm mật khẩu đã đặt khi sao lưu',

  previewTitle: 'Bản sao lưu chứa',
  unit: 'Đơn vị',
  code: 'mã',
  created: 'Thời điểm sao lưu',
  lastChange: 'Thay đổi cuối cùng',
  changes: 'Số lần thay đổi đã ghi',
  records: 'Hồ sơ',
  attachments: 'Tệp đính kèm',
  replicas: 'Dữ liệu các xã',
  fingerprint: 'Dấu vân tay của khóa',
  fingerprintHelp: 'Đối chiếu với dấu vân tay in trên phiếu khôi phục.',
  trust: 'Kiểm tra nguồn gốc',
  keys: 'Khóa của đơn vị',
  keysIn: 'Có, được khôi phục cùng dữ liệu',
  keysOut: 'Không kèm',
  administrators: 'Quản trị viên',
  replaces: 'Sẽ thay thế',
  replacesText: (name: string, code: string, changes: string) =>
    `Dữ liệu hiện tại của ${name} (mã ${code}, ${changes} lần thay đổi). Một bản của dữ liệu hiện tại được giữ lại trong máy để có thể quay lại.`,
  replacesNothing: 'Máy này chưa có dữ liệu: không có gì bị thay thế.',
  noRecords: 'Chưa có hồ sơ nào',
  unknown: 'Không rõ',

  confirmTitle: 'Xác nhận khôi phục',
  confirmSecrets:
    'Sau khi khôi phục, tài khoản và mật khẩu trở về như lúc sao lưu. Nhập tên và mật khẩu của một quản trị viên của bản sao lưu để khôi phục và đăng nhập.',
  confirmCheck: 'Tôi hiểu: dữ liệu hiện tại sẽ được thay bằng bản sao lưu này.',
  confirmCheckFresh: 'Tôi đã kiểm tra: đây đúng là bản sao lưu của đơn vị.',
  restore: 'Khôi phục',
  restoring: 'Đang khôi phục…',
  restored: 'Đã khôi phục',
  restoredText: 'Dữ liệu đã được khôi phục. Phần mềm sẽ mở lại.',
  restoredSignIn: 'Dữ liệu đã được khôi phục. Hãy đăng nhập bằng tài khoản và mật khẩu tại thời điểm sao lưu.',
  continue: 'Vào phần mềm',
  startOver: 'Chọn bản sao lưu khác',

  reminderOverdue: (days: number | null, days2: number) =>
    days === null
      ? `Dữ liệu chưa được sao lưu ra ngoài máy lần nào (nên sao lưu ít nhất ${days2} ngày một lần).`
      : `Đã ${days} ngày chưa sao lưu dữ liệu ra ngoài máy (nên sao lưu ít nhất ${days2} ngày một lần).`,
  reminderAction: 'Sao lưu ngay',
  reminderAskAdmin: 'Hãy báo quản trị viên sao lưu.',

  freshTitle: 'Khôi phục từ bản sao lưu',
  freshOffer: 'Đã có bản sao lưu của đơn vị (máy cũ hỏng, bị mất, cài lại máy)?',
  freshOpen: 'Khôi phục từ bản sao lưu',
  freshBack: 'Quay lại thiết lập mới',

  sheetFingerprint: 'Dấu vân tay của khóa đơn vị',
  sheetBackups: 'Bản sao lưu',
  sheetBackupsText: (folder: string) =>
    `Tự động: trong thư mục ${folder} của máy này. Ra USB: quản trị viên chọn Cài đặt → Sao lưu và khôi phục → Sao lưu ngay, ít nhất mỗi tuần một lần; cất USB ở nơi khác máy tính.`,
  sheetRestore: 'Cách khôi phục trên máy mới',
  sheetRestoreSteps: [
    'Cài phần mềm Dân chủ cơ sở, mở lên.',
    'Ở màn hình đầu tiên của phần mềm, chọn "Khôi phục từ bản sao lưu".',
    'Chọn thư mục (USB) chứa bản sao lưu, chọn bản mới nhất.',
    'Nhập tên và mật khẩu quản trị tại thời điểm sao lưu, hoặc mã khôi phục trên phiếu này.',
    'Đối chiếu dấu vân tay hiện trên màn hình với dấu vân tay trên phiếu này rồi xác nhận khôi phục.',
  ],
} as const;
