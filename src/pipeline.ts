/**
 * One document through the stages: ingest → normalise → classify → extract → check → validate.
 * `extractDocument` is pure (tree in, document out); `processBytes` adds ingest.
 */
import type { Root } from 'mdast';
import { classifyFamily, classifyKind } from './classify/classify.js';
import { findProvider } from './classify/provider.js';
import { runChecks, frameworkOf } from './checks/index.js';
import { extractCaseSample } from './extract/caseSample.js';
import { extractClaims, extractNotesToEditors, extractQuotes } from './extract/claims.js';
import type { ExtractContext } from './extract/context.js';
import { extractContextualFacts } from './extract/facts.js';
import { extractKeyData } from './extract/keyData.js';
import { extractMetadata } from './extract/metadata.js';
import { extractRatingsTable } from './extract/ratings.js';
import { extractRecommendations } from './extract/recommendations.js';
import { extractRatingStatements, extractScoreStatement, type RatingStatement } from './extract/statedRatings.js';
import { classifyTables } from './extract/tables.js';
import { extractPerformance } from './extract/targets.js';
import { ingest, DEFAULT_LIMITS, type Limits } from './ingest.js';
import { viewOf, type DocumentView } from './model/blocks.js';
import { resolveGluedFootnotes } from './model/footnotes.js';
import { Messages } from './model/messages.js';
import { findHeading, sectionBlocks } from './model/sections.js';
import type { Format, SourceMeta } from './model/types.js';
import { Document, SCHEMA_VERSION, type Ratings } from './schema.js';
import { documentId } from './id.js';

export interface Source {
  path: string;
  sha256: string;
  format: Format;
  bytes: number;
  meta: SourceMeta;
  /** Warnings of the ingest stage (text cut to the block bound). */
  warnings?: string[];
}

export interface ProcessOptions {
  limits?: Limits;
}

export async function processBytes(bytes: Uint8Array, path: string, options: ProcessOptions = {}): Promise<{ document: Document; tree: Root }> {
  const ingested = await ingest(bytes, path, options.limits ?? DEFAULT_LIMITS);
  const document = extractDocument(ingested.tree, {
    path,
    sha256: ingested.sha256,
    format: ingested.format,
    bytes: ingested.bytes,
    meta: ingested.meta,
    warnings: ingested.warnings,
  });
  return { document, tree: ingested.tree };
}

export function extractDocument(tree: Root, source: Source): Document {
  resolveGluedFootnotes(tree);
  const view = viewOf(tree);
  const tables = classifyTables(view);
  const messages = new Messages();
  for (const warning of source.warnings ?? []) messages.warn(warning, null, 'ingest');
  const title = view.blocks.find((b) => b.type === 'heading' && b.depth === 1)?.text ?? source.meta.title ?? null;

  const kind = classifyKind(view, tables, title);
  const family = kind.value === 'other' ? { value: 'unknown' as const, reason: 'not an HMI Probation report or release', evidence: null } : classifyFamily(view, title);
  if (kind.value === 'other') messages.warn(`This does not look like an HMI Probation report or press release: ${kind.reason}.`, null, 'classify');
  if (family.value === 'unknown' && kind.value !== 'other') messages.warn(`The report family could not be decided: ${family.reason}.`, null, 'classify');

  const ctx: ExtractContext = { view, tables, messages, meta: source.meta, kind: kind.value, family: family.value };
  const metadata = extractMetadata(ctx);
  const provider = family.value === 'thematic' || family.value === 'unknown' ? null : findProvider(view.blocks, family.value, title);
  if (!provider && kind.value !== 'other' && family.value !== 'thematic') messages.warn('The provider the document is about could not be found.', null, 'provider');

  const statements = extractRatingStatements(view.blocks);
  const ratings = kind.value === 'inspection-report' ? reportRatings(ctx, statements) : statedRatings(ctx, statements, provider?.shortName ?? null);
  const caseSample = extractCaseSample(ctx);
  const recommendations = extractRecommendations(ctx);

  const partial = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, sha256: source.sha256, format: source.format, pages: source.meta.pages ?? null, bytes: source.bytes },
    kind: kind.value,
    family: family.value,
    title,
    provider,
    owner: metadata.owner,
    published: metadata.published,
    fieldworkStarted: metadata.fieldworkStarted,
    chiefInspector: metadata.chiefInspector,
    leadInspector: metadata.leadInspector,
    previousInspection: metadata.previousInspection,
    metadataEvidence: metadata.evidence,
    ratings,
    contextualFacts: extractContextualFacts(ctx),
    performanceAgainstTargets: extractPerformance(ctx),
    keyData: extractKeyData(ctx),
    caseSample: caseSample.sample,
    caseSampleEvidence: caseSample.evidence,
    recommendations,
    claims: kind.value === 'press-release' ? extractClaims(ctx, statements) : [],
    quotes: extractQuotes(ctx),
    notesToEditors: extractNotesToEditors(ctx),
  };
  const framework = frameworkOf(partial);
  const document: Document = {
    ...partial,
    id: documentId(partial),
    classification: {
      kind: { value: kind.value, reason: kind.reason, evidence: kind.evidence },
      family: { value: family.value, reason: family.reason, evidence: family.evidence },
      framework: framework?.id ?? null,
    },
    checks: runChecks(partial),
    warnings: messages.list,
  };
  return Document.parse(document);
}

