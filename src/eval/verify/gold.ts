/**
 * The hand-checked verdicts of `hmip verify` on real release/report pairs
 * (test/fixtures/verify/gold.json): for each claim of each release, the verdict a careful
 * fact-checker gives it, and, where the report speaks to it, the report's value and the passages
 * (page and quote) that bear it out. Written by reading both texts, not from hmip's output.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Verdict } from '../../verify/schema.js';

const Passage = z.object({ page: z.number().int().nullable(), quote: z.string() });

const GoldBase = z.object({
  kind: z.string(),
  subject: z.string().nullable(),
  value: z.union([z.string(), z.number(), z.null()]),
  of: z.number().optional(),
  qualifier: z.string().optional(),
  /** The value as the release prints it ("seven", "‘Requires improvement’"): what an alteration changes. */
  said: z.string().nullable(),
  /** A piece of the sentence around `said`, as the release prints it, to find it by. */
  in: z.string().nullable(),
  /** The other sentences that state the same claim (it is one claim, stated twice): each can be altered on its own. */
  alsoIn: z.array(z.object({ said: z.string(), in: z.string() })).optional(),
  verdict: Verdict,
  reportValue: z.union([z.string(), z.number(), z.null()]).optional(),
  /** Every passage that must be quoted, in any order. */
  evidence: z.array(Passage).optional(),
  /** Other sets of passages that bear the claim out as well. */
  alternatives: z.array(z.array(Passage)).optional(),
  /** The passages of the verdict once `said` is altered, where they are others (a contradiction shows every standard). */
  alteredEvidence: z.array(Passage).optional(),
  /** Why the verdict is what it is, where that is not plain. */
  why: z.string().optional(),
});

export type GoldClaim = z.infer<typeof GoldBase> & {
  parts?: GoldClaim[];
  /**
   * For a part: what the whole and its parts become when this part's value is altered, where the
   * alteration changes what the sentence claims ("all six aspects ‘Inadequate’" names no area,
   * as "all four aspects" names case supervision: it claims six standards so rated).
   */
  whenAltered?: GoldClaim[];
};
const GoldClaimSchema: z.ZodType<GoldClaim> = GoldBase.extend({
  parts: z.lazy(() => z.array(GoldClaimSchema)).optional(),
  whenAltered: z.lazy(() => z.array(GoldClaimSchema)).optional(),
});

export const GoldPair = z.object({
  release: z.string(),
  report: z.string(),
  relation: z.enum(['same-inspection', 'previous-inspection', 'different-provider', 'unknown']),
  claims: z.array(GoldClaimSchema),
});
export type GoldPair = z.infer<typeof GoldPair>;
export type Passage = z.infer<typeof Passage>;

export function loadGold(path: string): GoldPair[] {
  return z.object({ pairs: z.array(GoldPair) }).parse(JSON.parse(readFileSync(path, 'utf8'))).pairs;
}
