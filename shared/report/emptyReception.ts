import type { CommuneSections, ReceptionSection } from './schema';

const hosts = () => ({ chu_tich_ubnd: 0, bi_thu: 0, dai_bieu_hdnd: 0, cong_chuc: 0 });

/** Reception figures of a period with no record (all zero, no rate). */
export function emptyReception(): ReceptionSection {
  return {
    sessions: 0,
    sessionsByHost: hosts(),
    visits: 0,
    citizens: 0,
    groupVisits: 0,
    visitsByHost: hosts(),
    visitsByContent: { khieu_nai: 0, to_cao: 0, kien_nghi: 0, phan_anh: 0 },
    complaintsAndDenunciations: 0,
    inCompetence: 0,
    inCompetenceByContent: { khieu_nai: 0, to_cao: 0 },
    resolved: 0,
    resolvedByContent: { khieu_nai: 0, to_cao: 0 },
    resolvedRate: null,
    proposals: 0,
    overdue: 0,
    petitionsByHandling: { thu_ly: 0, tra_lai_huong_dan: 0, chuyen_don: 0, luu_don: 0 },
    citizensByHost: hosts(),
    complex: { received: 0, resolved: 0 },
    missingAcceptedOn: 0,
    chairWeeks: { weeks: 0, held: 0 },
  };
}

/** The reception, dialogue and supervision sections of a period with no record. */
export function emptyReceptionSections(): Pick<CommuneSections, 'reception' | 'dialogues' | 'supervisions'> {
  return { reception: emptyReception(), dialogues: 0, supervisions: { ban_ttnd: 0, ban_gsdtcd: 0 } };
}
