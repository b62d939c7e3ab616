// The programs the tests use for real: Chromium (end-to-end, PDF), minisign and age (bundle and
// key interop), pdftotext (PDF text checks), and fonts-liberation2 for Vietnamese glyphs in
// Times-style fonts. On Debian as root they are installed when missing; elsewhere this says
// exactly what to install and stops.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { pkg: 'chromium', ok: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'minisign', ok: () => has('minisign') },
  { pkg: 'age', ok: () => has('age') },
  { pkg: 'poppler-utils', ok: () => has('pdftotext') },
  {
    pkg: 'fonts-liberation2',
    ok: () =>
      existsSync('/usr/share/fonts/truetype/liberation2') ||
      existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'),
  },
];

function has(cmd) {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const missing = needs.filter((n) => !n.ok()).map((n) => n.pkg);
if (missing.length > 0) {
  const debianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (!debianRoot) {
    process.stderr.write(
      `Thiếu các chương trình cần cho kiểm thử: ${missing.join(', ')}.\n` +
        `Trên Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}\n` +
        `(Chromium ở chỗ khác: đặt biến CHROMIUM_PATH trỏ tới tệp chạy của nó.)\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`Đang cài đặt: ${missing.join(', ')}…\n`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
}
