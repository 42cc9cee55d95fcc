/**
 * The hand-checked truth of a real document (test/fixtures/real/docs/NNN.json): what a careful
 * reader finds in the document's own text. Its form is the real corpus's (see its README); this
 * schema only reads it, it never changes it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Rating } from '../schema.js';

export const TruthClaim = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  of: z.number().optional(),
  qualifier: z.string().optional(),
  as_written: z.string().optional(),
});

export const TruthQuote = z.object({ speaker: z.string().nullable(), role: z.string().nullable().optional(), starts: z.string() });

export const Truth = z.object({
  url: z.string().nullable().optional(),
  title: z.string().nullable(),
  kind: z.enum(['press-release', 'report', 'other']),
  family: z.enum(['crc', 'nps', 'yos', 'pdu', 'regional', 'thematic', 'unknown']),
  provider: z.string().nullable(),
  published: z.string().nullable(),
  truth: z.object({
    overallRating: Rating.nullable(),
    previousRating: z.object({ rating: Rating, year: z.union([z.number(), z.string()]).nullable().optional(), implied: z.boolean().optional() }).passthrough().nullable(),
    score: z.object({ value: z.number(), max: z.number() }).passthrough().nullable(),
    standardRatings: z.array(z.object({ id: z.string().optional(), name: z.string(), rating: Rating }).passthrough()),
    otherRatings: z.array(z.object({ subject: z.string(), rating: Rating }).passthrough()),
    claims: z.array(TruthClaim),
    quotes: z.array(TruthQuote),
    recommendationsCount: z.number().nullable(),
    distractors: z.array(z.string()),
  }),
  notes: z.array(z.string()),
});

export type Truth = z.infer<typeof Truth>;
export type TruthClaim = z.infer<typeof TruthClaim>;

export function readTruth(path: string): Truth {
  return Truth.parse(JSON.parse(readFileSync(path, 'utf8')));
}
