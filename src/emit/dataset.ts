/**
 * The dataset files of a generation folder (see publish.ts): dataset.jsonl, one CSV per table,
 * hmip.sqlite. Written one document at a time, so memory does not grow with the number of
 * documents; the folder is published only once every file in it is complete, so no reader ever
 * sees a half-written one.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { writeErrorOf } from './atomic.js';
import { csvLine } from './csv.js';
import { SqliteWriter } from './sqlite.js';
import { TABLES, VERIFICATIONS } from './tables.js';

interface OpenFile {
  path: string;
  fd: number;
}

export class DatasetWriter {
  private readonly files: OpenFile[] = [];
  private readonly jsonl: OpenFile;
  private readonly csvs: OpenFile[];
  private readonly verifications: { jsonl: OpenFile; csv: OpenFile };
  private readonly sqlite: SqliteWriter;

  constructor(dir: string) {
    this.jsonl = this.open(join(dir, 'dataset.jsonl'));
    this.csvs = TABLES.map((spec) => {
      const file = this.open(join(dir, `${spec.name}.csv`));
      write(file, csvLine(spec.columns.map((c) => c.name)));
      return file;
    });
    this.verifications = { jsonl: this.open(join(dir, 'verifications.jsonl')), csv: this.open(join(dir, `${VERIFICATIONS.name}.csv`)) };
    write(this.verifications.csv, csvLine(VERIFICATIONS.columns.map((c) => c.name)));
    this.sqlite = new SqliteWriter(join(dir, 'hmip.sqlite'));
  }

  add(document: Document): void {
    write(this.jsonl, `${JSON.stringify(document)}\n`);
    TABLES.forEach((spec, i) => {
      for (const row of spec.rows(document)) write(this.csvs[i]!, csvLine(row));
    });
    this.sqlite.add(document);
  }

  /** One release of the batch, checked against the report it announces, or unpaired. */
  addVerification(verification: ArchiveVerification): void {
    write(this.verifications.jsonl, `${JSON.stringify(verification)}\n`);
    for (const row of VERIFICATIONS.rows(verification)) write(this.verifications.csv, csvLine(row));
    this.sqlite.addVerification(verification);
  }

  /** Closes every file, complete. */
  commit(): void {
    this.closeAll();
    this.sqlite.commit();
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
