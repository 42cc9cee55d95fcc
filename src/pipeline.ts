/**
 * One document through the stages: ingest → normalise → classify → extract → check → validate.
 * `extractDocument` is pure (tree in, document out); `processBytes` adds ingest.
 */
import type { Root } from 'mdast';
import { annotate, type Sentence, type SentenceLayer } from './annotate/index.js';
import { classifyFamily, classifyKind } from './classify/classify.js';
import { chooseProvider, providerCandidates, providerOf, type ProviderCandidate } from './classify/provider.js';
import type { ClassifyInput } from './classify/signals.js';
import { runChecks, frameworkOf } from './checks/index.js';
import { extractCaseSample } from './extract/caseSample.js';
import { extractClaims, statedRecommendations } from './extract/claims.js';
import { extractNotesToEditors } from './extract/notesToEditors.js';
import { extractQuotes } from './extract/quotes.js';
import { frameworkFor } from './frameworks/index.js';
import { withoutChrome } from './model/chrome.js';
import type { ExtractContext } from './extract/context.js';
import { extractContextualFacts } from './extract/facts.js';
import { extractKeyData } from './extract/keyData.js';
import { extractMetadata } from './extract/metadata.js';
import { extractRatingsTable } from './extract/ratings.js';
import { extractRecommendations } from './extract/recommendations.js';
import { extractRatingStatements, type RatingStatement } from './extract/ratingStatements.js';
import { classifyTables } from './extract/tables.js';
import { extractPerformance } from './extract/targets.js';
import { ingest, DEFAULT_LIMITS, type Limits } from './ingest.js';
import { viewOf, type Block, type DocumentView } from './model/blocks.js';
import { resolveGluedFootnotes } from './model/footnotes.js';
import { Messages } from './model/messages.js';
import { findHeading, sectionBlocks } from './model/sections.js';
import type { Format, SourceMeta } from './model/types.js';
import { Document, SCHEMA_VERSION, type Claim, type Family, type Ratings, type Standard } from './schema.js';
import type { Rating } from './lexicon/ratings.js';
import { datePrecision, identify } from './id.js';

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
  const view = withoutChrome(viewOf(tree));
  const tables = classifyTables(view);
  const messages = new Messages();
  for (const warning of source.warnings ?? []) messages.warn(warning, null, 'ingest');
  const layer = annotate(view);
  const titleBlock = titleOf(view);
  const title = titleBlock?.text ?? source.meta.title ?? null;
  const titleSentences = titleBlock ? layer.of(titleBlock) : [];
  const opening = openingOf(layer, titleBlock);

  const candidates = providerCandidates(layer);
  const candidate = chooseProvider(candidates, titleSentences, opening);
  // The rating statements are read before the kind is known: a release's lead that rates its provider is a signal of its kind.
  const readStatements = (provider: typeof candidate, ownRatings: boolean, family: Family) => extractRatingStatements({ layer, provider, family, title: titleSentences, ownRatings });
  const words = view.blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0);
  const input: ClassifyInput = { view, tables, layer, title: titleSentences, opening, words, statements: readStatements(candidate, true, candidate?.family ?? 'unknown') };
  const kind = classifyKind(input);
  // A page that is neither report nor release is about a provider only where its title names one.
  const chosen = kind.value === 'other' && !candidate?.reasons.includes('named in the title') ? null : candidate;
  const family = classifyFamily(input, chosen, kind.value, candidates);
  if (kind.value === 'other') messages.warn(`This does not look like an HMI Probation report or press release: ${kind.reason}.`, null, 'classify.kind');
  if (family.value === 'unknown' && kind.value !== 'other') messages.warn(`The report family could not be decided: ${family.reason}.`, null, 'classify.family');

  const ctx: ExtractContext = { view, tables, messages, meta: source.meta, kind: kind.value, family: family.value, layer };
  const metadata = extractMetadata(ctx);
  const provider = chosen ? providerOf(chosen) : null;
  if (!provider && kind.value !== 'other' && family.value !== 'thematic') messages.warn('The provider the document is about could not be found.', null, 'provider');

  const statements = readStatements(chosen, kind.value !== 'other', family.value);
  const claims = extractClaims(layer, statements, chosen ? [chosen.name, chosen.shortName] : []);
  const hasTable = [...tables.values()].includes('ratings');
  const ratings = hasTable ? reportRatings(ctx, statements) : statedRatings(ctx, statements, claims, chosen);
  const caseSample = extractCaseSample(ctx);
  const recommendations = extractRecommendations(ctx);
  if (recommendations.statedCounts.new === null) {
    const stated = statedRecommendations(claims);
    if (stated) {
      recommendations.statedCounts.new = stated.count;
      recommendations.statedCountsEvidence.new = stated.claim.evidence;
    }
  }
  // Every extractor has looked; the kind decides what is reported. A listing of other pages (a blog
  // index) states nothing of its own: its teasers are the claims and quotes of the pages it lists.
  const listing = kind.signals.some((sg) => sg.id === 'other.listing');
  const reportsClaims = !listing;
  const reportsQuotes = kind.value !== 'inspection-report' && !listing;

  const partial = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, sha256: source.sha256, format: source.format, url: source.meta.canonicalUrl ?? null, pages: source.meta.pages ?? null, bytes: source.bytes },
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
    claims: reportsClaims ? claims : [],
    quotes: reportsQuotes ? extractQuotes(layer, view.blocks, titleBlock) : [],
    notesToEditors: extractNotesToEditors(ctx),
  };
  const framework = frameworkOf(partial);
  const frameworkId = framework?.id ?? null;
  const document: Document = {
    ...partial,
    ...identify({ ...partial, url: partial.source.url, sha256: source.sha256 }),
    publishedPrecision: datePrecision(partial.published),
    ratings: partial.ratings && { ...partial.ratings, frameworkId, standards: partial.ratings.standards.map((s) => ({ ...s, frameworkId })) },
    classification: {
      kind: { value: kind.value, reason: kind.reason, evidence: kind.evidence, signals: kind.signals },
      family: { value: family.value, reason: family.reason, evidence: family.evidence, signals: family.signals },
      framework: framework?.id ?? null,
    },
    checks: runChecks(partial),
    warnings: messages.list,
  };
  return Document.parse(document);
}

