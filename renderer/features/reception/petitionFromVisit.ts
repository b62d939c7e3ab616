import type { PetitionHandling } from '../../../shared/reception/codes';
import type { ReceptionVisit } from '../../../shared/reception/schema';
import { formatDate } from '../../../shared/util/format';
import { RECEPTION_TEXT } from './text';

/** The petition form's starting values when a clerk makes the petition of a reception visit. */
export interface PetitionFromVisit {
  receivedOn: string;
  content: ReceptionVisit['content'];
  summary: string;
  inCompetence: boolean;
  handling: PetitionHandling;
  status: 'dang_giai_quyet' | null;
  round: 1;
  extensions: 0;
  petitionerName: string | null;
  petitionerAddress: string | null;
  petitionerIdNumber: string | null;
  secretRef: string | null;
  forwardedTo: string | null;
  note: string;
}

/**
 * What a visit carries over to its petition, so the citizen is not typed twice (issue 15). A
 * denunciation carries no identity at all (Luật Tố cáo 2018, Điều 9(1)(b): the denouncer's name,
 * address and personal data are kept secret; domain.md §C.5), only the number of its sealed file.
 */
export function petitionFromVisit(v: ReceptionVisit): PetitionFromVisit {
  const denunciation = v.content === 'to_cao';
  const handling: PetitionHandling = v.handling ?? 'thu_ly';
  return {
    receivedOn: v.receivedOn,
    content: v.content,
    summary: v.summary,
    inCompetence: true,
    handling,
    status: handling === 'thu_ly' ? 'dang_giai_quyet' : null,
    round: 1,
    extensions: 0,
    petitionerName: denunciation ? null : v.citizenName,
    petitionerAddress: denunciation ? null : v.citizenAddress,
    petitionerIdNumber: denunciation ? null : v.citizenIdNumber,
    secretRef: denunciation ? v.secretRef : null,
    forwardedTo: handling === 'chuyen_don' ? v.forwardedTo : null,
    note: RECEPTION_TEXT.fromVisitNote(formatDate(v.receivedOn)),
  };
}
