import type { RawDb } from '../open';

/**
 * Frozen once shipped: never edit it, add a new migration. Case search at 100,000 cases
 * (architecture.md §4): the case search index is rebuilt with prefix indexes for 1-, 2- and
 * 3-letter prefixes, so a short prefix such as "t"*, "on"* or "hoa"* reads one prepared list
 * instead of merging the lists of every word that starts with it. The matches are the same; the
 * stored index text (already folded) is copied as it is.
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE VIRTUAL TABLE mediation_case_fts_0002 USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
    INSERT INTO mediation_case_fts_0002 (rowid, body) SELECT rowid, body FROM mediation_case_fts;
    DROP TABLE mediation_case_fts;
    ALTER TABLE mediation_case_fts_0002 RENAME TO mediation_case_fts;
  `);
}
