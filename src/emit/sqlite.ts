/**
 * The dataset as one SQLite file, with the same tables as the CSVs (the verifications among
 * them), primary keys, foreign keys to documents, and indexes on provider and date; besides them the batch's `errors` and `runs`, the
 * full-text table `search` (FTS5 over titles, claims and quotes) and the view `provider_ratings`
 * (each provider's rated inspections with the dates their rating held from and until, for the
 * as-at query). Built one document at a time in one transaction,
 * in the generation folder that is published only when it is complete. The rollback journal is
 * kept in memory: no journal file beside the database, so a batch killed while writing leaves
 * nothing but the unpublished folder, which the next batch removes.
 */
import Database from 'better-sqlite3';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { writeErrorOf } from './atomic.js';
import { foreignKeysOf, SQLITE_TABLES, TableFiller, TABLES, VERIFICATIONS, type AnyTableSpec } from './tables.js';

/** One batch run, the row of `runs`. */
export interface RunRecord {
  hmipVersion: string;
  pipelineVersion: string;
  started: string;
  finished: string;
  jobs: number;
  limits: Record<string, number>;
  files: number;
  documents: number;
  failed: number;
  processed: number;
  reused: number;
  duplicates: number;
}

export interface ErrorRecord {
  path: string;
  sha256: string | null;
  errorClass: string;
  message: string;
}

/** The tables and views of hmip.sqlite that are not tables of documents: their DDL, and what Datasette says of them. */
export const SQLITE_EXTRAS: { name: string; title: string; description: string; ddl: string; columns: Record<string, string>; datasette?: Record<string, unknown> }[] = [
  {
    name: 'errors',
    title: 'Files that failed',
    description: 'One row per file the batch could not read, as in errors.jsonl',
    ddl: 'CREATE TABLE errors ("path" TEXT PRIMARY KEY, "sha256" TEXT, "error_class" TEXT NOT NULL, "message" TEXT NOT NULL)',
    columns: { path: 'the file', sha256: 'sha256 of its bytes, where they could be read', error_class: 'the error class (README, "Bad input")', message: 'the reason, one sentence' },
    datasette: { facets: ['error_class'] },
  },
  {
    name: 'runs',
    title: 'Batch runs',
    description: 'The batch that made this dataset: hmip version, limits, start and end, counts',
    ddl: 'CREATE TABLE runs ("hmip_version" TEXT NOT NULL, "pipeline_version" TEXT NOT NULL, "started" TEXT NOT NULL, "finished" TEXT NOT NULL, "jobs" INTEGER NOT NULL, "limits" TEXT NOT NULL, "files" INTEGER NOT NULL, "documents" INTEGER NOT NULL, "failed" INTEGER NOT NULL, "processed" INTEGER NOT NULL, "reused" INTEGER NOT NULL, "duplicates" INTEGER NOT NULL)',
    columns: {
      hmip_version: 'the version of hmip',
      pipeline_version: 'the hash of hmip\'s code and limits its cached results were made under',
      started: 'when the batch started (ISO 8601, UTC)',
      finished: 'when it wrote this dataset',
      jobs: 'reader processes',
      limits: 'the limits, as JSON (timeoutMs, memoryMb, maxPages, maxBytes, maxLineChars)',
      files: 'files found',
      documents: 'documents written',
      failed: 'files that failed',
      processed: 'files read in this run',
      reused: 'files whose result was kept from an earlier run',
      duplicates: 'files skipped as the same bytes as another',
    },
  },
  {
    name: 'search',
    title: 'Full-text search over titles, claims and quotes',
    description: 'FTS5: SELECT document_id, source, snippet(search, 2, \'[\', \']\', \'…\', 12) FROM search WHERE search MATCH \'caseloads\'',
    ddl: 'CREATE VIRTUAL TABLE search USING fts5(document_id UNINDEXED, source UNINDEXED, text)',
    columns: { document_id: 'the document', source: 'title, claim or quote', text: 'the words searched' },
    datasette: { searchmode: 'raw' },
  },
  {
    name: 'provider_ratings',
    title: 'Each provider\'s rating over time',
    description: 'A view: one row per rated inspection of a provider (its report where the batch has it, else its release), with the date its rating held from and the date of the provider\'s next rated inspection; the rating as at a date D is the row with rated_from <= D and (rated_until IS NULL OR rated_until > D)',
    ddl: `CREATE VIEW provider_ratings AS
WITH rated AS (
  SELECT provider_id, inspection_id, id AS document_id, framework_id, overall_rating, published_date,
         ROW_NUMBER() OVER (PARTITION BY inspection_id ORDER BY kind = 'inspection-report' DESC, published_date, id) AS pick
  FROM documents
  WHERE inspection_id IS NOT NULL AND overall_rating IS NOT NULL AND published_date IS NOT NULL AND kind <> 'other'
)
SELECT provider_id, inspection_id, document_id, framework_id, overall_rating, published_date AS rated_from,
       LEAD(published_date) OVER (PARTITION BY provider_id ORDER BY published_date, inspection_id) AS rated_until
FROM rated WHERE pick = 1`,
    columns: {
      provider_id: 'the provider',
      inspection_id: 'the inspection',
      document_id: 'the document the rating is read from (the report where there is one)',
      framework_id: 'the framework of the rating',
      overall_rating: 'the overall rating',
      rated_from: 'the date the rating was published (published_date)',
      rated_until: 'the date of the provider\'s next rated inspection; empty for the latest',
    },
  },
];

