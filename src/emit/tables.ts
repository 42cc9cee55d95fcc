/**
 * The dataset's tables, flattened from the documents: one definition of each table's columns,
 * shared by the CSV and SQLite writers so the two always agree, and by the data package and the
 * Datasette metadata that describe them (emit/describe.ts). A column is described by the
 * document property it holds (`property`, whose description is the zod schema's) or in its own
 * words (`description`) where it is derived.
 */
import { FRAMEWORKS } from '../frameworks/index.js';
import { RATING_SCORE, RATINGS } from '../normalise/rating.js';
import type { Document } from '../schema.js';
import { z } from 'zod';
import type { ArchiveVerification } from '../verify/archive.js';
import { Verdict, Verification } from '../verify/schema.js';

export type Cell = string | number | null;

export interface ColumnSpec {
  name: string;
  type: 'TEXT' | 'INTEGER' | 'REAL';
  /** The property of the table's schema the column holds: its description is the column's. */
  property?: string;
  /** The column's description where it holds no one property. */
  description?: string;
  /** The values a text column takes; `ordered` where they are a scale (the ratings, lowest first). */
  categories?: readonly string[];
  ordered?: boolean;
  /** The column holds an ISO date ("YYYY-MM-DD"). */
  date?: boolean;
}

/** A column that names a row of another table by that table's key. */
export interface ForeignKey {
  column: string;
  table: string;
  field: string;
}

/**
 * One table of the dataset, made from items of type T: the documents (one or more rows each) or
 * the batch's verifications. Its columns, keys and descriptions serve the CSV and SQLite writers,
 * the data package, the Datasette metadata and the data dictionary alike.
 */
export interface TableSpec<T = Document> {
  name: string;
  title: string;
  description: string;
  columns: ColumnSpec[];
  primaryKey: string[];
  /** The zod schema whose properties the columns' `property` names: the Document where not given. */
  schema?: z.ZodType;
  /** Columns naming rows of other tables, where they are not the default (see foreignKeysOf). */
  foreignKeys?: ForeignKey[];
  /** Where the table is written: a CSV file and a SQLite table (the default), or only one of them. */
  formats?: readonly ('csv' | 'sqlite')[];
  /** Columns a Datasette page offers as facets. */
  facets?: string[];
  /** Values of the table's text cells that stand for a missing value, with what each means (the data package's missingValues). */
  missingLabels?: Record<string, string>;
  rows: (item: T) => Cell[][];
  /** Rows of several items that are one row of the table (a provider named by several documents), merged once all are in. */
  merge?: (rows: Cell[][]) => Cell[][];
}

/** Any table, whatever its items: what the writers and the descriptions need of it. */
export type AnyTableSpec = TableSpec<never>;

/** The foreign keys of a table: those it lists, else its `document_id` column, which names a row of documents. */
export function foreignKeysOf(table: AnyTableSpec): ForeignKey[] {
  if (table.foreignKeys) return table.foreignKeys;
  return table.name !== 'documents' && table.columns.some((c) => c.name === 'document_id') ? [{ column: 'document_id', table: 'documents', field: 'id' }] : [];
}

const bool = (b: boolean): number => (b ? 1 : 0);

/** Why a rating is missing: the values of `rating_missing`, and of the wide view's cells. */
export const MISSING_LABELS = {
  'not-rated': 'the document lists the standard but gives it no rating (a domain with no cases, a service too small to rate)',
  'not-inspected': 'the standard is not one of the framework the document was inspected under',
  'not-found': 'the framework has the standard but the document does not state its rating (a release that names only some)',
} as const;
export type MissingLabel = keyof typeof MISSING_LABELS;

const RATING_COLUMN = { categories: RATINGS, ordered: true } as const;

/** "2020-03-10" as it is, "2020-03" as its first day, "2018" as 1 January: a date every tool parses, with `published_precision` saying which. */
export function isoDate(date: string | null): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return /^\d{4}$/.test(date) ? `${date}-01-01` : null;
}

/**
 * Whether the overall rating follows from the standards under the framework's rules, from the
 * cross-checks: `departure-unexplained` where a check fails, `departure-explained` where a
 * standard departs from its key-question band within the published discretion, `rules-unknown`
 * where the banding is not published (or no score is stated), else `consistent`; null where the
 * document states no overall rating.
 */