/** The title: the document's first-level heading, else its first block where that is short enough to be a headline. */
function titleOf(view: DocumentView): Block | null {
  const heading = view.blocks.find((b) => b.type === 'heading' && b.depth === 1);
  if (heading) return heading;
  const first = view.blocks.find((b) => b.type !== 'table');
  return first && first.text.length <= 250 && (first.type === 'heading' || !/[.!?]["”’]?$/.test(first.text) || first.text.length < 120) ? first : null;
}

/** The first sentences of the body: where a release names its subject and rating. */
function openingOf(layer: SentenceLayer, title: Block | null, count = 3): Sentence[] {
  return layer.sentences.filter((s) => s.block !== title && s.text.length > 40).slice(0, count);
}

function executiveSummary(view: DocumentView) {
  const heading = findHeading(view, /^executive summary$/i);
  return heading ? sectionBlocks(view, heading) : [];
}

function firstStatement(statements: RatingStatement[], subject: RatingStatement['subject'], inspection: 'current' | 'previous') {
  const found = statements.find((s) => s.subject === subject && s.inspection === inspection && !s.implied && s.rating);
  return found?.rating ? { rating: found.rating, evidence: found.evidence } : null;
}

function reportRatings(ctx: ExtractContext, statements: RatingStatement[]): Ratings | null {
  const table = extractRatingsTable(ctx);
  if (!table) return null;
  const summary = new Set(executiveSummary(ctx.view));
  const narrative = statements.filter((s) => summary.has(s.block));
  return {
    ...table,
    previousOverall: firstStatement(statements, 'overall', 'previous'),
    narrativeOverall: firstStatement(narrative, 'overall', 'current'),
  };
}

/**
 * The ratings a document states in words. Its overall rating is the one it states most often for
 * its own provider and the current inspection (a warning when it states others too); ratings of
 * other providers and of rated areas go to `others`, and areas that stand for standards
 * ("all four aspects of case supervision") to `standards`.
 */
function statedRatings(ctx: ExtractContext, statements: RatingStatement[], claims: Claim[], subject: ProviderCandidate | null): Ratings | null {
  const current = statements.filter((s) => s.subject === 'overall' && s.inspection === 'current' && !s.implied);
  const counts = new Map<Rating, number>();
  for (const s of current) if (s.rating) counts.set(s.rating, (counts.get(s.rating) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  const chosen = top ? current.find((s) => s.rating === top[0])! : null;
  if (counts.size > 1) ctx.messages.warn(`The document states different overall ratings (${[...counts.keys()].join(', ')}); the one it states most, '${chosen!.rating}', is taken.`, null, 'ratings.conflict');
  const overall = chosen?.rating ? { rating: chosen.rating, evidence: chosen.evidence } : null;
  let previousOverall = firstStatement(statements, 'overall', 'previous');
  // "The overall rating has not changed": the previous rating is the current one.
  const unchanged = statements.find((s) => s.implied);
  if (!previousOverall && unchanged && overall) previousOverall = { rating: unchanged.rating ?? overall.rating, evidence: unchanged.evidence };

  const framework = frameworkFor(ctx.family, {});
  const standards: Standard[] = [];
  const others: Ratings['others'] = [];
  for (const s of statements) {
    if (!s.rating) continue;
    // Another provider's rating, of its latest inspection or an earlier one ("the disaggregation of Western Bay YJS, which we rated as ‘Inadequate’ in 2019").
    if (s.subject === 'named-provider' && s.subjectText && !others.some((o) => o.subject === s.subjectText)) others.push({ subject: s.subjectText, rating: s.rating, evidence: s.evidence });
    if (s.inspection !== 'current') continue;
    if (s.subject !== 'area' || !s.area) continue;
    if (s.area.standards?.length) {
      for (const { id, name } of s.area.standards) {
        if (standards.some((x) => x.id === id)) continue;
        const rule = framework?.standards.find((r) => r.ids.includes(id) || r.name === name);
        standards.push({ id, domain: Number(id.split('.')[0]), name, rating: s.rating, previousRating: null, scored: rule?.scored ?? true, keyQuestions: [], announcedKeyQuestions: null, evidence: s.evidence, previousEvidence: null });
      }
    } else if (!others.some((o) => o.subject === s.area!.name)) others.push({ subject: s.area.name, rating: s.rating, evidence: s.evidence });
  }
  // A score is the document's only where its sentence names no other provider ("Both Lambeth PDU and Ealing and Hillingdon PDU each scored just three points").
  const otherRated = new Set(statements.filter((s) => s.subject === 'named-provider').map((s) => s.sentence));
  const names = (text: string) => ctx.layer?.sentences.find((x) => x.text === text)?.spans.filter((x) => x.type === 'provider') ?? [];
  const ownSentence = (text: string) => !otherRated.has(text) && names(text).every((p) => subject?.mentions.some((m) => m.span === p));
  const scoreClaim = claims.find((c) => c.kind === 'score' && typeof c.value === 'number' && c.of !== null && ownSentence(c.text));
  const score = scoreClaim ? { value: scoreClaim.value as number, max: scoreClaim.of!, evidence: scoreClaim.evidence } : null;
  if (!overall && !previousOverall && others.length === 0 && standards.length === 0 && !score) return null;
  return { source: 'prose', overall, previousOverall, score, standards, narrativeOverall: null, others };
}