export class SqliteWriter {
  private readonly db: Database.Database;
  private readonly inserts = new Map<AnyTableSpec, Database.Statement>();
  private readonly tables = new TableFiller(SQLITE_TABLES, (spec, row) => this.inserts.get(spec)!.run(row));

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
      for (const spec of SQLITE_TABLES) {
        const columns = spec.columns.map((c) => `"${c.name}" ${c.type}`);
        const keys = [`PRIMARY KEY (${spec.primaryKey.map((k) => `"${k}"`).join(', ')})`];
        for (const fk of foreignKeysOf(spec)) keys.push(`FOREIGN KEY ("${fk.column}") REFERENCES "${fk.table}" ("${fk.field}") ON DELETE CASCADE`);
        this.db.exec(`CREATE TABLE "${spec.name}" (${[...columns, ...keys].join(', ')})`);
      }
      this.db.exec('CREATE INDEX documents_provider ON documents (provider_short, provider)');
      this.db.exec('CREATE INDEX documents_published ON documents (published)');
      this.db.exec('CREATE INDEX documents_family_year ON documents (family, year)');
      this.db.exec('CREATE INDEX documents_provider_id ON documents (provider_id, published_date)');
      this.db.exec('CREATE INDEX documents_inspection_id ON documents (inspection_id)');
      this.db.exec('CREATE INDEX verifications_verdict ON verifications (verdict)');
      // An index on each foreign key ("ratings_document", "verifications_report"), for joins to documents.
      for (const spec of SQLITE_TABLES) for (const fk of foreignKeysOf(spec)) this.db.exec(`CREATE INDEX "${spec.name}_${fk.column.replace(/_id$/, '')}" ON "${spec.name}" ("${fk.column}")`);
      for (const extra of SQLITE_EXTRAS) this.db.exec(extra.ddl);
      this.search = this.db.prepare('INSERT INTO search (document_id, source, text) VALUES (?, ?, ?)');
      for (const spec of SQLITE_TABLES) this.inserts.set(spec, this.db.prepare(`INSERT INTO "${spec.name}" VALUES (${spec.columns.map(() => '?').join(', ')})`));
      this.db.exec('BEGIN');
    } catch (error) {
      if (db?.open) db.close();
      throw writeErrorOf(path, error);
    }
  }

  private readonly search: Database.Statement;

  add(document: Document): void {
    try {
      this.tables.add(TABLES, document);
      const texts = new Set<string>();
      const index = (source: string, text: string | null) => {
        if (text && !texts.has(`${source}\u0000${text}`)) texts.add(`${source}\u0000${text}`), this.search.run(document.id, source, text);
      };
      index('title', document.title);
      for (const claim of document.claims) index('claim', claim.text);
      for (const quote of document.quotes) index('quote', quote.text);
    } catch (error) {
      throw writeErrorOf(this.path, error);
    }
  }

  addVerification(verification: ArchiveVerification): void {
    try {
      this.tables.add([VERIFICATIONS], verification);
    } catch (error) {
      throw writeErrorOf(this.path, error);
    }
  }

  commit(run: RunRecord, errors: ErrorRecord[]): void {
    try {
      this.tables.finish();
      const insertError = this.db.prepare('INSERT INTO errors VALUES (?, ?, ?, ?)');
      for (const e of errors) insertError.run(e.path, e.sha256, e.errorClass, e.message);
      this.db
        .prepare('INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(run.hmipVersion, run.pipelineVersion, run.started, run.finished, run.jobs, JSON.stringify(run.limits), run.files, run.documents, run.failed, run.processed, run.reused, run.duplicates);
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
