import type { RawDb } from '../open';

const ENVELOPE = `
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,`;

/**
 * Frozen once shipped: never edit it, add a new migration. Citizen reception (domain.md §C):
 * sessions, visits (the rows of the Sổ tiếp công dân), petitions, dialogue conferences and
 * community supervisions. No column can hold a denouncer's identity: for `to_cao` a CHECK keeps the
 * identity columns empty, whatever writes the row (domain.md §C.5, §G.3).
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE reception_session (${ENVELOPE}
      held_on TEXT NOT NULL,
      host TEXT NOT NULL,
      type TEXT NOT NULL,
      host_name TEXT,
      place TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX reception_session_held ON reception_session (held_on, host);

    CREATE TABLE reception_visit (${ENVELOPE}
      received_on TEXT NOT NULL,
      host TEXT NOT NULL,
      citizens INTEGER NOT NULL CHECK (citizens >= 1),
      is_group INTEGER NOT NULL DEFAULT 0,
      content TEXT NOT NULL,
      summary TEXT NOT NULL,
      handling TEXT,
      citizen_name TEXT,
      citizen_address TEXT,
      citizen_id_number TEXT,
      representatives TEXT,
      secret_ref TEXT,
      resolved_by TEXT,
      forwarded_to TEXT,
      follow_up TEXT,
      note TEXT,
      CHECK (content <> 'to_cao' OR (citizen_name IS NULL AND citizen_address IS NULL
        AND citizen_id_number IS NULL AND representatives IS NULL))
    ) STRICT;
    CREATE INDEX reception_visit_received ON reception_visit (received_on, host);

    CREATE TABLE petition (${ENVELOPE}
      received_on TEXT NOT NULL,
      content TEXT NOT NULL,
      in_competence INTEGER NOT NULL,
      summary TEXT NOT NULL,
      handling TEXT NOT NULL,
      status TEXT,
      resolved_on TEXT,
      complex INTEGER NOT NULL DEFAULT 0,
      remote_area INTEGER NOT NULL DEFAULT 0,
      round INTEGER NOT NULL DEFAULT 1,
      extensions INTEGER NOT NULL DEFAULT 0,
      petitioner_name TEXT,
      petitioner_address TEXT,
      petitioner_id_number TEXT,
      secret_ref TEXT,
      forwarded_to TEXT,
      resolution TEXT,
      note TEXT,
      CHECK (content <> 'to_cao' OR (petitioner_name IS NULL AND petitioner_address IS NULL
        AND petitioner_id_number IS NULL))
    ) STRICT;
    CREATE INDEX petition_received ON petition (received_on);
    CREATE INDEX petition_pending ON petition (status, received_on);

    CREATE TABLE dialogue (${ENVELOPE}
      held_on TEXT NOT NULL,
      topic TEXT NOT NULL,
      participants INTEGER,
      chaired_by TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX dialogue_held ON dialogue (held_on);

    CREATE TABLE supervision (${ENVELOPE}
      body TEXT NOT NULL CHECK (body IN ('ban_ttnd', 'ban_gsdtcd')),
      held_on TEXT NOT NULL,
      subject TEXT NOT NULL,
      participants INTEGER,
      conclusion TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX supervision_held ON supervision (held_on);

    CREATE VIRTUAL TABLE reception_visit_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
    CREATE VIRTUAL TABLE petition_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
  `);
}
