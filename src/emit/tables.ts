/**
 * The dataset's tables, flattened from the documents: one definition of each table's columns,
 * shared by the CSV and SQLite writers so the two always agree.
 */
import { RATING_SCORE } from '../normalise/rating.js';
import type { Document } from '../schema.js';
import type { ArchiveVerification } from '../verify/archive.js';

export type Cell = string | number | null;

export interface TableSpec<T = Document> {
  name: string;
  columns: { name: string; type: 'TEXT' | 'INTEGER' | 'REAL' }[];
  primaryKey: string[];
  rows: (item: T) => Cell[][];
}

const bool = (b: boolean): number => (b ? 1 : 0);

export const TABLES: TableSpec[] = [
  {
    name: 'documents',
    columns: [
      { name: 'id', type: 'TEXT' },
      { name: 'path', type: 'TEXT' },
      { name: 'sha256', type: 'TEXT' },
      { name: 'format', type: 'TEXT' },
      { name: 'pages', type: 'INTEGER' },
      { name: 'kind', type: 'TEXT' },
      { name: 'family', type: 'TEXT' },
      { name: 'framework', type: 'TEXT' },
      { name: 'title', type: 'TEXT' },
      { name: 'provider', type: 'TEXT' },
      { name: 'provider_short', type: 'TEXT' },
      { name: 'provider_type', type: 'TEXT' },
      { name: 'owner', type: 'TEXT' },
      { name: 'published', type: 'TEXT' },
      { name: 'year', type: 'INTEGER' },
      { name: 'fieldwork_started', type: 'TEXT' },
      { name: 'chief_inspector', type: 'TEXT' },
      { name: 'lead_inspector', type: 'TEXT' },
      { name: 'overall_rating', type: 'TEXT' },
      { name: 'previous_overall_rating', type: 'TEXT' },
      { name: 'score', type: 'REAL' },
      { name: 'score_max', type: 'REAL' },
      { name: 'checks_failed', type: 'INTEGER' },
      { name: 'warnings', type: 'INTEGER' },
    ],
    primaryKey: ['id'],
    rows: (d) => [
      [
        d.id,
        d.source.path,
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
        d.published ? Number(d.published.slice(0, 4)) : null,
        d.fieldworkStarted,
        d.chiefInspector,
        d.leadInspector,
        d.ratings?.overall?.rating ?? null,
        d.ratings?.previousOverall?.rating ?? null,
        d.ratings?.score?.value ?? null,
        d.ratings?.score?.max ?? null,
        d.checks.filter((c) => c.status === 'fail').length,
        d.warnings.length,
      ],
    ],
  },
  {
    name: 'standards',
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'standard_id', type: 'TEXT' },
      { name: 'domain', type: 'INTEGER' },
      { name: 'name', type: 'TEXT' },
      { name: 'rating', type: 'TEXT' },
      { name: 'previous_rating', type: 'TEXT' },
      { name: 'score', type: 'INTEGER' },
      { name: 'scored', type: 'INTEGER' },
      { name: 'key_questions', type: 'INTEGER' },
      // 'table' for a report's ratings table, 'prose' for a rating a release or page states in a sentence.
      { name: 'source', type: 'TEXT' },
      { name: 'page', type: 'INTEGER' },
      { name: 'quote', type: 'TEXT' },
    ],
    primaryKey: ['document_id', 'standard_id'],
    rows: (d) =>
      (d.ratings?.standards ?? []).map((s) => [
        d.id,
        s.id,
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
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'standard_id', type: 'TEXT' },
      { name: 'n', type: 'INTEGER' },
      { name: 'question', type: 'TEXT' },
      { name: 'current', type: 'REAL' },
      { name: 'previous', type: 'REAL' },
      { name: 'comparator', type: 'REAL' },
      { name: 'qualitative', type: 'INTEGER' },
      { name: 'page', type: 'INTEGER' },
    ],
    primaryKey: ['document_id', 'standard_id', 'n'],
    rows: (d) =>
      (d.ratings?.standards ?? []).flatMap((s) =>
        s.keyQuestions.map((q, i) => [d.id, s.id, i + 1, q.question, q.current, q.previous, q.comparator, bool(q.qualitative), q.evidence.page]),
      ),
  },
  {
    name: 'facts',
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'n', type: 'INTEGER' },
      { name: 'section', type: 'TEXT' },
      { name: 'table_name', type: 'TEXT' },
      { name: 'label', type: 'TEXT' },
      { name: 'column_name', type: 'TEXT' },
      { name: 'value', type: 'REAL' },
      { name: 'unit', type: 'TEXT' },
      { name: 'display', type: 'TEXT' },
      { name: 'national_figure', type: 'REAL' },
      { name: 'target', type: 'REAL' },
      { name: 'footnote', type: 'INTEGER' },
      { name: 'source', type: 'TEXT' },
      { name: 'page', type: 'INTEGER' },
      { name: 'quote', type: 'TEXT' },
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
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'recommendation_set', type: 'TEXT' },
      { name: 'number', type: 'INTEGER' },
      { name: 'addressee', type: 'TEXT' },
      { name: 'text', type: 'TEXT' },
      { name: 'progress', type: 'TEXT' },
      { name: 'repeated', type: 'INTEGER' },
      { name: 'page', type: 'INTEGER' },
    ],
    primaryKey: ['document_id', 'recommendation_set', 'number', 'addressee'],
    rows: (d) => [
      ...d.recommendations.previous.map((r) => [d.id, 'previous', r.number, r.addressee ?? '', r.text, r.progress, null, r.evidence.page]),
      ...d.recommendations.new.map((r) => [d.id, 'new', r.number, r.addressee ?? '', r.text, null, bool(r.repeated), r.evidence.page]),
    ],
  },
  {
    name: 'claims',
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'claim_id', type: 'TEXT' },
      { name: 'type', type: 'TEXT' },
      { name: 'subject', type: 'TEXT' },
      { name: 'value', type: 'TEXT' },
      { name: 'unit', type: 'TEXT' },
      { name: 'qualifier', type: 'TEXT' },
      { name: 'inspection', type: 'TEXT' },
      { name: 'text', type: 'TEXT' },
      { name: 'page', type: 'INTEGER' },
    ],
    primaryKey: ['document_id', 'claim_id'],
    rows: (d) => d.claims.map((c) => [d.id, c.id, c.type, c.subject, c.value === null ? null : String(c.value), c.unit, c.qualifier, c.inspection, c.text, c.evidence.page]),
  },
  {
    name: 'checks',
    columns: [
      { name: 'document_id', type: 'TEXT' },
      { name: 'n', type: 'INTEGER' },
      { name: 'check_id', type: 'TEXT' },
      { name: 'subject', type: 'TEXT' },
      { name: 'status', type: 'TEXT' },
      { name: 'expected', type: 'TEXT' },
      { name: 'actual', type: 'TEXT' },
      { name: 'message', type: 'TEXT' },
    ],
    primaryKey: ['document_id', 'n'],
    rows: (d) => d.checks.map((c, i) => [d.id, i + 1, c.id, c.subject, c.status, c.expected === null ? null : String(c.expected), c.actual === null ? null : String(c.actual), c.message]),
  },
];

