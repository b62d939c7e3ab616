import { openRaw } from '../open';
import { schemaObjects, type SchemaObject } from './schemaCheck';

// The two tables a backup file carries besides the installation's own: the attachment files and an
// office's commune replicas. Restore takes them out again; until then they are the only objects a
// backup may hold that the migrations do not create, with exactly this SQL.

/** The table of attachment files inside a backup file. */
export const BACKUP_ATTACHMENT_SQL =
  'CREATE TABLE backup_attachment (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT';
/** The table of an office's commune replicas inside a backup file. */
export const BACKUP_REPLICA_SQL = 'CREATE TABLE backup_replica (code TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT';

function objectsOf(...statements: string[]): SchemaObject[] {
  const db = openRaw(':memory:');
  try {
    for (const statement of statements) db.exec(statement);
    return schemaObjects(db);
  } finally {
    db.close();
  }
}

/** The schema objects of both tables (with SQLite's index of each primary key). */
export const BACKUP_TABLES: readonly SchemaObject[] = objectsOf(BACKUP_ATTACHMENT_SQL, BACKUP_REPLICA_SQL);
