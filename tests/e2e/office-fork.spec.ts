import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/app';
import { openMenu } from './journey';
import { startWeb } from './web';

/** Runs the built `qcdc` command; returns whether it succeeded (a refused bundle exits non-zero). */
function qcdc(...args: string[]): boolean {
  try {
    execFileSync(process.execPath, ['bin/qcdc.mjs', ...args], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** A thôn as one interchange line, written to a file of its own. */
function thonFile(dir: string, name: string): string {
  const file = join(dir, `${name}.ndjson`);
  writeFileSync(file, `${JSON.stringify({ kind: 'community', name, type: 'thon', households: 50 })}\n`);
  return file;
}

/**
 * A commune's folder copied to a second machine (an old backup restored there) goes on beside the
 * first: its bundle contradicts what the office holds and is refused. The office officer is told on
 * the home page, the communes page and the report, before trusting that commune's figures.
 */
test('an office is told of a commune whose bundle forks (home, communes, report) and takes its data afresh', async ({
  page,
}) => {
  const root = tempDir('qcdc-fork-e2e-');
  const [commune, copy, office] = ['xa', 'xa-may-2', 'so'].map((d) => join(root, d)) as [string, string, string];
  try {
    expect(qcdc('init', '--data', commune, '--role', 'commune', '--code', '06184', '--name', 'Xã Nà Phặc')).toBe(true);
    expect(qcdc('init', '--data', office, '--role', 'office', '--code', 'STP-BK', '--name', 'Sở Tư pháp Bắc Kạn')).toBe(
      true,
    );
    expect(qcdc('card', '--data', commune, '--out', join(root, 'xa.json'))).toBe(true);
    expect(qcdc('card', '--data', office, '--out', join(root, 'so.json'))).toBe(true);
    expect(qcdc('enroll', '--data', office, join(root, 'xa.json'))).toBe(true);
    expect(qcdc('enroll', '--data', commune, join(root, 'so.json'))).toBe(true);
    expect(qcdc('records', 'import', '--data', commune, thonFile(root, 'Thôn Nà Phặc'))).toBe(true);
    expect(qcdc('bundle', 'export', '--data', commune, '--out', join(root, '1.qcdc'))).toBe(true);
    expect(qcdc('bundle', 'import', '--data', office, join(root, '1.qcdc'))).toBe(true);

    cpSync(commune, copy, { recursive: true });
    expect(qcdc('records', 'import', '--data', commune, thonFile(root, 'Thôn Khuổi Tàu'))).toBe(true);
    expect(qcdc('records', 'import', '--data', copy, thonFile(root, 'Thôn Bản Lạn'))).toBe(true);
    expect(qcdc('bundle', 'export', '--data', commune, '--out', join(root, '2.qcdc'))).toBe(true);
    expect(qcdc('bundle', 'export', '--data', copy, '--out', join(root, 'may-2.qcdc'))).toBe(true);
    expect(qcdc('bundle', 'import', '--data', office, join(root, '2.qcdc'))).toBe(true);
    expect(qcdc('bundle', 'import', '--data', office, join(root, 'may-2.qcdc'))).toBe(false);

    const server = await startWeb(office);
    try {
      await page.goto(server.url);
      await expect(page.getByTestId('office-forks')).toContainText('Xã Nà Phặc');
      await openMenu(page, 'Các xã');
      const row = page.getByTestId('communes-table').getByRole('row', { name: /Xã Nà Phặc/ });
      await expect(row).toContainText('Có gói không khớp');
      await expect(page.getByTestId('completeness-alert')).toContainText('gói "may-2.qcdc" không khớp');
      await openMenu(page, 'Báo cáo');
      await expect(page.getByTestId('completeness-alert')).toContainText('Xã Nà Phặc');

      // The commune keeps the second machine: it sends everything from there, the office takes it afresh.
      const full = join(root, 'toan-bo.qcdc');
      expect(qcdc('bundle', 'export', '--data', copy, '--out', full, '--all')).toBe(true);
      await openMenu(page, 'Các xã');
      await row.getByTestId('replace-data').click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('replace-pick').click();
      await (await chooser).setFiles(full);
      await page.getByTestId('replace-reason').fill('Máy thứ nhất của xã hỏng, xã dùng máy thứ hai');
      await page.getByTestId('replace-confirm').check();
      await page.getByRole('button', { name: 'Nhận lại dữ liệu' }).click();
      await expect(page.getByText('Đã nhận lại toàn bộ dữ liệu của Xã Nà Phặc')).toBeVisible();
      await expect(row).not.toContainText('Có gói không khớp');
      await expect(page.getByTestId('completeness-alert')).toHaveCount(0);
      await openMenu(page, 'Trang chủ');
      await expect(page.getByText('Xã đã gửi dữ liệu')).toBeVisible();
      await expect(page.getByTestId('office-forks')).toHaveCount(0);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
