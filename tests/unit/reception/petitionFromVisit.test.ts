import { describe, expect, it } from 'vitest';
import type { ReceptionVisit } from '../../../shared/reception/schema';
import { petitionFromVisit } from '../../../renderer/features/reception/petitionFromVisit';

/** Issue 15: a visit makes its petition with the citizen carried over, never a denouncer's identity. */
const VISIT: ReceptionVisit = {
  id: 'v1',
  version: 1,
  createdAt: 0,
  updatedAt: 0,
  updatedBy: 'admin',
  deletedAt: null,
  receivedOn: '2026-03-02',
  host: 'chu_tich_ubnd',
  citizens: 1,
  group: false,
  content: 'khieu_nai',
  summary: 'Khiếu nại thu hồi đất',
  handling: 'thu_ly',
  citizenName: 'Đỗ Thị Thu Hà',
  citizenAddress: 'Thôn Nà Lầu',
  citizenIdNumber: '001188009999',
  representatives: null,
  secretRef: null,
  resolvedBy: null,
  forwardedTo: null,
  followUp: null,
  note: null,
  sessionId: null,
  masked: false,
};

describe('a petition made from a reception visit', () => {
  it('carries the citizen, the date, the content and the summary over', () => {
    expect(petitionFromVisit(VISIT)).toMatchObject({
      receivedOn: '2026-03-02',
      content: 'khieu_nai',
      summary: 'Khiếu nại thu hồi đất',
      handling: 'thu_ly',
      status: 'dang_giai_quyet',
      petitionerName: 'Đỗ Thị Thu Hà',
      petitionerAddress: 'Thôn Nà Lầu',
      petitionerIdNumber: '001188009999',
      note: 'Đơn nhận tại lượt tiếp công dân ngày 02/03/2026.',
    });
  });

  it('never copies an identity into the petition of a denunciation, only its sealed file number', () => {
    // Even a visit holding an identity (an older record, an import) gives none to the petition.
    const p = petitionFromVisit({ ...VISIT, content: 'to_cao', secretRef: 'SM-07' });
    expect(p).toMatchObject({ petitionerName: null, petitionerAddress: null, petitionerIdNumber: null });
    expect(p.secretRef).toBe('SM-07');
    expect(JSON.stringify(p)).not.toMatch(/Đỗ Thị Thu Hà|001188009999|Nà Lầu/);
  });

  it('keeps the visit handling, and no status unless accepted', () => {
    expect(petitionFromVisit({ ...VISIT, handling: 'chuyen_don', forwardedTo: 'UBND huyện' })).toMatchObject({
      handling: 'chuyen_don',
      status: null,
      forwardedTo: 'UBND huyện',
    });
    expect(petitionFromVisit({ ...VISIT, handling: null }).handling).toBe('thu_ly');
  });
});
