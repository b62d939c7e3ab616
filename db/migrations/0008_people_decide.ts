import type { RawDb } from '../open';

const ENVELOPE = `
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at INTEGER,`;

/**
 * Frozen once shipped. The people discuss, decide, comment and supervise (Luật 10/2022, Chương II
 * Mục 2–4; interchange.md v2, issue 11):
 * - `community_decision`: what a thôn / tổ dân phố decided directly. The outcome (no quorum, adopted,
 *   not adopted) is derived from the household counts and never stored, so it cannot disagree with them;
 *   the CHECKs keep the counts ordered (approving ≤ participating ≤ households) whatever writes the row.
 * - `consultation`: a matter put to the people for comment, with the opinions received and taken in.
 * - `supervision_body`: a Ban thanh tra nhân dân or Ban giám sát đầu tư của cộng đồng for a term, its
 *   members a JSON array (names are personal data: the minimal bundle profile blanks them).
 * - `supervision` gains the project supervised and the recommendations made and resolved.
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE community_decision (${ENVELOPE}
      community_id TEXT NOT NULL REFERENCES community (id),
      title TEXT NOT NULL,
      held_on TEXT NOT NULL,
      matter TEXT NOT NULL CHECK (matter IN ('cong_trinh_cong_cong', 'quy_cong_dong', 'bau_truong_thon',
        'bau_ban_ttnd', 'bau_ban_gsdtcd', 'huong_uoc', 'khac')),
      form TEXT NOT NULL CHECK (form IN ('hoi_nghi', 'phieu', 'ket_hop')),
      households INTEGER NOT NULL CHECK (households >= 1),
      households_participating INTEGER NOT NULL
        CHECK (households_participating >= 0 AND households_participating <= households),
      households_approving INTEGER NOT NULL
        CHECK (households_approving >= 0 AND households_approving <= households_participating),
      decision_ref TEXT,
      result_published_on TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX community_decision_held ON community_decision (held_on);
    CREATE INDEX community_decision_community ON community_decision (community_id, held_on);

    CREATE TABLE consultation (${ENVELOPE}
      title TEXT NOT NULL,
      started_on TEXT NOT NULL,
      ended_on TEXT NOT NULL CHECK (ended_on >= started_on),
      community_id TEXT REFERENCES community (id),
      matter TEXT NOT NULL CHECK (matter IN ('ke_hoach_ktxh', 'quy_hoach_su_dung_dat', 'dia_gioi_hanh_chinh',
        'du_an_dau_tu', 'du_thao_van_ban', 'khac')),
      forms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(forms) AND json_array_length(forms) >= 1),
      opinions INTEGER NOT NULL DEFAULT 0 CHECK (opinions >= 0),
      accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted >= 0 AND accepted <= opinions),
      result_published_on TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX consultation_ended ON consultation (ended_on);

    CREATE TABLE supervision_body (${ENVELOPE}
      body TEXT NOT NULL CHECK (body IN ('ban_ttnd', 'ban_gsdtcd')),
      established_on TEXT NOT NULL,
      decision_ref TEXT,
      term_to TEXT,
      dissolved_on TEXT CHECK (dissolved_on IS NULL OR dissolved_on >= established_on),
      members TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(members)),
      note TEXT
    ) STRICT;
    CREATE INDEX supervision_body_established ON supervision_body (body, established_on);

    CREATE VIRTUAL TABLE community_decision_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
    CREATE VIRTUAL TABLE consultation_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');
    CREATE VIRTUAL TABLE supervision_body_fts USING fts5 (body, tokenize = 'unicode61', prefix = '1 2 3');

    ALTER TABLE supervision ADD COLUMN project TEXT;
    ALTER TABLE supervision ADD COLUMN recommendations INTEGER CHECK (recommendations IS NULL OR recommendations >= 0);
    ALTER TABLE supervision ADD COLUMN recommendations_resolved INTEGER
      CHECK (recommendations_resolved IS NULL OR (recommendations_resolved >= 0
        AND recommendations_resolved <= coalesce(recommendations, 0)));
  `);
}