export function overallCheck(d: Pick<Document, 'ratings' | 'checks'>): string | null {
  if (!d.ratings?.overall) return null;
  const of = (id: string) => d.checks.filter((c) => c.id === id);
  if (['score-sum', 'score-band', 'key-question-band', 'narrative-rating'].some((id) => of(id).some((c) => c.status === 'fail'))) return 'departure-unexplained';
  if (of('key-question-band').some((c) => c.status === 'pass' && /professional discretion/.test(c.message))) return 'departure-explained';
  if (!of('score-band').some((c) => c.status === 'pass')) return 'rules-unknown';
  return 'consistent';
}

/** Why a document has no overall rating, where it has none. */
export function overallMissing(d: Pick<Document, 'ratings' | 'kind' | 'classification'>): MissingLabel | null {
  if (d.ratings?.overall) return null;
  if (d.kind === 'other') return 'not-inspected';
  const framework = FRAMEWORKS.find((f) => f.id === d.classification.framework);
  return framework && framework.standards.length === 0 ? 'not-rated' : 'not-found';
}

/** One row per standard of the document's framework (and any the document rates beyond it), each with its rating or why it has none. */
function ratingRows(d: Document): { id: string; name: string; scored: boolean; rating: string | null; missing: MissingLabel | null; previous: string | null }[] {
  if (!d.ratings) return [];
  const framework = FRAMEWORKS.find((f) => f.id === d.ratings!.frameworkId);
  const stated = d.ratings.standards;
  const rows = (framework?.standards ?? []).map((rule) => {
    const s = stated.find((x) => rule.ids.includes(x.id) || x.name.toLowerCase() === rule.name.toLowerCase());
    return { id: s?.id ?? rule.ids[0]!, name: s?.name ?? rule.name, scored: rule.scored, rating: s?.rating ?? null, missing: (s ? (s.rating ? null : 'not-rated') : 'not-found') as MissingLabel | null, previous: s?.previousRating ?? null, matched: s };
  });
  for (const s of stated) if (!rows.some((r) => r.matched === s)) rows.push({ id: s.id, name: s.name, scored: s.scored, rating: s.rating, missing: s.rating ? null : 'not-rated', previous: s.previousRating, matched: s });
  return rows.filter((r, i) => rows.findIndex((o) => o.id === r.id) === i);
}

/** The wide view's columns: every standard of every framework, named "<framework> <id> <name>". */
const WIDE_STANDARDS = FRAMEWORKS.flatMap((f) => f.standards.map((rule) => ({ framework: f.id, rule, name: `${f.id} ${rule.ids[0]} ${rule.name}` })));

