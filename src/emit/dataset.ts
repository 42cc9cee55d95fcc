/**
 * The dataset files of an output folder: dataset.jsonl, one CSV per table, hmip.sqlite. Written
 * one document at a time into temporary files, which are renamed into place only when all are
 * complete: memory does not grow with the number of documents, and no reader ever sees a
 * half-written file.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../schema.js';
import { tempPathFor } from './atomic.js';
import { csvLine } from './csv.js';
import { SqliteWriter } from './sqlite.js';
import { TABLES } from './tables.js';

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
  private readonly sqlite: SqliteWriter;

  constructor(dir: string) {
    this.jsonl = open(join(dir, 'dataset.jsonl'));
    this.csvs = TABLES.map((spec) => {
      const file = open(join(dir, `${spec.name}.csv`));
      writeSync(file.fd, csvLine(spec.columns.map((c) => c.name)));
      return file;
    });
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

  commit(): void {
    for (const file of [this.jsonl, ...this.csvs]) {
      closeSync(file.fd);
      renameSync(file.temp, file.path);
    }
    this.sqlite.commit();
  }

  abort(): void {
    for (const file of [this.jsonl, ...this.csvs]) {
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
