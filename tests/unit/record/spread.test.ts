import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDS } from '../../../shared/record/registry';
import { filesNaming, sources } from './fieldSpread';

// Issue 14: a field lives in its definition, its form, its page and the print where it prints: at
// most 5 files outside tests, migrations, docs and sample data. One field of each kind, chosen for
// being edited by the kind's form and shown by its page (before, on main: agreement 15 files,
// households 20 (community's, with the convention's votes), establishedOn 7, gender 12, topic 12, subject 13, heldOn 13, citizenIdNumber 10, resolvedOn 10, postedTo 12, householdsApproving 3,
// covers 8, counted the same way).

const ROOT = resolve(import.meta.dirname, '../../..');

/** Files where the same word names another kind's field (a different value with the same name). */
const CONVENTION_VOTES = [
  'db/convention/interchange.ts',
  'renderer/features/conventions/ConventionPage.tsx',
  'renderer/features/disclosure/DisclosuresPage.tsx',
  'renderer/i18n/publicUi.ts',
  'shared/convention/',
];
const DIALOGUES_AND_SUPERVISIONS = [
  'db/reception/meetings.ts',
  'renderer/features/reception/MeetingsPage.tsx',
  'shared/reception/dialogueRecord.ts',
  'shared/reception/supervisionRecord.ts',
];

/** Kind → the field measured, and the files where its name means something else. */
const MEASURED: Record<string, { field: string; homonyms?: readonly string[] }> = {
  community: { field: 'households', homonyms: CONVENTION_VOTES },
  mediation_team: { field: 'establishedOn' },
  mediator: { field: 'gender' },
  mediation_case: { field: 'agreement' },
  reception_session: { field: 'heldOn', homonyms: DIALOGUES_AND_SUPERVISIONS },
  reception_visit: { field: 'citizenIdNumber' },
  petition: { field: 'resolvedOn' },
  dialogue: { field: 'topic' },
  supervision: { field: 'subject' },
  disclosure: { field: 'postedTo' },
  convention: { field: 'householdsApproving' },
  // The shipped notices (shared/calendar/holidays.ts) are records of the kind, kept as data.
  day_off_notice: { field: 'covers', homonyms: ['shared/calendar/holidays.ts'] },
};

describe('one field of each kind is named in at most 5 files', () => {
  const files = sources(ROOT);

  it('measures every kind, by a field of its own definition', () => {
    expect(Object.keys(MEASURED).sort()).toEqual(RECORDS.map((r) => r.kind).sort());
    for (const def of RECORDS) {
      const all = { ...def.stored, ...def.lineOnly };
      expect(Object.keys(all), def.kind).toContain(MEASURED[def.kind]!.field);
    }
  });

  it.each(RECORDS.map((def) => [def.kind, MEASURED[def.kind]!] as const))('%s', (kind, { field, homonyms }) => {
    const naming = filesNaming(files, field, homonyms);
    const definition = naming.filter((f) => f.startsWith('shared/'));
    expect(definition.length, `${field}: ${naming.join(', ')}`).toBeGreaterThan(0);
    expect(naming.length, `${kind}.${field}: ${naming.join(', ')}`).toBeLessThanOrEqual(5);
  });

  it('names homonym files that exist and still use the word (the exceptions cannot go stale)', () => {
    for (const { field, homonyms = [] } of Object.values(MEASURED)) {
      for (const h of homonyms) {
        const matching = [...files.keys()].filter((f) => f.startsWith(h));
        expect(matching.length, h).toBeGreaterThan(0);
        expect(
          filesNaming(new Map(matching.map((f) => [f, files.get(f)!])), field).length,
          `${h}: ${field}`,
        ).toBeGreaterThan(0);
      }
    }
  });
});
