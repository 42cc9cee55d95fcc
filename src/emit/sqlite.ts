/**
 * The dataset as one SQLite file, with the same tables as the CSVs, primary keys, foreign keys to
 * documents, and indexes on provider and date. Built one document at a time in one transaction,
 * in the generation folder that is published only when it is complete. The rollback journal is
 * kept in memory: no journal file beside the database, so a batch killed while writing leaves
 * nothing but the unpublished folder, which the next batch removes.
 */
import Database from 'better-sqlite3';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { writeErrorOf } from './atomic.js';
import { TABLES, VERIFICATIONS, type TableSpec } from './tables.js';

export class SqliteWriter {
  private readonly db: Database.Database;
  private readonly inserts: Database.Statement[];
  private readonly insertVerification: Database.Statement;

  constructor(private readonly path: string) {
    let db: Database.Database | null = null;
    try {
      this.db = db = new Database(path);
      // better-sqlite3 opens databases in SQLite's defensive mode, which ignores journal_mode = OFF
      // without a word (the journal file is then written after all): MEMORY is allowed, and checked.
      const mode = this.db.pragma('journal_mode = MEMORY', { simple: true });
      if (mode !== 'memory') throw new Error(`SQLite kept journal mode "${String(mode)}" instead of "memory"`);
      this.db.pragma('synchronous = OFF');
      this.db.pragma('foreign_keys = ON');
      for (const spec of TABLES) {
        const columns = spec.columns.map((c) => `"${c.name}" ${c.type}`);
        const keys = [`PRIMARY KEY (${spec.primaryKey.map((k) => `"${k}"`).join(', ')})`];
        if (spec.name !== 'documents') keys.push('FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE');
        this.db.exec(`CREATE TABLE "${spec.name}" (${[...columns, ...keys].join(', ')})`);
      }
      this.db.exec('CREATE INDEX documents_provider ON documents (provider_short, provider)');
      this.db.exec('CREATE INDEX documents_published ON documents (published)');
      this.db.exec('CREATE INDEX documents_family_year ON documents (family, year)');
      for (const spec of TABLES.filter((t) => t.name !== 'documents')) this.db.exec(`CREATE INDEX "${spec.name}_document" ON "${spec.name}" (document_id)`);
      const v = VERIFICATIONS;
      const keys = [`PRIMARY KEY (${v.primaryKey.map((k) => `"${k}"`).join(', ')})`, 'FOREIGN KEY ("release_id") REFERENCES documents ("id")', 'FOREIGN KEY ("report_id") REFERENCES documents ("id")'];
      this.db.exec(`CREATE TABLE "${v.name}" (${[...v.columns.map((c) => `"${c.name}" ${c.type}`), ...keys].join(', ')})`);
      this.db.exec(`CREATE INDEX verifications_report ON "${v.name}" (report_id)`);
      this.db.exec(`CREATE INDEX verifications_verdict ON "${v.name}" (verdict)`);
      const insert = (spec: TableSpec<never>) => this.db.prepare(`INSERT INTO "${spec.name}" VALUES (${spec.columns.map(() => '?').join(', ')})`);
      this.inserts = TABLES.map(insert);
      this.insertVerification = insert(v);
      this.db.exec('BEGIN');
    } catch (error) {
      if (db?.open) db.close();
      throw writeErrorOf(path, error);
    }
  }

  add(document: Document): void {
    try {
      TABLES.forEach((spec, i) => {
        for (const row of spec.rows(document)) this.inserts[i]!.run(row);
      });
    } catch (error) {
      throw writeErrorOf(this.path, error);
    }
  }

  addVerification(verification: ArchiveVerification): void {
    try {
      for (const row of VERIFICATIONS.rows(verification)) this.insertVerification.run(row);
    } catch (error) {
      throw writeErrorOf(this.path, error);
    }
  }

  commit(): void {
    try {
      this.db.exec('COMMIT');
      this.db.close();
    } catch (error) {
      throw writeErrorOf(this.path, error);
    }
  }

  abort(): void {
    if (this.db?.open) this.db.close();
  }
}
