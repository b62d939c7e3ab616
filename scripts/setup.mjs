// Installs npm dependencies when they are missing or older than package-lock.json, so that
// `npm start`, `npm run web` and `npm test` work on a fresh clone with no other step.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  process.stderr.write('Đang cài đặt các gói phụ thuộc (npm ci)…\n');
  execSync('npm ci', { stdio: 'inherit' });
}
