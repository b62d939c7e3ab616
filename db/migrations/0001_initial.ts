import type { RawDb } from '../open';

/** Frozen: the first schema. Never edit a shipped migration; add a new one. */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
      snapshot TEXT NOT NULL,
      user TEXT NOT NULL,
      at INTEGER NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX change_log_record ON change_log (record_id, seq);

    CREATE TABLE community (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('thon', 'to_dan_pho')),
      households INTEGER,
      note TEXT
    ) STRICT;
    CREATE UNIQUE INDEX community_name ON community (name) WHERE deleted_at IS NULL;

    CREATE TABLE mediation_team (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      community_id TEXT NOT NULL REFERENCES community (id),
      name TEXT NOT NULL,
      established_on TEXT,
      decision_ref TEXT,
      note TEXT
    ) STRICT;
    CREATE UNIQUE INDEX mediation_team_community ON mediation_team (community_id) WHERE deleted_at IS NULL;

    CREATE TABLE mediator (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      team_id TEXT NOT NULL REFERENCES mediation_team (id),
      name TEXT NOT NULL,
      gender TEXT NOT NULL CHECK (gender IN ('nam', 'nu')),
      birth_year INTEGER,
      ethnic_minority INTEGER NOT NULL DEFAULT 0,
      role TEXT NOT NULL,
      recognized_on TEXT,
      decision_ref TEXT,
      left_on TEXT,
      phone TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX mediator_team ON mediator (team_id);

    CREATE TABLE mediation_case (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,
      community_id TEXT NOT NULL REFERENCES community (id),
      received_on TEXT NOT NULL,
      category TEXT NOT NULL,
      grounds TEXT,
      summary TEXT NOT NULL,
      status TEXT NOT NULL,
      closed_on TEXT,
      parties TEXT NOT NULL DEFAULT '[]',
      mediator_ids TEXT NOT NULL DEFAULT '[]',
      invited TEXT,
      agreement TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX mediation_case_received ON mediation_case (received_on);
    CREATE INDEX mediation_case_community ON mediation_case (community_id, received_on);

    CREATE VIRTUAL TABLE mediation_case_fts USING fts5 (body, tokenize = 'unicode61');
    CREATE VIRTUAL TABLE community_fts USING fts5 (body, tokenize = 'unicode61');
    CREATE VIRTUAL TABLE mediator_fts USING fts5 (body, tokenize = 'unicode61');
  `);
}