export const TABLES: TableSpec[] = [
  {
    name: 'documents',
    title: 'Documents',
    description: 'One row per document: its ids, what it is, whom it is about, when, and its overall rating',
    columns: [
      { name: 'id', type: 'TEXT', property: 'id' },
      { name: 'provider_id', type: 'TEXT', property: 'providerId' },
      { name: 'inspection_id', type: 'TEXT', property: 'inspectionId' },
      { name: 'previous_inspection_id', type: 'TEXT', property: 'previousInspectionId' },
      { name: 'path', type: 'TEXT', property: 'source.path' },
      { name: 'url', type: 'TEXT', property: 'source.url' },
      { name: 'sha256', type: 'TEXT', property: 'source.sha256' },
      { name: 'format', type: 'TEXT', property: 'source.format', categories: ['pdf', 'html', 'text', 'markdown'] },
      { name: 'pages', type: 'INTEGER', property: 'source.pages' },
      { name: 'kind', type: 'TEXT', property: 'kind', categories: ['inspection-report', 'press-release', 'other'] },
      { name: 'family', type: 'TEXT', property: 'family', categories: ['crc', 'nps', 'yos', 'pdu', 'regional', 'thematic', 'unknown'] },
      { name: 'framework_id', type: 'TEXT', property: 'classification.framework', categories: FRAMEWORKS.map((f) => f.id) },
      { name: 'title', type: 'TEXT', property: 'title' },
      { name: 'provider', type: 'TEXT', property: 'provider.name' },
      { name: 'provider_short', type: 'TEXT', property: 'provider.shortName' },
      { name: 'provider_type', type: 'TEXT', property: 'provider.type' },
      { name: 'owner', type: 'TEXT', property: 'owner' },
      { name: 'published', type: 'TEXT', property: 'published' },
      { name: 'published_precision', type: 'TEXT', property: 'publishedPrecision', categories: ['day', 'month', 'year'] },
      { name: 'published_date', type: 'TEXT', date: true, description: 'published as an ISO date every tool parses: the day where it is stated, else the first day of the month (published_precision says which)' },
      { name: 'year', type: 'INTEGER', description: 'the year of publication' },
      { name: 'fieldwork_started', type: 'TEXT', property: 'fieldworkStarted' },
      { name: 'chief_inspector', type: 'TEXT', property: 'chiefInspector' },
      { name: 'lead_inspector', type: 'TEXT', property: 'leadInspector' },
      { name: 'overall_rating', type: 'TEXT', description: 'the overall rating the document states (ratings.overall.rating)', ...RATING_COLUMN },
      { name: 'overall_rating_missing', type: 'TEXT', description: 'why overall_rating is empty: not-rated (a framework that gives no rating: thematic, annual and public-protection reports), not-inspected (a page that is no report or release), not-found (a report or release under a rating framework whose overall rating the document does not state)', categories: ['not-rated', 'not-inspected', 'not-found'] },
      { name: 'previous_overall_rating', type: 'TEXT', description: 'the previous inspection\'s overall rating the document states (ratings.previousOverall.rating)', ...RATING_COLUMN },
      { name: 'score', type: 'INTEGER', property: 'ratings.score.value' },
      { name: 'score_max', type: 'INTEGER', property: 'ratings.score.max' },
      { name: 'overall_check', type: 'TEXT', description: 'whether the overall rating follows from the standards under the framework\'s rules, from the cross-checks: consistent, departure-explained (a standard departs from its key-question band within the published discretion), departure-unexplained (a check fails), rules-unknown (banding not published, or no score); empty where no overall rating is stated', categories: ['consistent', 'departure-explained', 'departure-unexplained', 'rules-unknown'] },
      { name: 'checks_failed', type: 'INTEGER', description: 'how many cross-checks failed' },
      { name: 'warnings', type: 'INTEGER', description: 'how many warnings reading the document raised' },
    ],
    primaryKey: ['id'],
    facets: ['family', 'kind', 'overall_rating', 'framework_id'],
    rows: (d) => [
      [
        d.id,
        d.providerId,
        d.inspectionId,
        d.previousInspectionId,
        d.source.path,
        d.source.url ?? null,
        d.source.sha256,
        d.source.format,
        d.source.pages,
        d.kind,
        d.family,
        d.classification.framework,
        d.title,
        d.provider?.name ?? null,
        d.provider?.shortName ?? null,
        d.provider?.type ?? null,
        d.owner,
        d.published,
        d.publishedPrecision,
        isoDate(d.published),
        d.published ? Number(d.published.slice(0, 4)) : null,
        d.fieldworkStarted,
        d.chiefInspector,
        d.leadInspector,
        d.ratings?.overall?.rating ?? null,
        overallMissing(d),
        d.ratings?.previousOverall?.rating ?? null,
        d.ratings?.score?.value ?? null,
        d.ratings?.score?.max ?? null,
        overallCheck(d),
        d.checks.filter((c) => c.status === 'fail').length,
        d.warnings.length,
      ],
    ],
  },
  {
    name: 'providers',
    title: 'Providers',
    description: 'One row per provider: its id, its name as the latest document names it, and every name the documents have used',
    columns: [
      { name: 'provider_id', type: 'TEXT', property: 'providerId' },
      { name: 'name', type: 'TEXT', description: 'the provider\'s name in the latest document that names it' },
      { name: 'short_name', type: 'TEXT', description: 'its short name in that document' },
      { name: 'type', type: 'TEXT', property: 'provider.type' },
      { name: 'family', type: 'TEXT', property: 'family' },
      { name: 'known_as', type: 'TEXT', description: 'every name and short name the documents give it, sorted, joined by " | "' },
      { name: 'documents', type: 'INTEGER', description: 'how many documents are about it' },
    ],
    primaryKey: ['provider_id'],
    rows: (d) => (d.provider && d.providerId ? [[d.providerId, d.provider.name, d.provider.shortName, d.provider.type, d.family, `${d.published ?? ''}\u0000${d.id}`, 1]] : []),
    merge: (rows) => {
      const byId = new Map<Cell, Cell[][]>();
      for (const row of rows) byId.set(row[0]!, [...(byId.get(row[0]!) ?? []), row]);
      return [...byId.values()]
        .map((group) => {
          // The latest by publication, then by document id: the same answer whatever the order the documents came in.
          const latest = [...group].sort((a, b) => String(b[5]).localeCompare(String(a[5])))[0]!;
          const names = [...new Set(group.flatMap((r) => [r[1], r[2]] as string[]))].sort();
          return [latest[0]!, latest[1]!, latest[2]!, latest[3]!, latest[4]!, names.join(' | '), group.length];
        })
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    },
  },
  {
    name: 'ratings',
    title: 'Ratings, one row per inspection document and standard',
    description: 'The long table of standards\' ratings: one row per standard of the framework the document was inspected under (and any it rates beyond it), with the rating, or why there is none in rating_missing',
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'inspection_id', type: 'TEXT', property: 'inspectionId' },
      { name: 'provider_id', type: 'TEXT', property: 'providerId' },
      { name: 'framework_id', type: 'TEXT', property: 'ratings.standards[].frameworkId', categories: FRAMEWORKS.map((f) => f.id) },
      { name: 'standard_id', type: 'TEXT', property: 'ratings.standards[].id' },
      { name: 'name', type: 'TEXT', property: 'ratings.standards[].name' },
      { name: 'scored', type: 'INTEGER', description: '1 where the standard counts toward the score, 0 where it is rated but not scored' },
      { name: 'rating', type: 'TEXT', description: 'the standard\'s rating; empty where it has none (rating_missing says why)', ...RATING_COLUMN },
      { name: 'rating_missing', type: 'TEXT', description: `why the rating is missing: ${Object.entries(MISSING_LABELS).map(([k, v]) => `${k}, ${v}`).join('; ')}`, categories: ['not-rated', 'not-found'] },
      { name: 'score', type: 'INTEGER', description: 'the rating\'s points (Inadequate 0, Requires improvement 1, Good 2, Outstanding 3) where the standard is scored' },
      { name: 'previous_rating', type: 'TEXT', property: 'ratings.standards[].previousRating', ...RATING_COLUMN },
    ],
    primaryKey: ['document_id', 'standard_id'],
    facets: ['framework_id', 'rating', 'rating_missing'],
    rows: (d) =>
      ratingRows(d).map((r) => [d.id, d.inspectionId, d.providerId, d.ratings!.frameworkId ?? null, r.id, r.name, bool(r.scored), r.rating, r.missing, r.rating && r.scored ? RATING_SCORE[r.rating as keyof typeof RATING_SCORE] : null, r.previous]),
  },
  {
    name: 'ratings_wide',
    title: 'Ratings, one row per document (for spreadsheets)',
    description: 'The ratings table pivoted: one row per document that states ratings, one column per standard of every framework ("crc-2018 2.2 Planning"); a cell holds the rating, or not-rated, not-found, or not-inspected for a standard of another framework',
    formats: ['csv'],
    missingLabels: MISSING_LABELS,
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'inspection_id', type: 'TEXT', property: 'inspectionId' },
      { name: 'provider_id', type: 'TEXT', property: 'providerId' },
      { name: 'framework_id', type: 'TEXT', property: 'ratings.frameworkId', categories: FRAMEWORKS.map((f) => f.id) },
      { name: 'published', type: 'TEXT', property: 'published' },
      { name: 'overall_rating', type: 'TEXT', description: 'the overall rating the document states', ...RATING_COLUMN },
      { name: 'score', type: 'INTEGER', property: 'ratings.score.value' },
      { name: 'score_max', type: 'INTEGER', property: 'ratings.score.max' },
      ...WIDE_STANDARDS.map((w) => ({ name: w.name, type: 'TEXT' as const, description: `the rating of standard ${w.rule.ids.join(' or ')} ${w.rule.name} of the ${w.framework} framework`, ...RATING_COLUMN })),
    ],
    primaryKey: ['document_id'],
    rows: (d) => {
      if (!d.ratings) return [];
      const rows = ratingRows(d);
      const cells = WIDE_STANDARDS.map((w) => {
        if (w.framework !== d.ratings!.frameworkId) return 'not-inspected';
        const r = rows.find((x) => w.rule.ids.includes(x.id) || x.name.toLowerCase() === w.rule.name.toLowerCase());
        return r ? (r.rating ?? r.missing) : 'not-found';
      });
      return [[d.id, d.inspectionId, d.providerId, d.ratings.frameworkId ?? null, d.published, d.ratings.overall?.rating ?? null, d.ratings.score?.value ?? null, d.ratings.score?.max ?? null, ...cells]];
    },
  },
  {
    name: 'standards',
    title: 'Standards as stated',
    description: "One row per standard a document states: a report's ratings table (source table) or a release's rating sentences (source prose)",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'standard_id', type: 'TEXT', property: 'ratings.standards[].id' },
      { name: 'framework_id', type: 'TEXT', property: 'ratings.standards[].frameworkId', categories: FRAMEWORKS.map((f) => f.id) },
      { name: 'domain', type: 'INTEGER', property: 'ratings.standards[].domain' },
      { name: 'name', type: 'TEXT', property: 'ratings.standards[].name' },
      { name: 'rating', type: 'TEXT', property: 'ratings.standards[].rating', ...RATING_COLUMN },
      { name: 'previous_rating', type: 'TEXT', property: 'ratings.standards[].previousRating', ...RATING_COLUMN },
      { name: 'score', type: 'INTEGER', description: 'the rating\'s points (Inadequate 0 … Outstanding 3) where the standard is scored' },
      { name: 'scored', type: 'INTEGER', description: '1 where the standard counts toward the score, else 0' },
      { name: 'key_questions', type: 'INTEGER', description: 'how many key questions the table gives for it' },
      // 'table' for a report's ratings table, 'prose' for a rating a release or page states in a sentence.
      { name: 'source', type: 'TEXT', property: 'ratings.source', categories: ['table', 'prose'] },
      { name: 'page', type: 'INTEGER', property: 'ratings.standards[].evidence.page' },
      { name: 'quote', type: 'TEXT', property: 'ratings.standards[].evidence.quote' },
    ],
    primaryKey: ['document_id', 'standard_id'],
    rows: (d) =>
      (d.ratings?.standards ?? []).map((s) => [
        d.id,
        s.id,
        s.frameworkId ?? null,
        s.domain,
        s.name,
        s.rating,
        s.previousRating,
        s.rating && s.scored ? RATING_SCORE[s.rating] : null,
        bool(s.scored),
        s.keyQuestions.length,
        d.ratings?.source ?? null,
        s.evidence.page,
        s.evidence.quote,
      ]),
  },
  {
    name: 'key_questions',
    title: 'Key questions',
    description: "One row per key question of a case-based standard, with its percentages",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'standard_id', type: 'TEXT', property: 'ratings.standards[].id' },
      { name: 'n', type: 'INTEGER', description: 'the question\'s place under its standard, from 1' },
      { name: 'question', type: 'TEXT', property: 'ratings.standards[].keyQuestions[].question' },
      { name: 'current', type: 'REAL', property: 'ratings.standards[].keyQuestions[].current' },
      { name: 'previous', type: 'REAL', property: 'ratings.standards[].keyQuestions[].previous' },
      { name: 'comparator', type: 'REAL', property: 'ratings.standards[].keyQuestions[].comparator' },
      { name: 'qualitative', type: 'INTEGER', description: '1 where the question gives qualitative evidence only, no percentage' },
      { name: 'page', type: 'INTEGER', property: 'ratings.standards[].keyQuestions[].evidence.page' },
    ],
    primaryKey: ['document_id', 'standard_id', 'n'],
    rows: (d) =>
      (d.ratings?.standards ?? []).flatMap((s) =>
        s.keyQuestions.map((q, i) => [d.id, s.id, i + 1, q.question, q.current, q.previous, q.comparator, bool(q.qualitative), q.evidence.page]),
      ),
  },
  {
    name: 'facts',
    title: 'Facts and figures',
    description: "One value per row: contextual facts, performance against targets, and key data tables",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'n', type: 'INTEGER', description: 'the value\'s place in the document, from 1' },
      { name: 'section', type: 'TEXT', description: 'which part it comes from', categories: ['contextual-facts', 'performance-against-targets', 'key-data'] },
      { name: 'table_name', type: 'TEXT', property: 'keyData[].table' },
      { name: 'label', type: 'TEXT', description: 'what the value is: the fact\'s description or the row\'s label' },
      { name: 'column_name', type: 'TEXT', description: 'the column of a key-data table the value stands in' },
      { name: 'value', type: 'REAL', property: 'contextualFacts[].value' },
      { name: 'unit', type: 'TEXT', property: 'contextualFacts[].unit', categories: ['count', 'percent', 'gbp', 'days', 'weeks', 'rate', 'other'] },
      { name: 'display', type: 'TEXT', property: 'contextualFacts[].display' },
      { name: 'national_figure', type: 'REAL', property: 'performanceAgainstTargets[].nationalFigure' },
      { name: 'target', type: 'REAL', property: 'performanceAgainstTargets[].target' },
      { name: 'footnote', type: 'INTEGER', property: 'contextualFacts[].footnote' },
      { name: 'source', type: 'TEXT', property: 'contextualFacts[].source' },
      { name: 'page', type: 'INTEGER', property: 'contextualFacts[].evidence.page' },
      { name: 'quote', type: 'TEXT', property: 'contextualFacts[].evidence.quote' },
    ],
    primaryKey: ['document_id', 'n'],
    rows: (d) => {
      const rows: Cell[][] = [];
      for (const f of d.contextualFacts) {
        rows.push([d.id, 0, 'contextual-facts', 'Contextual facts', f.description, null, f.value, f.unit, f.display, null, null, f.footnote, f.source, f.evidence.page, f.evidence.quote]);
      }
      for (const p of d.performanceAgainstTargets) {
        rows.push([d.id, 0, 'performance-against-targets', 'Performance against targets', p.description, null, p.value, p.unit, null, p.nationalFigure, p.target, p.footnote, p.source, p.evidence.page, p.evidence.quote]);
      }
      for (const k of d.keyData) {
        k.columns.forEach((column, i) => {
          const value = k.values[i];
          rows.push([d.id, 0, 'key-data', k.table, k.label, column, typeof value === 'number' ? value : null, k.units[i] ?? null, k.displays[i] ?? null, null, null, k.footnote, null, k.evidence.page, k.evidence.quote]);
        });
      }
      return rows.map((r, i) => ((r[1] = i + 1), r));
    },
  },
  {
    name: 'recommendations',
    title: 'Recommendations',
    description: "The previous inspection's recommendations with progress, and the new ones",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'recommendation_set', type: 'TEXT', description: 'previous or new', categories: ['previous', 'new'] },
      { name: 'number', type: 'INTEGER', property: 'recommendations.new[].number' },
      { name: 'addressee', type: 'TEXT', property: 'recommendations.new[].addressee' },
      { name: 'text', type: 'TEXT', property: 'recommendations.new[].text' },
      { name: 'progress', type: 'TEXT', property: 'recommendations.previous[].progress', categories: ['none', 'some', 'sufficient', 'achieved'] },
      { name: 'repeated', type: 'INTEGER', description: '1 where a new recommendation repeats a previous one' },
      { name: 'page', type: 'INTEGER', property: 'recommendations.new[].evidence.page' },
    ],
    primaryKey: ['document_id', 'recommendation_set', 'number', 'addressee'],
    rows: (d) => [
      ...d.recommendations.previous.map((r) => [d.id, 'previous', r.number, r.addressee ?? '', r.text, r.progress, null, r.evidence.page]),
      ...d.recommendations.new.map((r) => [d.id, 'new', r.number, r.addressee ?? '', r.text, null, bool(r.repeated), r.evidence.page]),
    ],
  },
  {
    name: 'claims',
    title: 'Claims',
    description: "The checkable statements of press releases and pages",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'claim_id', type: 'TEXT', property: 'claims[].id' },
      { name: 'type', type: 'TEXT', property: 'claims[].type' },
      { name: 'subject', type: 'TEXT', property: 'claims[].subject' },
      { name: 'value', type: 'TEXT', description: 'the value claimed, as text (a number, a rating or a date)' },
      { name: 'unit', type: 'TEXT', property: 'claims[].unit' },
      { name: 'qualifier', type: 'TEXT', property: 'claims[].qualifier' },
      { name: 'inspection', type: 'TEXT', property: 'claims[].inspection', categories: ['current', 'previous', 'unknown'] },
      { name: 'text', type: 'TEXT', property: 'claims[].text' },
      { name: 'page', type: 'INTEGER', property: 'claims[].evidence.page' },
    ],
    primaryKey: ['document_id', 'claim_id'],
    facets: ['type', 'inspection'],
    rows: (d) => d.claims.map((c) => [d.id, c.id, c.type, c.subject, c.value === null ? null : String(c.value), c.unit, c.qualifier, c.inspection, c.text, c.evidence.page]),
  },
  {
    name: 'checks',
    title: 'Cross-checks',
    description: "One row per cross-check and subject",
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'n', type: 'INTEGER', description: 'the check\'s place in the document\'s checks, from 1' },
      { name: 'check_id', type: 'TEXT', property: 'checks[].id' },
      { name: 'subject', type: 'TEXT', property: 'checks[].subject' },
      { name: 'status', type: 'TEXT', property: 'checks[].status', categories: ['pass', 'fail', 'skipped'] },
      { name: 'expected', type: 'TEXT', property: 'checks[].expected' },
      { name: 'actual', type: 'TEXT', property: 'checks[].actual' },
      { name: 'message', type: 'TEXT', property: 'checks[].message' },
    ],
    primaryKey: ['document_id', 'n'],
    facets: ['check_id', 'status'],
    rows: (d) => d.checks.map((c, i) => [d.id, i + 1, c.id, c.subject, c.status, c.expected === null ? null : String(c.expected), c.actual === null ? null : String(c.actual), c.message]),
  },
  {
    name: 'quotes',
    title: 'Quotes',
    description: 'The quotes of press releases and pages, with who said them',
    columns: [
      { name: 'document_id', type: 'TEXT', property: 'id' },
      { name: 'n', type: 'INTEGER', description: 'the quote\'s place in the document, from 1' },
      { name: 'speaker', type: 'TEXT', property: 'quotes[].speaker' },
      { name: 'role', type: 'TEXT', property: 'quotes[].role' },
      { name: 'text', type: 'TEXT', property: 'quotes[].text' },
      { name: 'page', type: 'INTEGER', property: 'quotes[].evidence.page' },
    ],
    primaryKey: ['document_id', 'n'],
    facets: ['speaker'],
    rows: (d) => d.quotes.map((q, i) => [d.id, i + 1, q.speaker, q.role, q.text, q.evidence.page]),
  },
];

