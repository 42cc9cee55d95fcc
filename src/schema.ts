/**
 * The output's one definition. Every document is validated against it before it is written, the
 * TypeScript types of the pipeline are inferred from it, and `hmip schema` prints the JSON Schema
 * generated from it. Field names follow ../shared/spec/output-contract.md.
 */
import { z } from 'zod';
import { RATINGS } from './normalise/rating.js';
import { DESCRIPTIONS } from './schemaDescriptions.js';

export const SCHEMA_VERSION = '1' as const;

export const Rating = z.enum(RATINGS);
export const Evidence = z
  .object({
    page: z.number().int().positive().nullable().describe('1-based page of the source PDF; null for unpaged sources'),
    quote: z.string().describe('the exact source text the value was read from'),
  })
  .describe('where a person can find the value in the source');

export const Unit = z.enum(['count', 'percent', 'gbp', 'days', 'weeks', 'rate', 'other']);
export const Kind = z.enum(['inspection-report', 'press-release', 'other']);
export const Family = z.enum(['crc', 'nps', 'yos', 'pdu', 'regional', 'thematic', 'unknown']);
export const Format = z.enum(['pdf', 'html', 'text', 'markdown']);

export const FrameworkId = z
  .string()
  .nullable()
  .describe('the rating framework the rating was given under ("crc-2018", "nps-2018", "yos-2018", "youth-2025", "pdu-2021", "pdu-2023", "regional-2023", "thematic"): a rating means what its framework says; null where no framework is known');

export const KeyQuestion = z.object({
  question: z.string(),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  comparator: z.number().nullable().describe('the all-providers figure (e.g. "All CRCs")'),
  qualitative: z.boolean().describe('the question produces qualitative evidence only, no percentage'),
  evidence: Evidence,
});

export const Standard = z.object({
  id: z.string().describe('the report\'s own numbering, e.g. "2.2" or "4.1"'),
  domain: z.number().int().nullable(),
  name: z.string(),
  rating: Rating.nullable().describe('null where the standard was not rated'),
  ratingColour: z.string().nullable().optional().describe('the fill colour of the rating cell ("#rrggbb") where the source shades it: a second witness to the rating'),
  previousRating: Rating.nullable(),
  scored: z.boolean().describe('false for a standard that does not count toward the score (youth resettlement)'),
  keyQuestions: z.array(KeyQuestion),
  announcedKeyQuestions: z.number().int().nullable().describe('how many key questions the text says the rating is based on'),
  evidence: Evidence,
  previousEvidence: Evidence.nullable(),
  frameworkId: FrameworkId.optional(),
});

export const Ratings = z.object({
  source: z.enum(['table', 'prose']).describe('read from a ratings table, or from the sentences that state ratings in words (a release, an article, a report page without its table)'),
  overall: z
    .object({ rating: Rating, evidence: Evidence, colour: z.string().nullable().optional().describe('the fill colour of the rating cell, where the source shades it') })
    .nullable()
    .describe('null when the document rates several services and none is its subject'),
  previousOverall: z.object({ rating: Rating, evidence: Evidence }).nullable().describe('a previous inspection\'s rating the document states'),
  score: z.object({ value: z.number(), max: z.number(), evidence: Evidence }).nullable(),
  standards: z.array(Standard),
  narrativeOverall: z
    .object({ rating: Rating, evidence: Evidence })
    .nullable()
    .describe('the overall rating as the executive summary states it in words (for the narrative-rating check)'),
  others: z
    .array(z.object({ subject: z.string(), rating: Rating, evidence: Evidence }))
    .describe('ratings stated for other services or aspects (a separately rated resettlement standard in a release, a neighbouring service)'),
  frameworkId: FrameworkId.optional(),
});

export const ContextualFact = z.object({
  value: z.number(),
  unit: Unit,
  display: z.string(),
  description: z.string(),
  footnote: z.number().int().nullable(),
  source: z.string().nullable().describe('the text of the footnote that gives the source'),
  evidence: Evidence,
});

export const PerformanceFigure = z.object({
  value: z.number(),
  unit: Unit,
  description: z.string(),
  nationalFigure: z.number().nullable(),
  target: z.number().nullable(),
  footnote: z.number().int().nullable(),
  source: z.string().nullable(),
  evidence: Evidence,
});

export const KeyDataRow = z.object({
  table: z.string(),
  label: z.string(),
  columns: z.array(z.string()),
  values: z.array(z.union([z.number(), z.string(), z.null()])),
  units: z.array(Unit.nullable()),
  displays: z.array(z.string()),
  footnote: z.number().int().nullable(),
  evidence: Evidence,
});

