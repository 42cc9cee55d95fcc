/**
 * The dataset as one SQLite file, with the same tables as the CSVs, primary keys, foreign keys to
 * documents, and indexes on provider and date. Built in a temporary file, one document at a time,
 * and renamed into place when complete.
 */
import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { tempPathFor } from './atomic.js';
import { TABLES, VERIFICATIONS, type TableSpec } from './tables.js';

export class SqliteWriter {
  private readonly temp: string;
  private readonly db: Database.Database;
  private readonly inserts: Database.Statement[];
  private readonly insertVerification: Database.Statement;

  constructor(private readonly path: string) {
    this.temp = tempPathFor(path);
    this.db = new Database(this.temp);
    this.db.pragma('journal_mode = OFF');
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
  }

  add(document: Document): void {
    TABLES.forEach((spec, i) => {
      for (const row of spec.rows(document)) this.inserts[i]!.run(row);
    });
  }

  addVerification(verification: ArchiveVerification): void {
    for (const row of VERIFICATIONS.rows(verification)) this.insertVerification.run(row);
  }

  commit(): void {
    this.db.exec('COMMIT');
    this.db.close();
    renameSync(this.temp, this.path);
  }

  abort(): void {
    if (this.db.open) this.db.close();
    rmSync(this.temp, { force: true });
  }
}