/**
 * The batch's verifications (src/verify/archive.ts): one row per claim of each release checked
 * against the report it announces (a part of a claim, "half of them as ‘Good’", under its whole:
 * part_of), and one row with verdict 'unpaired' for a release the batch holds no report for.
 */
export const VERIFICATIONS: TableSpec<ArchiveVerification> = {
  name: 'verifications',
  title: 'Verifications: each release checked against its report',
  description: 'One row per claim of each press release of the batch, checked against the report it announces (as hmip verify does); one row with verdict unpaired for a release the batch holds no report of, and one with no claim for a release that states none hmip checks',
  schema: Verification,
  columns: [
    { name: 'release_id', type: 'TEXT', description: 'the press release (documents.id)' },
    { name: 'n', type: 'INTEGER', description: 'the row\'s place among the release\'s, from 1' },
    { name: 'report_id', type: 'TEXT', description: 'the report it was checked against (documents.id); empty where the release is unpaired' },
    { name: 'relation', type: 'TEXT', description: 'how the release and the report are related: same-inspection (the report of the inspection the release announces), previous-inspection (the next report, which names the release\'s inspection as its previous one: the claims are checked against what it says of that); empty where unpaired', categories: ['same-inspection', 'previous-inspection'] },
    { name: 'claim_id', type: 'TEXT', property: 'claims[].id' },
    { name: 'part_of', type: 'TEXT', property: 'claims[].partOf' },
    { name: 'kind', type: 'TEXT', property: 'claims[].kind' },
    { name: 'subject', type: 'TEXT', property: 'claims[].subject' },
    { name: 'label', type: 'TEXT', property: 'claims[].label' },
    { name: 'verdict', type: 'TEXT', description: 'supported (the report states the same value), contradicted (it states another: both values given), conflicting (it states the value for another population or period), not-found (the report does not speak to it), unpaired (the batch holds no report of the release); empty for a release that states no claim hmip checks', categories: [...Verdict.options, 'unpaired'] },
    { name: 'release_value', type: 'TEXT', description: 'the value the release states, as text ("7", "Requires improvement"; a part of a whole as "11/54")' },
    { name: 'report_value', type: 'TEXT', property: 'claims[].reportValue' },
    { name: 'release_quote', type: 'TEXT', property: 'claims[].text' },
    { name: 'release_page', type: 'INTEGER', description: 'the page of the release the sentence is on (1-based; empty for an unpaged release)' },
    { name: 'report_quote', type: 'TEXT', description: 'the report\'s quote for the claim (several passages joined with " · "); empty where not found' },
    { name: 'report_page', type: 'INTEGER', description: 'the page of the report the quote is on (1-based; empty for an unpaged report, or where not found)' },
    { name: 'note', type: 'TEXT', description: 'the verdict in one sentence, with both values where they differ; for an unpaired release, why no report is paired with it' },
  ],
  primaryKey: ['release_id', 'n'],
  foreignKeys: [
    { column: 'release_id', table: 'documents', field: 'id' },
    { column: 'report_id', table: 'documents', field: 'id' },
  ],
  facets: ['verdict', 'kind', 'relation'],
  rows: (v) => {
    if (!v.verification) return [[v.release, 1, null, null, null, null, null, null, null, 'unpaired', null, null, null, null, null, null, v.reason]];
    if (!v.verification.claims.length) return [[v.release, 1, v.report, v.relation, null, null, null, null, null, null, null, null, null, null, null, null, 'The release states no claim hmip checks.']];
    return v.verification.claims.map((c, i) => [
      v.release,
      i + 1,
      v.report,
      v.relation,
      c.id,
      c.partOf,
      c.kind,
      c.subject,
      c.label,
      c.verdict,
      c.value === null ? null : c.of ? `${c.value}/${c.of}` : String(c.value),
      c.reportValue === null ? null : String(c.reportValue),
      c.text,
      c.evidence.page,
      c.reportEvidence?.quote ?? null,
      c.reportEvidence?.page ?? null,
      c.note,
    ]);
  },
};

