import { afterAll, describe, expect, it } from 'vitest';
import { err, ok, openTestApp } from '../../helpers/app';

// The people's pillars through the real dispatcher: the outcome derived on every read, a record refused
// with its field named, and a thôn that its people's decisions or consultations name cannot be deleted.

const app = openTestApp();
afterAll(() => app.cleanup());
const d = app.dispatch;

describe('decisions and consultations through the contract', () => {
  it('derives the outcome, refuses impossible counts, and keeps a thôn its records name', async () => {
    await ok(d, 'installation.setup', { role: 'commune', code: '12345', name: 'Xã Tân Hưng', userName: 'Cán bộ' });
    const thon = await ok(d, 'community.create', { name: 'Thôn Nà Lầu', type: 'thon', households: 120 });
    const base = {
      communityId: thon.id,
      title: 'Làm đường bê tông',
      heldOn: '2026-03-10',
      matter: 'cong_trinh_cong_cong' as const,
      form: 'hoi_nghi' as const,
      households: 120,
    };
    const half = await ok(d, 'decision.create', { ...base, householdsParticipating: 60, householdsApproving: 60 });
    expect(half.outcome).toBe('khong_du_nguoi');
    const adopted = await ok(d, 'decision.update', {
      id: half.id,
      version: half.version,
      fields: { ...base, householdsParticipating: 61, householdsApproving: 61 },
    });
    expect(adopted).toMatchObject({ outcome: 'thong_qua', communityName: 'Thôn Nà Lầu' });
    const refused = await err(d, 'decision.create', { ...base, householdsParticipating: 50, householdsApproving: 51 });
    expect(refused.issues).toEqual([
      expect.objectContaining({
        field: 'householdsApproving',
        message: 'Số hộ tán thành không được lớn hơn số hộ tham gia.',
      }),
    ]);
    expect((await ok(d, 'decision.list', {})).total).toBe(1);

    const deleting = await err(d, 'community.delete', { id: thon.id, version: thon.version });
    expect(deleting.message).toContain('việc Nhân dân bàn và quyết định hoặc đợt lấy ý kiến');
    await ok(d, 'decision.delete', { id: adopted.id, version: adopted.version });
    const asked = await ok(d, 'consultation.create', {
      title: 'Quy hoạch khu dân cư',
      startedOn: '2026-04-01',
      endedOn: '2026-04-20',
      communityId: thon.id,
      matter: 'quy_hoach_su_dung_dat',
      forms: ['phieu'],
      opinions: 8,
      accepted: 2,
    });
    expect(asked.communityName).toBe('Thôn Nà Lầu');
    await err(d, 'community.delete', { id: thon.id, version: thon.version });
    await ok(d, 'consultation.delete', { id: asked.id, version: asked.version });
    await ok(d, 'community.delete', { id: thon.id, version: thon.version });
  });
});
