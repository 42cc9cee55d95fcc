import type { Framework } from '../frameworks/index.js';
import type { Check, Document } from '../schema.js';

/** What the checks read: the extracted document (as JSON holds it) and its framework. */
export interface CheckInput {
  document: Pick<Document, 'ratings' | 'family' | 'kind' | 'recommendations'>;
  framework: Framework | null;
}

export type CheckFn = (input: CheckInput) => Check[];

export function result(id: string, subject: string | null, status: Check['status'], expected: Check['expected'], actual: Check['actual'], message: string): Check {
  return { id, subject, status, expected, actual, message };
}

export function skipped(id: string, subject: string | null, message: string): Check {
  return result(id, subject, 'skipped', null, null, message);
}
