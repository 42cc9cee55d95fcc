/**
 * The one definition of what `hmip verify` gives: every claim of a release with its verdict, the
 * report's quotes, and where the two documents came from. `--format json` prints this object; the
 * table and the HTML page render it and nothing else (they are given it, parsed, and no document);
 * `hmip schema --verify` prints its JSON Schema, generated from here. Field names extend
 * ../shared/spec/output-contract.md ("hmip verify output"); none is renamed.
 */
import { z } from 'zod';
import { Claim, Evidence, Family, Format, Kind } from '../schema.js';

export const VERIFICATION_VERSION = '1' as const;

export const Verdict = z
  .enum(['supported', 'contradicted', 'conflicting', 'not-found'])
  .describe(
    'supported: the report states the same value (page and quote given); contradicted: it states another value for the same thing (both shown); conflicting: it states the value, but for another population or period (a sub-sample, the previous inspection), with both quotes; not-found: the report does not speak to it (never a guess)',
  );

export const ReportQuote = Evidence.extend({
  table: z
    .object({
      row: z.string().describe('the row the value stands in, as the report labels it ("2.1 Assessment", "Overall rating")'),
      column: z.string().nullable().describe('the column, as the report heads it ("Previous inspection"), or what it holds where it has no heading ("Rating")'),
    })
    .nullable()
    .describe('where a quote is a row of a table: its row and column; null for prose'),
  role: z
    .enum(['evidence', 'other-population', 'claimed-population'])
    .describe('evidence: bears on the claim; for a conflicting claim, other-population is where the report states the figure (for another population or period), claimed-population what it states for the one the release speaks of'),
}).describe('a passage of the report, one sentence or one table row');

export const DocumentRef = z.object({
  path: z.string().describe('the file as given on the command line ("-" for standard input)'),
  id: z.string(),
  kind: Kind,
  family: Family,
  title: z.string().nullable(),
  provider: z.string().nullable().describe('the provider\'s short name ("West Yorkshire CRC")'),
  providerName: z.string().nullable().describe('the provider\'s full name'),
  published: z.string().nullable(),
  fieldworkStarted: z.string().nullable(),
  url: z.string().nullable().describe('where the document is published, where known (an HTML page\'s canonical address, or --release-url / --report-url)'),
  sha256: z.string(),
  format: Format,
});

export const Provenance = z.object({
  generatedAt: z.string().describe('when the check was made (ISO 8601, UTC; SOURCE_DATE_EPOCH when set, for a reproducible page)'),
  hmipVersion: z.string(),
  tool: z.string().describe('"hmip verify"'),
});

export const VerifiedClaim = Claim.extend({
  label: z.string().describe('what the claim is about, in words ("Overall rating", "Number of recommendations", "Share of cases")'),
  verdict: Verdict,
  reportValue: z.union([z.string(), z.number(), z.null()]).describe('the value the report states (for a contradicted claim, the other of the two values)'),
  reportEvidence: Evidence.nullable().describe('the report\'s page and quote (several passages joined with " · "); null when not found'),
  reportQuotes: z.array(ReportQuote).describe('the report\'s passages one by one, each with its page, and its row and column where it is a table row'),
  note: z.string().describe('the verdict in one sentence, with both values where they differ'),
  checkedAgainst: z.enum(['current', 'previous']).describe('which of the report\'s inspections the claim was checked against'),
  partOf: z
    .string()
    .nullable()
    .describe('the id of the claim this one is a part of ("all four aspects": a count of four standards; "half as ‘Good’": a share of the standards), listed under it, with its own verdict, and not counted in the summary'),
  derived: z.boolean().describe('true when the verdict is derived from the claim\'s parts: supported only if every part is, contradicted if one part is'),
  alsoStated: z.array(z.object({ text: z.string(), evidence: Evidence })).describe('the other sentences of the release that state the same claim (it is listed once)'),
});

export const Verification = z.object({
  verificationVersion: z.literal(VERIFICATION_VERSION),
  provenance: Provenance,
  pressRelease: DocumentRef,
  report: DocumentRef,
  relation: z.enum(['same-inspection', 'previous-inspection', 'different-provider', 'unknown']),
  relationNote: z.string().describe('one sentence on what was compared: the same inspection, the previous one, or another provider'),
  claims: z.array(VerifiedClaim),
  unchecked: z
    .array(z.object({ text: z.string(), page: z.number().int().nullable() }))
    .describe('the sentences of the release that state no claim hmip checks, in order: what the check does not cover'),
  coverage: z
    .object({
      sentences: z.number().int().describe('sentences of the release (three words or more)'),
      checked: z.number().int().describe('of which state at least one checked claim'),
    })
    .nullable()
    .describe('null where the release\'s sentences were not at hand (hmip batch keeps documents, not their text)'),
  summary: z.object({
    supported: z.number().int(),
    contradicted: z.number().int(),
    conflicting: z.number().int(),
    notFound: z.number().int(),
  }),
});

export type Verdict = z.infer<typeof Verdict>;
export type ReportQuote = z.infer<typeof ReportQuote>;
export type DocumentRef = z.infer<typeof DocumentRef>;
export type Provenance = z.infer<typeof Provenance>;
export type VerifiedClaim = z.infer<typeof VerifiedClaim>;
export type Verification = z.infer<typeof Verification>;
export type Relation = Verification['relation'];

/** The JSON Schema of `hmip verify --format json`, generated from the zod schema. */
export function verificationJsonSchema(): unknown {
  return z.toJSONSchema(Verification, { target: 'draft-2020-12' });
}