/**
 * The batch's verifications (src/verify/archive.ts): one row per claim of each release checked
 * against the report it announces (a part of a claim, "half of them as ‘Good’", under its whole:
 * part_of), and one row with verdict 'unpaired' for a release the batch holds no report for.
 */
export const VERIFICATIONS: TableSpec<ArchiveVerification> = {
  name: 'verifications',
  columns: [
    { name: 'release_id', type: 'TEXT' },
    { name: 'n', type: 'INTEGER' },
    { name: 'report_id', type: 'TEXT' },
    { name: 'relation', type: 'TEXT' },
    { name: 'claim_id', type: 'TEXT' },
    { name: 'part_of', type: 'TEXT' },
    { name: 'kind', type: 'TEXT' },
    { name: 'subject', type: 'TEXT' },
    { name: 'label', type: 'TEXT' },
    { name: 'verdict', type: 'TEXT' },
    { name: 'release_value', type: 'TEXT' },
    { name: 'report_value', type: 'TEXT' },
    { name: 'release_quote', type: 'TEXT' },
    { name: 'release_page', type: 'INTEGER' },
    { name: 'report_quote', type: 'TEXT' },
    { name: 'report_page', type: 'INTEGER' },
    { name: 'note', type: 'TEXT' },
  ],
  primaryKey: ['release_id', 'n'],
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
