import type { RawDb } from '../open';

/**
 * Frozen once shipped. Petitions by the law's dates and the holiday calendar (issue 10):
 * - `petition`: the thụ lý decision (`accepted_on`, interchange.md v2), the especially complex level and
 *   verification at several places of a denunciation (Luật Tố cáo 2018, Điều 30 and 24). A CHECK
 *   keeps them to `to_cao`, whatever writes the row.
 * - `day_off_notice`: the Government's yearly day-off notices an installation adds after this version
 *   shipped (nghỉ bù, hoán đổi ngày làm việc); a record like any other, so it travels in bundles and the
 *   office counts a commune's deadlines with the commune's own calendar.
 */
export function up(db: RawDb): void {
  db.exec(`
    ALTER TABLE petition ADD COLUMN accepted_on TEXT;
    ALTER TABLE petition ADD COLUMN especially_complex INTEGER NOT NULL DEFAULT 0
      CHECK (especially_complex = 0 OR content = 'to_cao');
    ALTER TABLE petition ADD COLUMN multiple_places INTEGER NOT NULL DEFAULT 0
      CHECK (multiple_places = 0 OR content = 'to_cao');
    CREATE INDEX petition_accepted ON petition (accepted_on);

    CREATE TABLE day_off_notice (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      year INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2100),
      covers TEXT NOT NULL,
      days_off TEXT NOT NULL,
      working_days TEXT NOT NULL,
      ref TEXT NOT NULL,
      note TEXT
    ) STRICT;
    CREATE INDEX day_off_notice_year ON day_off_notice (year);
  `);
}
