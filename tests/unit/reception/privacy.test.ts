import { describe, expect, it } from 'vitest';
import { RECORD_SPECS } from '../../../db/maintenance/entities';
import { personalFields, petitionShape, visitShape } from '../../../shared/reception/schema';
import { MINIMAL_BLANKED_FIELDS, minimalSnapshot } from '../../../shared/sync/privacy';

const RECEPTION = ['reception_session', 'reception_visit', 'petition', 'dialogue', 'supervision'];

describe('personal data of the reception records', () => {
  it('marks the identity fields as personal in the schemas and blanks every one in minimal bundles', () => {
    expect(personalFields(visitShape)).toEqual(['citizenName', 'citizenAddress', 'citizenIdNumber', 'representatives']);
    expect(personalFields(petitionShape)).toEqual(['petitionerName', 'petitionerAddress', 'petitionerIdNumber']);
    for (const f of personalFields(visitShape)) expect(MINIMAL_BLANKED_FIELDS.reception_visit).toContain(f);
    for (const f of personalFields(petitionShape)) expect(MINIMAL_BLANKED_FIELDS.petition).toContain(f);
  });

  it('registers every reception entity for check and the office, and blanks only fields it stores', () => {
    for (const entity of RECEPTION) {
      const spec = RECORD_SPECS.find((s) => s.entity === entity);
      expect(spec, entity).toBeDefined();
      const stored = [...Object.keys(spec!.fields), 'updatedBy'];
      for (const f of MINIMAL_BLANKED_FIELDS[entity] ?? []) expect(stored, `${entity}.${f}`).toContain(f);
      // Free text never leaves in a minimal bundle: every stored text field but codes and dates is blanked.
      const text = Object.entries(spec!.fields)
        .filter(([, [, kind]]) => kind === 'text')
        .map(([f]) => f)
        .filter((f) => !/On$|^(host|type|content|handling|status|body)$/.test(f));
      for (const f of text) expect(MINIMAL_BLANKED_FIELDS[entity], `${entity}.${f}`).toContain(f);
    }
    const snap = minimalSnapshot('reception_visit', {
      citizenName: 'A',
      summary: 'B',
      citizens: 3,
      content: 'khieu_nai',
    });
    expect(snap).toEqual({ citizenName: null, summary: null, citizens: 3, content: 'khieu_nai' });
  });
});