/** Every table of the dataset: those made from documents, then the verifications. */
export const DATASET_TABLES: readonly AnyTableSpec[] = [...TABLES, VERIFICATIONS];

/** The tables written as CSV files (and described by the data package), and those written into SQLite. */
export const CSV_TABLES = DATASET_TABLES.filter((t) => !t.formats || t.formats.includes('csv'));
export const SQLITE_TABLES = DATASET_TABLES.filter((t) => !t.formats || t.formats.includes('sqlite'));

/**
 * How a writer fills its tables (the CSV files, the SQLite tables): each item's rows written at
 * once, those of a merged table held until every item is in. One per writer, given the tables it
 * writes and how it writes a row.
 */
export class TableFiller {
  private readonly held = new Map<AnyTableSpec, Cell[][]>();

  constructor(
    private readonly tables: readonly AnyTableSpec[],
    private readonly write: (table: AnyTableSpec, row: Cell[]) => void,
  ) {}

  /** The item's rows of those of `tables` this writer writes. */
  add<T>(tables: readonly TableSpec<T>[], item: T): void {
    for (const spec of tables as readonly AnyTableSpec[]) {
      if (!this.tables.includes(spec)) continue;
      const rows = (spec as TableSpec<T>).rows(item);
      if (spec.merge) this.held.set(spec, [...(this.held.get(spec) ?? []), ...rows]);
      else for (const row of rows) this.write(spec, row);
    }
  }

  /** The merged tables' rows, once every item is in. */
  finish(): void {
    for (const [spec, rows] of this.held) for (const row of spec.merge!(rows)) this.write(spec, row);
    this.held.clear();
  }
}
