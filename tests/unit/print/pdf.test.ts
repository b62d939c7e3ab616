import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainFileProtector } from '../../../db/keys/keystore';
import { renderPrintToPdf, rendererDir } from '../../../electron/cli/pdf';
import { openApp, type AppInstance } from '../../../electron/core/app';
import { todayIso } from '../../../shared/util/dates';
import { documentDateLine } from '../../../shared/util/format';
import { ok, tempDir } from '../../helpers/app';

// The print views are the built renderer served by the bridge: build it first (npm run build:renderer).
if (!existsSync(join(rendererDir(), 'index.html'))) {
  throw new Error(
    `Thiếu bản dựng giao diện ${rendererDir()}: hãy chạy "npm run build:renderer" trước khi chạy kiểm thử in.`,
  );
}

const SUMMARY = 'Tranh chấp lối đi chung giữa hộ ông Hoàng Văn Bảo và hộ bà Lương Thị Hoa';
const AGREEMENT = 'Hai bên thống nhất giữ lối đi rộng 1,5 m, cùng góp công làm lại cổng';

/** Text of a PDF as pdftotext reads it: reading order (whitespace collapsed) and physical layout. */
function pdfText(file: string): { flow: string; layout: string } {
  const flow = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { flow, layout };
}

/** Orientation of each A4 page from pdfinfo (sizes in points, A4 = 595 × 842); anything else is "other". */
function pageOrientations(file: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  const near = (a: number, b: number) => Math.abs(a - b) < 2;
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    if (near(w, 595) && near(h, 842)) return 'portrait';
    if (near(w, 842) && near(h, 595)) return 'landscape';
    return `other ${w} x ${h}`;
  });
}

