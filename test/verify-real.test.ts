/**
 * `hmip verify` on the real release/report pairs of one inspection (test/fixtures/real/README.md):
 * every verdict listed, with the start of the report's quote where it supports the claim; a claim
 * the release states in several sentences (its headline and its lead) is one claim. Each was read
 * against both texts: none is contradicted, and each not-found is a figure the report page does
 * not state (the report pages are the web versions' opening sections, without the
 * recommendations or the case-sample figures). The alteration suite (test/verify-alterations)
 * scores the same pairs strictly, page and quote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/pipeline.js';
import { verifyRelease } from '../src/verify/verify.js';

const DOCS = join(import.meta.dirname, 'fixtures', 'real', 'docs');

async function read(n: string) {
  return processBytes(new Uint8Array(readFileSync(join(DOCS, `${n}.txt`))), `${n}.txt`);
}

const PAIRS: [release: string, report: string, verdicts: string[]][] = [
  ['015', '014', [
    "supported rating Requires improvement (stated 2 times) ← As a consequence, the overall rating for Wales was ‘Requires",
    "not-found recommendations 6",
  ]],
  ['017', '016', [
    "supported rating Requires improvement (stated 3 times) ← However, the assessment and management of risk of harm was n",
    "not-found duration 6",
    "not-found count 12",
  ]],
  ['025', '064', [
    "supported rating Requires improvement ← Overall, Trafford YJS was rated as ‘Requires improvement’.",
  ]],
  ['028', '029', [
    "not-found count 72",
    "not-found count 8",
    "not-found fraction 1/2",
  ]],
  ['030', '031', [
    "not-found rating Inadequate (stated 3 times)",
    "supported count 4 ← Casework across all four service delivery standards we inspe",
    "not-found duration 6",
    "not-found count 12",
  ]],
  ['033', '032', [
    "supported rating Requires improvement (stated 2 times) ← The overall rating is ‘Requires improvement’, and further wo",
    "not-found fraction 1/3",
    "not-found duration 6",
    "not-found count 12",
  ]],
  ['034', '035', [
    "not-found rating Requires improvement (stated 2 times)",
    "not-found duration 6",
    "not-found count 12",
  ]],
  ['054', '053', [
    "supported rating Requires improvement (stated 2 times) ← Overall, Leicester City CYPJS was rated as ‘Requires improve",
  ]],
  ['055', '063', [
    "supported rating Outstanding (stated 2 times) ← Overall, Camden YJS was rated as ‘Outstanding’.",
    "not-found recommendations 4",
  ]],
  ['077', '066', [
    "supported rating Good (stated 2 times) ← Overall, Lambeth YJS was rated as ‘Good’.",
    "not-found recommendations 4",
  ]],
  ['081', '080', [
    "not-found count 84",
    "not-found count 11",
    "not-found fraction 1/2",
    "not-found percent 49",
  ]],
  ['098', '099', [
    "supported rating Requires improvement (stated 3 times) ← Overall, the rating for this PDU was ‘Requires improvement’.",
    "not-found fraction 2/3",
  ]],
  ['111', '112', [
    "supported count 6 ← continuing with a risk-proportionate programme of Inspection",
    "supported count 31 ← continuing with a risk-proportionate programme of Inspection",
    "supported count 14 ← completing 14 inspections under a programme of Inspection of",
    "supported count 43 ← completing 43 inspections of offender management in prisons,",
    "supported count 5 ← publishing five thematic reports, led by HMI Probation, on g",
  ]],
  // The release states no rating; its six recommendations (two for the YJS, four for its board) are not on the report page's opening.
  ['270', '269', [
    "not-found recommendations 6",
    "not-found recommendations 2",
    "not-found recommendations 4",
  ]],
];

describe('verify on real release/report pairs', () => {
  it.each(PAIRS)('%s against %s', async (releaseNo, reportNo, verdicts) => {
    const [release, report] = await Promise.all([read(releaseNo), read(reportNo)]);
    const result = verifyRelease(release.document, report.document);
    const listed = result.claims.map(
      (c) => `${c.verdict} ${c.kind} ${c.value}${c.of ? `/${c.of}` : ''}${c.alsoStated.length ? ` (stated ${c.alsoStated.length + 1} times)` : ''}${c.reportEvidence ? ` ← ${c.reportEvidence.quote.slice(0, 60)}` : ''}`,
    );
    expect(listed).toEqual(verdicts);
    expect(result.summary.contradicted).toBe(0);
  });
});
