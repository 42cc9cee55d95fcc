/**
 * `hmip batch`'s verifications: every press release of the batch paired with the report it
 * announces (./pair.ts) and checked against it (`verifyRelease`, as `hmip verify` does, from the
 * two documents alone); a release the batch holds no report for is listed as unpaired, with why.
 * Documents are loaded one pair at a time, so memory does not grow with the archive.
 */
import type { Document } from '../schema.js';
import { pairReleases, type PairingFacts } from './pair.js';
import type { Relation, Verification } from './schema.js';
import { verifyRelease } from './verify.js';

export interface ArchiveVerification {
  release: string;
  report: string | null;
  relation: Relation | null;
  /** How the two were paired, or why the release is unpaired. */
  reason: string;
  /** The verification, as `hmip verify --format json` gives it (without coverage: the batch keeps no text); null when unpaired. */
  verification: Verification | null;
}

export function* verifyArchive(documents: readonly PairingFacts[], load: (id: string) => Document): Generator<ArchiveVerification> {
  for (const pairing of pairReleases(documents)) {
    const verification = pairing.report === null ? null : verifyRelease(load(pairing.release), load(pairing.report));
    yield { ...pairing, verification };
  }
}