export const Progress = z.enum(['none', 'some', 'sufficient', 'achieved']);

export const PreviousRecommendation = z.object({
  number: z.number().int(),
  addressee: z.string().nullable(),
  text: z.string(),
  progress: Progress.nullable(),
  evidence: Evidence,
  progressEvidence: Evidence.nullable(),
});

export const NewRecommendation = z.object({
  number: z.number().int(),
  addressee: z.string().nullable(),
  text: z.string(),
  repeated: z.boolean(),
  evidence: Evidence,
});

export const ClaimType = z.enum(['rating', 'count', 'percent', 'money', 'average', 'date', 'recommendations', 'other']);

/** What a claim states, finer than `type`: verify checks each kind with its own checker. */
export const ClaimKind = z
  .enum(['count', 'percent', 'money', 'fraction', 'average', 'duration', 'score', 'recommendations', 'rating', 'rating-change', 'same-as-previous', 'date'])
  .describe('what the claim states: a count, a percentage, money, a fraction ("two-thirds", "six in 10"), an average, a duration, a score out of a maximum, a number of recommendations, a rating, a change of rating, "the same rating as before", a date');

export const Claim = z.object({
  id: z.string(),
  type: ClaimType,
  kind: ClaimKind,
  text: z.string().describe('the sentence the claim came from'),
  value: z.union([z.number(), z.string(), z.null()]),
  of: z.number().nullable().describe('the whole the value is part of: "two-thirds" 2 of 3, "11 out of 54 cases" 11 of 54, "one point out of a possible 27"'),
  unit: z.string().nullable().describe('what is counted: people, cases, standards, recommendations, regions, points, months, years … (count where the noun is in no class); percent, gbp, fraction; rating; date'),
  display: z.string().nullable().describe('the figure as printed ("more than 3,000", "two-thirds", "£5m")'),
  from: z.string().nullable().describe('for a rating-change claim, the rating it changed from'),
  subject: z.string().nullable().describe('what the value is about: "overall", a standard id, "supervised", "fieldworkStarted" …'),
  qualifier: z.string().nullable().describe('"more than", "almost", "around", "fewer than half" …'),
  inspection: z.enum(['current', 'previous', 'unknown']).describe('which inspection the claim speaks of'),
  evidence: Evidence,
});

export const Quote = z.object({
  speaker: z.string().nullable().describe('the person quoted, by the full name the document gives; null when the document does not name them'),
  role: z.string().nullable().describe('their role as the document gives it ("Chief Inspector of Probation", "Interim Chief Inspector of Probation")'),
  text: z.string(),
  attribution: z.string().nullable().describe('the words that attribute the quote ("Martin Jones, Chief Inspector of Probation, said:")'),
  rule: z.string().describe('the attribution rule that named the speaker ("quote.verb-before", "quote.speaker-after" …)'),
  evidence: Evidence,
});

export const Check = z.object({
  id: z.string(),
  subject: z.string().nullable(),
  status: z.enum(['pass', 'fail', 'skipped']),
  expected: z.union([z.string(), z.number(), z.null()]),
  actual: z.union([z.string(), z.number(), z.null()]),
  message: z.string(),
});

export const Warning = z.object({
  message: z.string(),
  page: z.number().int().nullable(),
  line: z.number().int().nullable().describe('line of a text or Markdown source'),
  rule: z.string().nullable().describe('the stage or extractor that raised it'),
});

export const Signal = z
  .object({
    id: z.string().describe('the signal rule that fired ("release.inspector-quoted", "family.pdu.title")'),
    value: z.string().describe('the kind or family it speaks for'),
    weight: z.number(),
    evidence: Evidence,
  })
  .describe('one piece of evidence for a classification');

export const Decision = z.object({
  value: z.string(),
  reason: z.string(),
  evidence: Evidence.nullable(),
  signals: z.array(Signal).describe('every signal that fired, with its weight and evidence'),
});

