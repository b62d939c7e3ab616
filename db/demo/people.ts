import { addDays } from '../../shared/util/dates';

type Send = <T>(call: string, input: unknown) => Promise<T>;

interface DemoCommunity {
  id: string;
  name: string;
  households: number;
}

/** What thôn decide in a year, with the share of households taking part and approving. */
const DECISIONS = [
  {
    title: 'Làm đường bê tông liên xóm, mỗi hộ góp 500.000 đồng',
    matter: 'cong_trinh_cong_cong',
    form: 'hoi_nghi',
    part: 0.8,
    yes: 0.72,
  },
  {
    title: 'Thành lập quỹ khuyến học của thôn, mức góp 50.000 đồng/hộ/năm',
    matter: 'quy_cong_dong',
    form: 'ket_hop',
    part: 0.9,
    yes: 0.61,
  },
  { title: 'Bầu Trưởng thôn nhiệm kỳ mới', matter: 'bau_truong_thon', form: 'hoi_nghi', part: 0.75, yes: 0.66 },
  {
    title: 'Sửa nhà văn hóa thôn bằng đóng góp của các hộ',
    matter: 'cong_trinh_cong_cong',
    form: 'phieu',
    part: 0.7,
    yes: 0.42,
  },
  {
    title: 'Góp tiền lắp đèn đường chiếu sáng',
    matter: 'cong_trinh_cong_cong',
    form: 'hoi_nghi',
    part: 0.45,
    yes: 0.4,
  },
] as const;

const CONSULTATIONS = [
  {
    title: 'Dự thảo kế hoạch phát triển kinh tế - xã hội năm tới',
    matter: 'ke_hoach_ktxh',
    forms: ['hoi_nghi', 'cong_thong_tin'],
    days: 240,
    opinions: 64,
    accepted: 51,
    published: true,
  },
  {
    title: 'Quy hoạch khu dân cư mới và bãi chăn thả tập trung',
    matter: 'quy_hoach_su_dung_dat',
    forms: ['hoi_nghi', 'phieu'],
    days: 150,
    opinions: 118,
    accepted: 87,
    published: true,
  },
  {
    title: 'Dự án nâng cấp trạm y tế xã',
    matter: 'du_an_dau_tu',
    forms: ['hom_thu', 'truc_tiep'],
    days: 20,
    opinions: 23,
    accepted: 9,
    published: false,
  },
] as const;

/**
 * A year of the people's pillars for the demo commune (issue 11): decisions of the thôn (one without
 * a quorum, one not adopted), consultations (the latest not yet published), the Ban thanh tra nhân dân
 * and a Ban giám sát đầu tư của cộng đồng with their members, and supervisions with recommendations.
 */
export async function seedPeople(send: Send, today: string, communities: readonly DemoCommunity[]): Promise<void> {
  for (const [i, d] of DECISIONS.entries()) {
    const c = communities[i % communities.length]!;
    const heldOn = addDays(today, -300 + i * 60);
    const participating = Math.round(c.households * d.part);
    await send('decision.create', {
      communityId: c.id,
      title: d.title,
      heldOn,
      matter: d.matter,
      form: d.form,
      households: c.households,
      householdsParticipating: participating,
      householdsApproving: Math.min(participating, Math.round(c.households * d.yes)),
      decisionRef: `BB-${i + 1}/${heldOn.slice(0, 4)}`,
      resultPublishedOn: i < 4 ? addDays(heldOn, 3) : null,
    });
  }
  for (const c of CONSULTATIONS) {
    const endedOn = addDays(today, -c.days);
    await send('consultation.create', {
      title: c.title,
      startedOn: addDays(endedOn, -20),
      endedOn,
      matter: c.matter,
      forms: c.forms,
      opinions: c.opinions,
      accepted: c.accepted,
      resultPublishedOn: c.published ? addDays(endedOn, 7) : null,
    });
  }
  await send('supervision.createBody', {
    body: 'ban_ttnd',
    establishedOn: addDays(today, -420),
    decisionRef: '125/QĐ-UBND',
    termTo: addDays(today, 1040),
    members: [
      { name: 'Lý Văn Hùng', role: 'truong_ban', gender: 'nam' },
      { name: 'Hoàng Thị Mai', role: 'pho_truong_ban', gender: 'nu' },
      { name: 'Nông Văn Tú', role: 'thanh_vien', gender: 'nam' },
      { name: 'Vi Thị Hạnh', role: 'thanh_vien', gender: 'nu' },
      { name: 'Lộc Văn Sơn', role: 'thanh_vien', gender: 'nam' },
    ],
  });
  await send('supervision.createBody', {
    body: 'ban_gsdtcd',
    establishedOn: addDays(today, -260),
    decisionRef: '88/QĐ-UBND',
    members: [
      { name: 'Hà Văn Thắng', role: 'truong_ban', gender: 'nam' },
      { name: 'Lương Thị Dung', role: 'thanh_vien', gender: 'nu' },
      { name: 'Đàm Văn Khánh', role: 'thanh_vien', gender: 'nam' },
    ],
  });
  await send('reception.createSupervision', {
    body: 'ban_gsdtcd',
    heldOn: addDays(today, -60),
    subject: 'Giám sát thi công đường bê tông liên xóm',
    project: 'Đường bê tông liên xóm',
    recommendations: 4,
    recommendationsResolved: 3,
  });
}