// Chromium start-up and the bundle load take several seconds each on a slow machine.
describe('print views rendered to PDF by Chromium', { timeout: 120_000 }, () => {
  let dir: string;
  let app: AppInstance;
  let teamId: string;

  beforeAll(async () => {
    dir = tempDir('qcdc-print-');
    app = openApp({ dataDir: join(dir, 'data'), keyProtector: plainFileProtector, user: 'kiểm thử' });
    const d = app.dispatch;
    await ok(d, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      province: 'Lạng Sơn',
      communities: [{ name: 'Thôn Nà Lầu', type: 'thon', households: 100 }],
    });
    await ok(d, 'installation.updateSettings', {
      signerTitle: 'Chủ tịch',
      signerName: 'Hoàng Văn Thắng',
      officeName: 'Sở Tư pháp tỉnh Lạng Sơn',
    });
    const community = (await ok(d, 'community.list', {})).items[0]!;
    const team = await ok(d, 'mediation.createTeam', { communityId: community.id });
    teamId = team.id;
    const mediators = [];
    for (const [name, gender, ethnicMinority] of [
      ['Lăng Thị Mai', 'nu', true],
      ['Vi Văn Dũng', 'nam', false],
      ['Hoàng Văn Sơn', 'nam', false],
    ] as const) {
      mediators.push(await ok(d, 'mediation.createMediator', { teamId, name, gender, ethnicMinority }));
    }
    await ok(d, 'mediation.createCase', {
      communityId: community.id,
      receivedOn: '2025-03-05',
      category: 'mau_thuan',
      summary: SUMMARY,
      status: 'thanh',
      closedOn: '2025-03-12',
      parties: [
        { name: 'Hoàng Văn Bảo', birthYear: 1970, address: 'Thôn Nà Lầu' },
        { name: 'Lương Thị Hoa', birthYear: 1975, address: 'Thôn Nà Lầu' },
      ],
      mediatorIds: [mediators[0]!.id, mediators[1]!.id],
      agreement: AGREEMENT,
    });
  });

  afterAll(() => {
    app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the period report in the Nghị định 30/2020 layout with Vietnamese figures', async () => {
    const out = join(dir, 'bao-cao.pdf');
    await renderPrintToPdf({
      dispatch: app.dispatch,
      route: '/print/report?from=2025-01-01&to=2025-12-31',
      outFile: out,
    });
    const { flow, layout } = pdfText(out);

    // Header (ô 1–4): the issuing body and the Quốc hiệu share the first line.
    expect(layout).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(layout).toMatch(/XÃ TÂN HƯNG\s+Độc lập - Tự do - Hạnh phúc/);
    expect(layout).toMatch(/Số:\s+\/BC-UBND/);
    expect(flow).toContain(`Tân Hưng, ${documentDateLine(todayIso())}`);

    // Title and trích yếu (ô 5a).
    expect(flow).toContain('BÁO CÁO Kết quả thực hiện dân chủ ở cơ sở từ ngày 01/01/2025 đến ngày 31/12/2025');

    // Body: sentences a clerk would sign.
    expect(flow).toContain('Ủy ban nhân dân xã Tân Hưng báo cáo kết quả thực hiện dân chủ ở cơ sở từ ngày 01/01/2025');
    expect(flow).toContain('Toàn xã có 1 tổ hòa giải với 3 hòa giải viên (1 nữ, 1 người dân tộc thiểu số).');
    expect(flow).toContain(
      'Trong kỳ, các tổ hòa giải đã tiếp nhận 1 vụ việc, hòa giải thành 1 vụ việc, đạt tỷ lệ 100,00%; hòa giải không thành 0 vụ việc;',
    );
    // The table by category: the case was a "mâu thuẫn".
    expect(layout).toMatch(/Mâu thuẫn giữa các bên\s+1\s+1\s+100,00%/);
    expect(layout).toMatch(/Tranh chấp phát sinh từ quan hệ dân sự\s+0\s+0\s+—/);
    expect(layout).toMatch(/Tổng cộng\s+1\s+1\s+100,00%/);
    expect(flow).toContain('./.');
    // The sections in order, numbered I to V (the printed report used to say I, II, III, II, III).
    expect(flow).toMatch(
      /I\. THỰC HIỆN CÔNG KHAI[\s\S]*II\. HƯƠNG ƯỚC, QUY ƯỚC[\s\S]*III\. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ[\s\S]*IV\. CÔNG TÁC TIẾP CÔNG DÂN[\s\S]*V\. ĐỐI THOẠI VÀ GIÁM SÁT CỦA CỘNG ĐỒNG/,
    );
    expect(flow).not.toMatch(/\bII\. CÔNG TÁC TIẾP CÔNG DÂN/);
    // The people's pillars of Luật 10/2022 follow (issue 11), each with its sentences.
    expect(flow).toMatch(
      /V\. ĐỐI THOẠI[\s\S]*VI\. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH[\s\S]*VII\. NHÂN DÂN THAM GIA Ý KIẾN[\s\S]*VIII\. NHÂN DÂN KIỂM TRA, GIÁM SÁT/,
    );
    expect(flow).toContain('chưa có Ban thanh tra nhân dân đang hoạt động');

    // Nơi nhận (ô 9) and the signature block (ô 7).
    expect(layout).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
    expect(layout).toMatch(/- Sở Tư pháp tỉnh Lạng Sơn;\s+CHỦ TỊCH/);
    expect(flow).toContain('- Lưu: VT.');
    expect(flow).toContain('Hoàng Văn Thắng');

    // Real text in the embedded fonts, A4 portrait.
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman|Tinos/);
    expect(new Set(pageOrientations(out))).toEqual(new Set(['portrait']));
  });

  it('prints the mediation register: cover, Phần I with the case, Phần II per mediator on landscape pages', async () => {
    const out = join(dir, 'so-hoa-giai.pdf');
    await renderPrintToPdf({
      dispatch: app.dispatch,
      route: `/print/register?teamId=${encodeURIComponent(teamId)}&from=2025-01-01&to=2025-12-31`,
      outFile: out,
    });
    const { flow, layout } = pdfText(out);

    expect(flow).toContain('SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ');
    expect(flow).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(layout).toMatch(/Tỉnh, thành phố:\s+Lạng Sơn/);
    expect(layout).toMatch(/Xã, phường, đặc khu:\s+Xã Tân Hưng/);
    expect(layout).toMatch(/Thôn \/ tổ dân phố:\s+Thôn Nà Lầu/);
    expect(layout).toMatch(/Tổ hòa giải:\s+Tổ hòa giải Thôn Nà Lầu/);
    expect(layout).toMatch(/Mở ngày:\s+01\/01\/2025/);
    expect(layout).toMatch(/Khóa ngày:\s+31\/12\/2025/);

    expect(flow).toContain('PHẦN I. GHI CHÉP CỦA HÒA GIẢI VIÊN');
    expect(flow).toContain('Nội dung chủ yếu của vụ, việc');
    for (let i = 1; i <= 10; i += 1) expect(layout).toContain(`(${i})`);
    expect(flow).toContain('05/03/2025');
    expect(flow).toContain(SUMMARY);
    expect(flow).toContain(AGREEMENT);
    // Narrow cells wrap and pdftotext interleaves neighbouring cells, so check them piece by piece.
    for (const piece of ['Hoàng Văn Bảo,', 'sinh năm 1970', 'Lương Thị Hoa,', 'sinh năm 1975', 'Lăng Thị Mai,']) {
      expect(flow).toContain(piece);
    }

    expect(flow).toContain('PHẦN II. THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI');
    // Categories Dân sự, Hôn nhân và gia đình, Mâu thuẫn, Khác; then thành, không thành, other.
    expect(layout).toMatch(/Lăng Thị Mai\s+0\s+0\s+1\s+0\s+1\s+0\s+0/);
    expect(layout).toMatch(/Vi Văn Dũng\s+0\s+0\s+1\s+0\s+1\s+0\s+0/);
    expect(flow).toContain('Tổng số vụ việc tổ hòa giải đã tiếp nhận: 1 vụ việc (hòa giải thành 1;');

    // The cover is portrait; the tables are on landscape pages.
    const [cover, ...tables] = pageOrientations(out);
    expect(cover).toBe('portrait');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tables)).toEqual(new Set(['landscape']));
  });

  it('fails with the view’s Vietnamese message when the data cannot be loaded', async () => {
    const out = join(dir, 'loi.pdf');
    await expect(
      renderPrintToPdf({ dispatch: app.dispatch, route: '/print/register?teamId=khong-co', outFile: out }),
    ).rejects.toThrow(/Không lập được bản in: .*tổ hòa giải|Không lập được bản in: .*Không tìm thấy/);
    expect(existsSync(out)).toBe(false);
  });
});