export const Document = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  providerId: z.string().nullable().describe('stable slug of the provider: its place and the key of its type, the same under every name it has had ("cardiff-yjs" for Cardiff Youth Offending Service and Cardiff Youth Justice Service); null for a document about no one provider'),
  inspectionId: z
    .string()
    .nullable()
    .describe('the inspection the document speaks of: provider id and the month its report was published ("west-yorkshire-crc-2020-03"), which the report, its copies and its press release share; null for a page that is no report or release, or about no one provider (see README, "Identity")'),
  previousInspectionId: z.string().nullable().describe('the inspection id of the previous inspection the report names ("In our previous inspection report, published in October 2018" → "west-yorkshire-crc-2018-10")'),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: Format,
    url: z.string().nullable().optional().describe('the page\'s own web address, where it states one (an HTML page\'s canonical link or og:url)'),
    pages: z.number().int().nullable(),
    bytes: z.number().int(),
  }),
  kind: Kind,
  family: Family,
  classification: z.object({ kind: Decision, family: Decision, framework: z.string().nullable() }),
  title: z.string().nullable(),
  provider: z.object({ name: z.string(), shortName: z.string(), type: z.string(), evidence: Evidence }).nullable(),
  owner: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  publishedPrecision: z.enum(['day', 'month', 'year']).nullable().describe('how precise `published` is as printed: "2020-03-10" day, "2020-03" month'),
  fieldworkStarted: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  chiefInspector: z.string().nullable(),
  leadInspector: z.string().nullable(),
  previousInspection: z
    .object({
      published: z.string().regex(/^\d{4}(-\d{2})?(-\d{2})?$/).nullable(),
      evidence: Evidence,
    })
    .nullable()
    .describe('the previous inspection of the same provider, as the report states it'),
  metadataEvidence: z.record(z.string(), Evidence).describe('evidence for owner, published, fieldworkStarted, chiefInspector, leadInspector'),
  ratings: Ratings.nullable(),
  contextualFacts: z.array(ContextualFact),
  performanceAgainstTargets: z.array(PerformanceFigure),
  keyData: z.array(KeyDataRow),
  caseSample: z.record(z.string(), z.number()),
  caseSampleEvidence: z.record(z.string(), Evidence),
  recommendations: z.object({
    previous: z.array(PreviousRecommendation),
    new: z.array(NewRecommendation),
    statedCounts: z.object({ previous: z.number().int().nullable(), new: z.number().int().nullable() }),
    statedCountsEvidence: z.object({ previous: Evidence.nullable(), new: Evidence.nullable() }),
  }),
  claims: z.array(Claim),
  quotes: z.array(Quote),
  notesToEditors: z.array(z.object({ number: z.number().int().nullable(), text: z.string(), evidence: Evidence })),
  checks: z.array(Check),
  warnings: z.array(Warning),
});

export type Document = z.infer<typeof Document>;
export type Evidence = z.infer<typeof Evidence>;
export type Standard = z.infer<typeof Standard>;
export type KeyQuestion = z.infer<typeof KeyQuestion>;
export type Ratings = z.infer<typeof Ratings>;
export type ContextualFact = z.infer<typeof ContextualFact>;
export type PerformanceFigure = z.infer<typeof PerformanceFigure>;
export type KeyDataRow = z.infer<typeof KeyDataRow>;
export type PreviousRecommendation = z.infer<typeof PreviousRecommendation>;
export type NewRecommendation = z.infer<typeof NewRecommendation>;
export type Claim = z.infer<typeof Claim>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Quote = z.infer<typeof Quote>;
export type Check = z.infer<typeof Check>;
export type Warning = z.infer<typeof Warning>;
export type Family = z.infer<typeof Family>;
export type Kind = z.infer<typeof Kind>;

/** The zod node of each property below `schema`, by path ("ratings.standards[].name"), the wrappers of nullable and optional kept. */
export function propertyNodes(schema: z.ZodType, path = '', out = new Map<string, z.ZodType>()): Map<string, z.ZodType> {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; valueType?: z.ZodType; options?: z.ZodType[] } } })._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return propertyNodes(def.innerType!, path, out);
  if (def.type === 'array') return propertyNodes(def.element!, `${path}[]`, out);
  if (def.type === 'record') return propertyNodes(def.valueType!, `${path}{}`, out);
  if (def.type === 'object') {
    for (const [key, node] of Object.entries(def.shape!)) {
      const at = path ? `${path}.${key}` : key;
      out.set(at, node);
      propertyNodes(node, at, out);
    }
  }
  return out;
}

// The descriptions schema.ts does not give inline, attached to their nodes (see schemaDescriptions.ts).
{
  const nodes = propertyNodes(Document);
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    const node = nodes.get(path);
    if (!node) throw new Error(`schemaDescriptions.ts describes "${path}", which the schema does not have`);
    z.globalRegistry.add(node, { description });
  }
}

/** The JSON Schema of the output, generated from the zod schema. */
export function jsonSchema(): unknown {
  return z.toJSONSchema(Document, { target: 'draft-2020-12' });
}