function executiveSummary(view: DocumentView) {
  const heading = findHeading(view, /^executive summary$/i);
  return heading ? sectionBlocks(view, heading) : [];
}

function firstStatement(statements: RatingStatement[], subject: string, inspection: 'current' | 'previous') {
  const found = statements.find((s) => s.subject === subject && s.inspection === inspection);
  return found ? { rating: found.rating, evidence: found.evidence } : null;
}

function reportRatings(ctx: ExtractContext, statements: RatingStatement[]): Ratings | null {
  const table = extractRatingsTable(ctx);
  if (!table) {
    if (ctx.family !== 'thematic') ctx.messages.warn('No ratings table was found in this report.', null, 'ratings');
    return null;
  }
  const summary = new Set(executiveSummary(ctx.view));
  const narrative = statements.filter((s) => summary.has(s.block));
  return {
    ...table,
    previousOverall: firstStatement(statements, 'overall', 'previous'),
    narrativeOverall: firstStatement(narrative, 'overall', 'current'),
  };
}

/**
 * The ratings a release or article states. Its overall rating is the one stated as overall for
 * the current inspection; when it states different overall ratings (several services rated in one
 * release), none is taken as its subject's.
 */
function statedRatings(ctx: ExtractContext, statements: RatingStatement[], provider: string | null): Ratings | null {
  const score = extractScoreStatement(ctx.view.blocks);
  // Several services rated in one sentence: the document's own provider's rating is its overall one.
  const named = statements.filter((s) => s.subject === 'named-provider');
  const own = provider ? named.find((s) => provider.toLowerCase().startsWith(s.subjectText!.toLowerCase())) : undefined;
  if (named.length && !own) ctx.messages.warn(`The document rates several services (${named.map((s) => s.subjectText).join(', ')}); none is its subject, so it states no overall rating of its own.`, null, 'ratings');
  const current = statements.filter((s) => (s.subject === 'overall' || s === own) && s.inspection === 'current');
  const distinct = new Set(current.map((s) => s.rating));
  let overall = current[0] ? { rating: current[0].rating, evidence: current[0].evidence } : null;
  if (distinct.size > 1) {
    ctx.messages.warn(`The document states different overall ratings (${[...distinct].join(', ')}); none is taken as its subject's.`, null, 'ratings');
    overall = null;
  }
  const others = statements
    .filter((s) => s.subject !== 'overall' && s !== own && s.inspection === 'current')
    .map((s) => ({ subject: s.subjectText ?? s.subject ?? 'unstated', rating: s.rating, evidence: s.evidence }));
  const previousOverall = firstStatement(statements, 'overall', 'previous');
  if (!overall && !previousOverall && others.length === 0 && !score) return null;
  return {
    overall,
    previousOverall,
    score: score ? { value: score.value, max: score.max, evidence: score.evidence } : null,
    standards: [],
    narrativeOverall: null,
    others,
  };
}
