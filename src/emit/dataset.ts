/**
 * The dataset files of an output folder: dataset.jsonl, one CSV per table, hmip.sqlite. Written
 * one document at a time into temporary files, which are renamed into place only when all are
 * complete: memory does not grow with the number of documents, and no reader ever sees a
 * half-written file.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';
import { tempPathFor } from './atomic.js';
import { csvLine } from './csv.js';
import { SqliteWriter } from './sqlite.js';
import { TABLES, VERIFICATIONS } from './tables.js';

interface OpenFile {
  path: string;
  temp: string;
  fd: number;
}

function open(path: string): OpenFile {
  const temp = tempPathFor(path);
  return { path, temp, fd: openSync(temp, 'w') };
}

export class DatasetWriter {
  private readonly jsonl: OpenFile;
  private readonly csvs: OpenFile[];
  private readonly verifications: { jsonl: OpenFile; csv: OpenFile };
  private readonly sqlite: SqliteWriter;

  constructor(dir: string) {
    this.jsonl = open(join(dir, 'dataset.jsonl'));
    this.csvs = TABLES.map((spec) => {
      const file = open(join(dir, `${spec.name}.csv`));
      writeSync(file.fd, csvLine(spec.columns.map((c) => c.name)));
      return file;
    });
    this.verifications = { jsonl: open(join(dir, 'verifications.jsonl')), csv: open(join(dir, `${VERIFICATIONS.name}.csv`)) };
    writeSync(this.verifications.csv.fd, csvLine(VERIFICATIONS.columns.map((c) => c.name)));
    this.sqlite = new SqliteWriter(join(dir, 'hmip.sqlite'));
  }

  add(document: Document): void {
    writeSync(this.jsonl.fd, `${JSON.stringify(document)}\n`);
    TABLES.forEach((spec, i) => {
      const fd = this.csvs[i]!.fd;
      for (const row of spec.rows(document)) writeSync(fd, csvLine(row));
    });
    this.sqlite.add(document);
  }

  /** One release of the batch, checked against the report it announces, or unpaired. */
  addVerification(verification: ArchiveVerification): void {
    writeSync(this.verifications.jsonl.fd, `${JSON.stringify(verification)}\n`);
    for (const row of VERIFICATIONS.rows(verification)) writeSync(this.verifications.csv.fd, csvLine(row));
    this.sqlite.addVerification(verification);
  }

  private files(): OpenFile[] {
    return [this.jsonl, ...this.csvs, this.verifications.jsonl, this.verifications.csv];
  }

  commit(): void {
    for (const file of this.files()) {
      closeSync(file.fd);
      renameSync(file.temp, file.path);
    }
    this.sqlite.commit();
  }

  abort(): void {
    for (const file of this.files()) {
      try {
        closeSync(file.fd);
      } catch {
        // already closed
      }
      rmSync(file.temp, { force: true });
    }
    this.sqlite.abort();
  }
}
