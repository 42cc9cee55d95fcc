/** The cross-checks, in the order they are reported. Each returns pass, fail or skipped with its reason. */
import { frameworkFor } from '../frameworks/index.js';
import type { Check, Document } from '../schema.js';
import { keyQuestionBand } from './keyQuestionBand.js';
import { narrativeRating } from './narrativeRating.js';
import { recommendationCount } from './recommendationCount.js';
import { scoreBand } from './scoreBand.js';
import { scoreSum } from './scoreSum.js';
import { standardCount } from './standardCount.js';
import type { CheckFn } from './types.js';

export const CHECKS: CheckFn[] = [scoreSum, scoreBand, standardCount, keyQuestionBand, narrativeRating, recommendationCount];

export function frameworkOf(document: Pick<Document, 'family' | 'published' | 'ratings'>) {
  return frameworkFor(document.family, {
    published: document.published,
    scoreMax: document.ratings?.score?.max ?? null,
    standardCount: document.ratings?.standards.length ?? null,
  });
}

export function runChecks(document: Pick<Document, 'ratings' | 'family' | 'kind' | 'recommendations' | 'published'>): Check[] {
  const framework = frameworkOf(document);
  return CHECKS.flatMap((check) => check({ document, framework }));
}
