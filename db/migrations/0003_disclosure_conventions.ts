import type { RawDb } from '../open';

/**
 * Frozen once shipped: never edit it, add a new migration. Public disclosure (công khai) and
 * village conventions (hương ước, quy ước), issue 4. Attachments are kept in the records as
 * JSON references (SHA-256, name, type, size); the files live in the data folder.
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE disclosure (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      catalog TEXT NOT NULL CHECK (catalog IN ('PL34_2007', 'LUAT10_2022')),
      item INTEGER NOT NULL,
      title TEXT NOT NULL,
      document_ref TEXT,
      document_date TEXT,
      forms TEXT NOT NULL DEFAULT '[]',
      published_on TEXT NOT NULL,
      posted_from TEXT,
      posted_to TEXT,
      place TEXT,
      broadcast_days INTEGER,
      no_radio_system INTEGER NOT NULL DEFAULT 0,
      official TEXT,
      note TEXT,
      attachments TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX disclosure_published ON disclosure (published_on);
    CREATE VIRTUAL TABLE disclosure_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');

    CREATE TABLE convention (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      community_id TEXT NOT NULL REFERENCES community (id),
      type TEXT NOT NULL CHECK (type IN ('huong_uoc', 'quy_uoc')),
      title TEXT NOT NULL,
      version_no INTEGER NOT NULL,
      supersedes_id TEXT REFERENCES convention (id),
      content TEXT,
      drafting_team TEXT,
      signatories TEXT,
      officer TEXT,
      note TEXT,
      attachments TEXT NOT NULL DEFAULT '[]',
      consultation_from TEXT,
      consultation_to TEXT,
      consultation_place TEXT,
      consultation_result TEXT,
      votes TEXT NOT NULL DEFAULT '[]',
      adopted_on TEXT,
      submitted_on TEXT,
      recognized_on TEXT,
      decision_ref TEXT,
      effective_on TEXT,
      status TEXT NOT NULL,
      status_on TEXT NOT NULL,
      status_log TEXT NOT NULL DEFAULT '[]',
      reviews TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX convention_community ON convention (community_id);
    CREATE VIRTUAL TABLE convention_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
  `);
}
