import { addDays } from '../../shared/util/dates';

type Send = <T>(call: string, input: unknown) => Promise<T>;

const VISITS = [
  { content: 'kien_nghi', summary: 'Kiến nghị sửa chữa đường bê tông liên thôn bị sụt lún', citizens: 7, group: true },
  {
    content: 'khieu_nai',
    summary: 'Khiếu nại việc xác định ranh giới khi cấp giấy chứng nhận quyền sử dụng đất',
    citizens: 1,
  },
  { content: 'phan_anh', summary: 'Phản ánh việc đổ rác thải không đúng nơi quy định gần nguồn nước', citizens: 2 },
  { content: 'to_cao', summary: 'Tố cáo việc thu các khoản đóng góp không đúng quy định', citizens: 1 },
  { content: 'kien_nghi', summary: 'Kiến nghị hỗ trợ hộ nghèo sửa nhà sau mưa lũ', citizens: 1 },
] as const;

const NAMES = ['Hoàng Văn Tư', 'Lương Thị Mai', 'Nông Văn Hải', 'Vi Thị Hằng', 'Lộc Văn Thành'];

/**
 * A year of citizen reception for the demo commune: the chairman's weekly sessions, visits on some of
 * them (a group visit, complaints, a denunciation recorded with its confidential reference only),
 * petitions at every stage, dialogue conferences and community supervisions.
 */
export async function seedReception(send: Send, today: string, random: () => number): Promise<void> {
  for (let week = 51; week >= 0; week--) {
    const heldOn = addDays(today, -7 * week - 3);
    await send('reception.createSession', {
      heldOn,
      host: week % 4 === 0 ? 'bi_thu' : 'chu_tich_ubnd',
      place: 'Trụ sở UBND xã',
    });
    if (week % 3 !== 0) continue;
    const v = VISITS[Math.floor(random() * VISITS.length)]!;
    const name = NAMES[Math.floor(random() * NAMES.length)]!;
    const denunciation = v.content === 'to_cao';
    await send('reception.createVisit', {
      receivedOn: heldOn,
      host: week % 4 === 0 ? 'bi_thu' : 'chu_tich_ubnd',
      citizens: v.citizens,
      group: 'group' in v,
      content: v.content,
      summary: v.summary,
      handling: v.content === 'khieu_nai' || denunciation ? 'thu_ly' : 'tra_lai_huong_dan',
      citizenName: denunciation ? null : name,
      representatives: 'group' in v ? `${name}, ${NAMES[0]}` : null,
      secretRef: denunciation ? `SM-${heldOn.slice(0, 4)}-${week}` : null,
    });
    if (v.content !== 'khieu_nai' && !denunciation) continue;
    const done = week > 8 && random() < 0.75;
    await send('reception.createPetition', {
      receivedOn: heldOn,
      content: v.content,
      inCompetence: random() < 0.85,
      summary: v.summary,
      handling: 'thu_ly',
      status: done ? 'da_giai_quyet' : 'dang_giai_quyet',
      // Most registers give the thụ lý date; some older lines do not ("chưa ghi ngày thụ lý").
      acceptedOn: week % 5 === 0 ? null : addDays(heldOn, 3),
      // A denunciation verified at several places, complex, extended once in writing (Luật Tố cáo 2018, Điều 24, 30).
      ...(denunciation && week % 2 === 0 ? { complex: true, multiplePlaces: true, extensions: 1 } : {}),
      resolvedOn: done ? addDays(heldOn, 20 + Math.floor(random() * 20)) : null,
      petitionerName: denunciation ? null : name,
      secretRef: denunciation ? `SM-${heldOn.slice(0, 4)}-${week}` : null,
      resolution: done ? 'Đã ban hành quyết định giải quyết, gửi các bên liên quan.' : null,
    });
  }
  for (const days of [300, 120]) {
    await send('reception.createDialogue', {
      heldOn: addDays(today, -days),
      topic: 'Đối thoại với Nhân dân về bồi thường, hỗ trợ giải phóng mặt bằng',
      participants: 60 + Math.floor(random() * 40),
      chairedBy: 'Chủ tịch UBND xã',
    });
  }
  for (const [body, days, subject] of [
    ['ban_ttnd', 280, 'Giám sát việc thu, chi các khoản đóng góp của Nhân dân'],
    ['ban_gsdtcd', 200, 'Giám sát thi công đường giao thông nông thôn'],
    ['ban_ttnd', 90, 'Giám sát việc bình xét hộ nghèo'],
  ] as const) {
    await send('reception.createSupervision', { body, heldOn: addDays(today, -days), subject });
  }
}
