import { catalogOn } from '../../shared/disclosure/catalog';
import { addDays } from '../../shared/util/dates';
import { lastUnityDay } from '../convention/service';

type Send = <T>(call: string, input: unknown) => Promise<T>;
interface Stored {
  id: string;
  version: number;
}

const PLACE = 'Bảng tin trụ sở UBND xã';

/**
 * Demo disclosures over the last twelve months: every item of the catalog in force once, the budget
 * execution (item 2 of Luật 10/2022) every quarter, one posting left a day short so the board has
 * something to show.
 */
export async function seedDisclosures(send: Send, today: string): Promise<number> {
  const catalog = catalogOn(today);
  let count = 0;
  for (const item of catalog.items) {
    const times = item.recurrence === 'quarterly' ? 4 : 1;
    for (let k = 0; k < times; k++) {
      const publishedOn = addDays(today, -(340 - item.no * 17 - k * 91));
      const short = item.no === 9;
      await send('disclosure.create', {
        catalog: catalog.code,
        item: item.no,
        title: times > 1 ? `${item.label} (lần ${k + 1})` : item.label,
        documentRef: `${10 + item.no}/QĐ-UBND`,
        documentDate: addDays(publishedOn, -1),
        forms: item.radioDays > 0 ? ['niem_yet', 'truyen_thanh', 'truong_thon'] : ['niem_yet', 'truong_thon'],
        publishedOn,
        postedFrom: publishedOn,
        postedTo: addDays(publishedOn, short ? 28 : 30),
        place: PLACE,
        broadcastDays: item.radioDays > 0 ? 3 : null,
        official: 'Văn phòng HĐND và UBND xã',
      });
      count += 1;
    }
  }
  return count;
}

/**
 * Demo conventions: every community but the last has a hương ước adopted at a meeting and recognised
 * two years ago, reviewed on the last 18 November; the first one was amended after its review.
 */
export async function seedConventions(
  send: Send,
  today: string,
  communities: { id: string; name: string; households: number }[],
): Promise<number> {
  const start = addDays(today, -760);
  const reviewOn = lastUnityDay(today);
  let count = 0;
  for (const [i, community] of communities.slice(0, -1).entries()) {
    let c = await send<Stored>('convention.create', {
      communityId: community.id,
      type: 'huong_uoc',
      title: `Hương ước ${community.name.replace(/^Thôn/, 'thôn')}`,
      draftingTeam: 'Trưởng thôn, Trưởng ban công tác Mặt trận, Chi hội trưởng Phụ nữ, già làng',
    });
    const act = async (step: unknown) => {
      c = await send<Stored>('convention.act', { id: c.id, version: c.version, step });
    };
    const h = community.households;
    await act({ action: 'consult', from: start, to: addDays(start, 30), place: 'Nhà văn hóa thôn' });
    await act({
      action: 'vote',
      vote: {
        method: 'hop',
        on: addDays(start, 35),
        households: h,
        present: Math.ceil(h * 0.7),
        approving: Math.ceil(h * 0.62),
      },
    });
    await act({ action: 'submit', on: addDays(start, 38) });
    await act({ action: 'recognize', on: addDays(start, 42), decisionRef: `${30 + i}/QĐ-UBND`, effectiveOn: null });
    if (reviewOn > addDays(start, 42)) {
      await act({ action: 'review', on: reviewOn, outcome: i === 0 ? 'sua_doi_bo_sung' : 'giu_nguyen', note: null });
    }
    count += 1;
  }
  return count;
}
