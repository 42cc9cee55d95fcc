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
import { writeErrorOf } from './atomic.js';
import { csvLine } from './csv.js';
import { dataPackage, datasetteMetadata } from './describe.js';
import { SqliteWriter, type ErrorRecord, type RunRecord } from './sqlite.js';
import { CSV_TABLES, type Cell } from './tables.js';

interface OpenFile {
  path: string;
  fd: number;
}

export class DatasetWriter {
  private readonly files: OpenFile[] = [];
  private readonly jsonl: OpenFile;
  private readonly csvs: OpenFile[];
  private readonly sqlite: SqliteWriter;
  /** Rows of the tables merged across documents (providers), written at commit. */
  private readonly held = new Map<number, Cell[][]>();

  constructor(private readonly dir: string) {
    this.jsonl = this.open(join(dir, 'dataset.jsonl'));
    this.csvs = CSV_TABLES.map((spec) => {
      const file = this.open(join(dir, `${spec.name}.csv`));
      write(file, csvLine(spec.columns.map((c) => c.name)));
      return file;
    });
    this.sqlite = new SqliteWriter(join(dir, 'hmip.sqlite'));
  }

  add(document: Document): void {
    write(this.jsonl, `${JSON.stringify(document)}\n`);
    CSV_TABLES.forEach((spec, i) => {
      const rows = spec.rows(document);
      if (spec.merge) this.held.set(i, [...(this.held.get(i) ?? []), ...rows]);
      else for (const row of rows) write(this.csvs[i]!, csvLine(row));
    });
    this.sqlite.add(document);
  }

  /** Writes the merged tables and the descriptions, and closes every file, complete. */
  commit(run: RunRecord, errors: ErrorRecord[]): void {
    for (const [i, rows] of this.held) for (const row of CSV_TABLES[i]!.merge!(rows)) write(this.csvs[i]!, csvLine(row));
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
