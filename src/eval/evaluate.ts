/**
 * The evaluation over a folder of real documents with truth: each `NNN.txt` (or .html, .pdf, .md)
 * beside its `NNN.json` goes through the whole pipeline, and its projection is compared with the
 * truth. Used by `npm run eval` and by the tests that hold the accuracy the project has reached.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processBytes } from '../pipeline.js';
import { compare, type Outcome } from './compare.js';
import { project, type Projection } from './project.js';
import { readTruth, type Truth } from './truth.js';

export interface EvaluatedDocument {
  name: string;
  input: string;
  truth: Truth;
  projection: Projection;
  outcomes: Outcome[];
}

export interface FieldScore {
  field: string;
  hits: number;
  total: number;
}

const INPUT = /^(\d{3})\.(txt|md|html|pdf)$/;

/** The inputs of a folder that have a truth file, in name order. */
export function corpusInputs(dir: string): { name: string; input: string; truth: string }[] {
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => INPUT.test(f) && files.has(f.replace(INPUT, '$1.json')))
    .sort()
    .map((f) => ({ name: f.replace(INPUT, '$1'), input: join(dir, f), truth: join(dir, f.replace(INPUT, '$1.json')) }));
}

export async function evaluateDocument(input: string, truthPath: string, name: string): Promise<EvaluatedDocument> {
  const bytes = readFileSync(input);
  const { document } = await processBytes(new Uint8Array(bytes), input);
  const truth = readTruth(truthPath);
  const projection = project(document);
  return { name, input, truth, projection, outcomes: compare(truth, projection, bytes.toString('utf8')) };
}

export async function evaluateFolder(dir: string): Promise<EvaluatedDocument[]> {
  const out: EvaluatedDocument[] = [];
  for (const { name, input, truth } of corpusInputs(dir)) out.push(await evaluateDocument(input, truth, name));
  return out;
}

/** Hits and totals per field, in the order fields first appear. */
export function scores(documents: EvaluatedDocument[]): FieldScore[] {
  const byField = new Map<string, FieldScore>();
  for (const d of documents) {
    for (const o of d.outcomes) {
      const score = byField.get(o.field) ?? { field: o.field, hits: 0, total: 0 };
      score.total++;
      if (o.hit) score.hits++;
      byField.set(o.field, score);
    }
  }
  return [...byField.values()];
}
