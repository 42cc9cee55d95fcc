/**
 * The dataset files of a generation folder (see publish.ts): dataset.jsonl, one CSV per table,
 * hmip.sqlite, and what describes them: datapackage.json and Datasette's metadata.json. Written
 * one document at a time, so memory does not grow with the number of
 * documents; the folder is published only once every file in it is complete, so no reader ever
 * sees a half-written one.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { writeErrorOf } from './atomic.js';
import { csvLine } from './csv.js';
import { dataPackage, datasetteMetadata } from './describe.js';
import { SqliteWriter, type ErrorRecord, type RunRecord } from './sqlite.js';
import { CSV_TABLES, TableFiller, TABLES, VERIFICATIONS, type AnyTableSpec } from './tables.js';

interface OpenFile {
  path: string;
  fd: number;
}

export class DatasetWriter {
  private readonly files: OpenFile[] = [];
  private readonly jsonl: OpenFile;
  private readonly verificationsJsonl: OpenFile;
  /** The CSV file of each table written as CSV. */
  private readonly csvs = new Map<AnyTableSpec, OpenFile>();
  private readonly sqlite: SqliteWriter;
  private readonly tables = new TableFiller(CSV_TABLES, (spec, row) => write(this.csvs.get(spec)!, csvLine(row)));

  constructor(private readonly dir: string) {
    this.jsonl = this.open(join(dir, 'dataset.jsonl'));
    this.verificationsJsonl = this.open(join(dir, 'verifications.jsonl'));
    for (const spec of CSV_TABLES) {
      const file = this.open(join(dir, `${spec.name}.csv`));
      write(file, csvLine(spec.columns.map((c) => c.name)));
      this.csvs.set(spec, file);
    }
    this.sqlite = new SqliteWriter(join(dir, 'hmip.sqlite'));
  }

  add(document: Document): void {
    write(this.jsonl, `${JSON.stringify(document)}\n`);
    this.tables.add(TABLES, document);
    this.sqlite.add(document);
  }

  /** One release of the batch, checked against the report it announces, or unpaired. */
  addVerification(verification: ArchiveVerification): void {
    write(this.verificationsJsonl, `${JSON.stringify(verification)}\n`);
    this.tables.add([VERIFICATIONS], verification);
    this.sqlite.addVerification(verification);
  }

  /** Writes the merged tables and the descriptions, and closes every file, complete. */
  commit(run: RunRecord, errors: ErrorRecord[]): void {
    this.tables.finish();
    this.closeAll();
    this.sqlite.commit(run, errors);
    const info = { hmipVersion: run.hmipVersion, created: run.finished };
    for (const [name, value] of [['datapackage.json', dataPackage(info)], ['metadata.json', datasetteMetadata(info)]] as const) {
      const path = join(this.dir, name);
      try {
        writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
      } catch (error) {
        throw writeErrorOf(path, error);
      }
    }
  }

  /** Closes what is open after a failure; the generation folder is then removed whole. */
  abort(): void {
    try {
      this.closeAll();
    } catch {
      // closing after a failed write can fail again; the files go with their folder
    }
    this.sqlite.abort();
  }

  private open(path: string): OpenFile {
    try {
      const file = { path, fd: openSync(path, 'w') };
      this.files.push(file);
      return file;
    } catch (error) {
      throw writeErrorOf(path, error);
    }
  }

  private closeAll(): void {
    for (const file of this.files.splice(0)) {
      try {
        closeSync(file.fd);
      } catch (error) {
        throw writeErrorOf(file.path, error);
      }
    }
  }
}

function write(file: OpenFile, text: string): void {
  try {
    writeSync(file.fd, text);
  } catch (error) {
    throw writeErrorOf(file.path, error);
  }
}
