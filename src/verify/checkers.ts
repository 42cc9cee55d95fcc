/**
 * One checker per kind of claim (`CHECKERS[claim.kind]`): a rating against the report's
 * ratings, "the same rating as before" against its current and previous ratings, a number of
 * recommendations against the recommendations it makes, a date against its dates, a figure
 * against the figures of its tables and prose in the same unit. Each gives a verdict with the
 * report's value and evidence, or not-found with the reason — never a guess.
 */
import { areaByKey } from '../families/index.js';
import type { Evidence } from '../model/types.js';
import { normaliseRating, type Rating } from '../normalise/rating.js';
import type { Claim, ClaimKind, Document, Standard } from '../schema.js';
import { clauseScope, matchFigure, passage, scopeWhat, type ReportFigure, type Scope } from './figures.js';
import { compareWithQualifier } from './qualifier.js';
import type { ReportQuote, Verdict } from './schema.js';
import { dateInWords } from './words.js';

export type { Verdict };

export interface Outcome {
  verdict: Verdict;
  reportValue: string | number | null;
  /** The report's passages, one sentence or table row each. */
  quotes: ReportQuote[];
  note: string;
}

/** The passages of evidence that may be missing. */
const passages = (ev: Evidence | null | undefined, table: ReportQuote['table'] = null): ReportQuote[] => (ev ? [passage(ev, table)] : []);

export interface CheckContext {
  report: Document;
  /** Which of the report's inspections the claim is checked against. */
  against: 'current' | 'previous';
  figures: ReportFigure[];
}

export type Checker = (claim: Claim, ctx: CheckContext) => Outcome;

export const notFound = (note: string): Outcome => ({ verdict: 'not-found', reportValue: null, quotes: [], note });

/** "28 October 2019", "October 2019". */
export function describeDate(date: string): string {
  return dateInWords(date)!;
}

function ratingOutcome(claimed: Rating, actual: Rating, quotes: ReportQuote[], what: string): Outcome {
  return claimed === actual
    ? { verdict: 'supported', reportValue: actual, quotes, note: `The report rates ${what} '${actual}'.` }
    : { verdict: 'contradicted', reportValue: actual, quotes, note: `The release says '${claimed}'; the report rates ${what} '${actual}'.` };
}

/**
 * Where a standard's rating stands: the row of the ratings table ("2.1 Assessment", its rating),
 * or, for the previous inspection, the row of the standard's own table, whose columns are the
 * previous and the current inspection. A rating read from prose is no table row.
 */
export function standardPassage(s: Standard, against: 'current' | 'previous', report: Document): ReportQuote {
  const ev = against === 'current' ? s.evidence : s.previousEvidence!;
  const fromTable = report.ratings?.source === 'table';
  return passage(ev, fromTable ? { row: `${s.id} ${s.name}`, column: against === 'current' ? 'Rating' : 'Previous inspection' } : null);
}

/** Where the overall rating stands: the ratings table's "Overall rating" row, or a sentence. */
function overallPassage(ev: Evidence, report: Document, against: 'current' | 'previous'): ReportQuote {
  const fromTable = report.ratings?.source === 'table' && against === 'current' && ev === report.ratings.overall?.evidence;
  return passage(ev, fromTable ? { row: 'Overall rating', column: 'Rating' } : null);
}

/** The report's standards an area stands for: by the framework ids it names, else by name. */
export function standardsOf(key: string, report: Document): Standard[] {
  const standards = report.ratings?.standards ?? [];
  if (key === 'case-supervision' || key === 'case-supervision-some') return standards.filter((s) => s.domain === 2);
  const area = areaByKey(key, report.family);
  if (!area) return [];
  const names = [area.name, ...(area.standards ?? []).map((s) => s.name)].map((n) => n.toLowerCase());
  const byName = standards.filter((s) => names.includes(s.name.toLowerCase()) || area.phrases.some((p) => s.name.toLowerCase() === p.toLowerCase()));
  if (byName.length) return byName;
  return standards.filter((s) => area.standards?.some((a) => a.id === s.id && a.name.toLowerCase() === s.name.toLowerCase()));
}

const checkRating: Checker = (claim, { report, against }) => {
  const claimed = normaliseRating(String(claim.value));
  const ratings = report.ratings;
  if (!claimed || !ratings) return notFound('The report states no ratings.');
  if (claim.subject === 'overall') {
    const stated = against === 'current' ? ratings.overall : ratings.previousOverall;
    if (!stated) return notFound(`The report does not state the ${against === 'current' ? '' : 'previous inspection’s '}overall rating.`);
    return ratingOutcome(claimed, stated.rating, [overallPassage(stated.evidence, report, against)], against === 'current' ? 'the provider overall' : 'the provider overall at the previous inspection');
  }
  const standards = claim.subject ? standardsOf(claim.subject, report) : [];
  if (standards.length === 0) {
    return notFound(claim.subject && areaByKey(claim.subject, report.family) ? `The report rates no standard for "${claim.subject}".` : 'The release rates another service, or does not say what the rating is for; the report rates only its own provider.');
  }
  const value = (s: Standard) => (against === 'current' ? s.rating : s.previousRating);
  const quote = (list: Standard[]) => list.filter((s) => value(s) !== null).map((s) => standardPassage(s, against, report));
  const at = against === 'previous' ? ' at the previous inspection' : '';
  if (claim.subject === 'case-supervision-some') {
    // "Aspects of its case supervision were assessed as inadequate": at least one standard so rated.
    const matching = standards.filter((s) => value(s) === claimed);
    if (matching.length) return { verdict: 'supported', reportValue: matching.map((s) => `${s.id} ${s.name}: ${value(s)}`).join('; '), quotes: quote(matching), note: `The report rates ${matching.map((s) => `${s.id} ${s.name}`).join(', ')} '${claimed}'${at}.` };
    if (standards.every((s) => value(s) !== null)) return { verdict: 'contradicted', reportValue: standards.map((s) => `${s.id} ${s.name}: ${value(s)}`).join('; '), quotes: quote(standards), note: `No case-supervision standard is rated '${claimed}'${at}.` };
    return notFound('The report does not state the case-supervision ratings to check this against.');
  }
  const differing = standards.filter((s) => value(s) !== null && value(s) !== claimed);
  if (differing.length) {
    return {
      verdict: 'contradicted',
      reportValue: differing.map((s) => `${s.id} ${s.name}: ${value(s)}`).join('; '),
      quotes: quote(differing),
      note: `The release says '${claimed}'; the report rates ${differing.map((s) => `${s.id} ${s.name} '${value(s)}'`).join(', ')}${at}.`,
    };
  }
  const missing = standards.filter((s) => value(s) === null);
  if (missing.length) return notFound(`The report does not state the ${against === 'previous' ? 'previous ' : ''}rating of ${missing.map((s) => `${s.id} ${s.name}`).join(', ')}.`);
  const what = claim.subject === 'case-supervision' ? `all ${standards.length} case-supervision standards` : standards.map((s) => `${s.id} ${s.name}`).join(', ');
  return { verdict: 'supported', reportValue: claimed, quotes: quote(standards), note: `The report rates ${what} '${claimed}'${at}.` };
};

/** "Retaining the same grade": the report's previous rating is the one the release says was kept. */
const checkSameAsPrevious: Checker = (claim, { report, against }) => {
  if (against === 'previous') return notFound('The claim compares the previous inspection with one before it, which the report does not rate.');
  const now = report.ratings?.overall;
  const before = report.ratings?.previousOverall;
  if (!now || !before) return notFound('The report does not state both the current and the previous overall rating.');
  const kept = normaliseRating(String(claim.value ?? '')) ?? now.rating;
  const ev = [overallPassage(before.evidence, report, 'previous'), overallPassage(now.evidence, report, 'current')];
  if (before.rating === kept && now.rating === kept) return { verdict: 'supported', reportValue: now.rating, quotes: ev, note: `The report rates the provider '${now.rating}' now and at the previous inspection.` };
  return {
    verdict: 'contradicted',
    reportValue: `${before.rating} → ${now.rating}`,
    quotes: ev,
    note: `The release says the rating '${kept}' was kept; the report rates the provider '${before.rating}' at the previous inspection and '${now.rating}' now.`,
  };
};

const checkRecommendations: Checker = (claim, { report, against }) => {
  if (claim.subject !== 'recommendations') return notFound('The claim counts the recommendations to one addressee; the report is checked for its total only.');
  if (against === 'previous') {
    const stated = report.recommendations.statedCounts.previous;
    if (stated === null) return notFound('The report does not say how many recommendations the previous inspection made.');
    const ev = passages(report.recommendations.statedCountsEvidence.previous);
    return Number(claim.value) === stated
      ? { verdict: 'supported', reportValue: stated, quotes: ev, note: `The report says the previous inspection made ${stated} recommendations.` }
      : { verdict: 'contradicted', reportValue: stated, quotes: ev, note: `The release says ${claim.value}; the report says the previous inspection made ${stated}.` };
  }
  const listed = report.recommendations.new.length;
  const stated = report.recommendations.statedCounts.new;
  if (!listed && stated === null) return notFound('The report lists no new recommendations.');
  const actual = stated ?? listed;
  const ev = passages(report.recommendations.statedCountsEvidence.new ?? report.recommendations.new[0]?.evidence);
  return Number(claim.value) === actual
    ? { verdict: 'supported', reportValue: actual, quotes: ev, note: `The report makes ${actual} recommendations${stated !== null && listed === stated ? ` and lists all ${listed}` : ''}.` }
    : { verdict: 'contradicted', reportValue: actual, quotes: ev, note: `The release says ${claim.value}; the report makes ${actual} recommendations.` };
};

/** Dates compared at the precision both state: "October 2019" against "28 October 2019" is the same month. */
const checkDate: Checker = (claim, { report, against }) => {
  const claimed = String(claim.value);
  const same = (actual: string) => claimed.slice(0, Math.min(claimed.length, actual.length)) === actual.slice(0, Math.min(claimed.length, actual.length));
  if (against === 'previous') {
    if (claim.subject !== 'published' || !report.previousInspection?.published) return notFound('The report does not state this date for the previous inspection.');
    const actual = report.previousInspection.published;
    return {
      verdict: same(actual) ? 'supported' : 'contradicted',
      reportValue: actual,
      quotes: passages(report.previousInspection.evidence),
      note: same(actual) ? `The report says its previous inspection report was published in ${describeDate(actual)}.` : `The release says ${describeDate(claimed)}; the report says its previous inspection report was published in ${describeDate(actual)}.`,
    };
  }
  const field = claim.subject === 'published' ? 'published' : 'fieldworkStarted';
  const actual = report[field];
  if (!actual) return notFound(`The report does not state when ${field === 'published' ? 'it was published' : 'fieldwork started'}.`);
  const ev = passages(report.metadataEvidence[field]);
  const said = field === 'published' ? 'was published in' : 'says fieldwork started';
  return same(actual)
    ? { verdict: 'supported', reportValue: actual, quotes: ev, note: `The report ${said} ${describeDate(actual)}.` }
    : { verdict: 'contradicted', reportValue: actual, quotes: ev, note: `The release says ${describeDate(claimed)}; the report ${said} ${describeDate(actual)}.` };
};

/** "Looked at 10 aspects": the number of standards the report rates. */
function checkStandardCount(claim: Claim, report: Document, against: 'current' | 'previous'): Outcome {
  if (against === 'previous') return notFound('The report does not say how many standards the previous inspection covered.');
  const count = report.ratings?.standards.length ?? 0;
  if (!count) return notFound('The report lists no standards.');
  const ev = report.ratings!.standards.map((s) => standardPassage(s, 'current', report));
  return Number(claim.value) === count
    ? { verdict: 'supported', reportValue: count, quotes: ev, note: `The report rates ${count} standards.` }
    : { verdict: 'contradicted', reportValue: count, quotes: ev, note: `The release says ${claim.value}; the report rates ${count} standards.` };
}

/**
 * "Supervised 8,136 people": everyone the provider supervises, checked against the total the report
 * states ("Currently, 5,239 individuals are supervised by the CRC") or the sum of its caseload facts.
 */
function checkCaseload(claim: Claim, claimed: number, report: Document, figures: ReportFigure[]): Outcome {
  const stated = figures.find((f) => f.subject === 'supervised' && f.words.has('currently'));
  const parts = report.contextualFacts.filter((f) => f.unit === 'count' && /\bsupervised\b/i.test(f.description) && !/\bcommencing\b/i.test(f.description));
  let total: { value: number; quotes: ReportQuote[] } | null = stated ? { value: stated.value, quotes: [stated.passage] } : null;
  if (!total && parts.length) total = { value: parts.reduce((n, f) => n + f.value, 0), quotes: parts.map((f) => passage(f.evidence, { row: f.description, column: null })) };
  if (!total) return notFound('The report does not state how many people the provider supervises.');
  const { holds, note } = compareWithQualifier(claimed, claim.qualifier, total.value);
  return holds
    ? { verdict: 'supported', reportValue: total.value, quotes: total.quotes, note: note ?? `The report states ${total.value} supervised.` }
    : { verdict: 'contradicted', reportValue: total.value, quotes: total.quotes, note: `The release says ${claim.qualifier ? `${claim.qualifier} ` : ''}${claimed} supervised; the report states ${total.value}.` };
}

/** The scope a claim speaks of: the inspection it is checked against, unless its sentence names another population ("across England and Wales"). */
function claimScope(claim: Claim, against: 'current' | 'previous'): Scope {
  if (against === 'previous') return 'previous';
  const scope = clauseScope(claim.text);
  // "Since our last inspection …" in a release speaks of now; the claim's own inspection is read by the grammar.
  return scope === 'previous' ? 'current' : scope;
}

function figureOutcome(claim: Claim, claimed: number, unit: string, ctx: CheckContext, shown: (v: number) => string): Outcome {
  const scope = claimScope(claim, ctx.against);
  const match = matchFigure(claim, claimed, unit, ctx.figures, scope);
  const said = `${claim.qualifier ? `${claim.qualifier} ` : ''}${shown(claimed)}`;
  switch (match.kind) {
    case 'none':
      return notFound(match.reason);
    case 'supported':
      return { verdict: 'supported', reportValue: match.figure.value, quotes: [match.figure.passage], note: match.note ?? `The report states ${shown(match.figure.value)}${scope === 'previous' ? ' for the previous inspection' : ''}.` };
    case 'contradicted':
      return { verdict: 'contradicted', reportValue: match.figure.value, quotes: [match.figure.passage], note: `The release says ${said}; the report states ${shown(match.figure.value)}.` };
    case 'conflicting': {
      const other = scopeWhat(match.figure.scope);
      const quotes = [{ ...match.figure.passage, role: 'other-population' as const }, ...(match.claimed ? [{ ...match.claimed.passage, role: 'claimed-population' as const }] : [])];
      return {
        verdict: 'conflicting',
        reportValue: match.figure.value,
        quotes,
        note: `The report states ${shown(match.figure.value)} for ${other}, not for ${scopeWhat(scope)}${match.claimed ? `, for which it states ${shown(match.claimed.value)}` : ''}.`,
      };
    }
  }
}

/** The rating that `text` opens with, as a release writes it after what it rates: " ‘Inadequate’", " of them as ‘Good’", " were rated as 'Good'". */
export function ratingFollowing(text: string): Rating | null {
  const m = /^\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:were\s+|was\s+)?(?:rated|assessed|graded|judged)\s+)?(?:as\s+)?[‘'"“]([^’'"”]{4,25})[’'"”]/.exec(text);
  return m ? normaliseRating(m[1]!) : null;
}

/** A rating printed right after a count of standards and its noun: "all six aspects ‘Inadequate’", "three standards as 'Good'". */
function ratingAfter(claim: Claim): Rating | null {
  if (!claim.display || !claim.subject) return null;
  const at = claim.text.indexOf(`${claim.display} ${claim.subject}`);
  return at < 0 ? null : ratingFollowing(claim.text.slice(at + claim.display.length + claim.subject.length + 1));
}

/**
 * "We have rated all six aspects ‘Inadequate’": as many standards so rated. (A count of standards
 * in the sentence of an area's rating, "all four aspects" of case supervision, is that rating's
 * part instead: see `withParts`.)
 */
function checkStandardsRated(claim: Claim, claimed: number, rating: Rating, report: Document, against: 'current' | 'previous'): Outcome {
  const standards = report.ratings?.source === 'table' ? report.ratings.standards : [];
  const value = (s: Standard) => (against === 'current' ? s.rating : s.previousRating);
  if (!standards.length || standards.some((s) => value(s) === null)) return notFound(`The report does not state every standard's ${against === 'previous' ? 'previous ' : ''}rating in a ratings table.`);
  const rated = standards.filter((s) => value(s) === rating);
  const quotes = rated.map((s) => standardPassage(s, against, report));
  const at = against === 'previous' ? ' at the previous inspection' : '';
  return rated.length === claimed
    ? { verdict: 'supported', reportValue: rated.length, quotes, note: `The report rates ${rated.length} standards '${rating}'${at}.` }
    : { verdict: 'contradicted', reportValue: rated.length, quotes, note: `The release says ${claimed} standards were rated '${rating}'; the report rates ${rated.length}${at}${rated.length ? `: ${rated.map((s) => `${s.id} ${s.name}`).join(', ')}` : ''}.` };
}

const checkFigure: Checker = (claim, ctx) => {
  const { report, against, figures } = ctx;
  const claimed = typeof claim.value === 'number' ? claim.value : Number(claim.value);
  if (!Number.isFinite(claimed)) return notFound('The claim has no figure to check.');
  if (claim.subject === 'standardsInspected') return checkStandardCount(claim, report, against);
  const rating = claim.unit === 'standards' ? ratingAfter(claim) : null;
  if (rating) return checkStandardsRated(claim, claimed, rating, report, against);
  if (claim.subject === 'supervised' && against === 'current') return checkCaseload(claim, claimed, report, figures);
  const unit = claim.kind === 'percent' ? 'percent' : claim.kind === 'money' ? 'gbp' : (claim.unit ?? 'count');
  return figureOutcome(claim, claimed, unit, ctx, (v) => `${v}${unit === 'percent' ? '%' : ''}`);
};

/** "Two-thirds of cases", "six in 10 children": a share, matched with the report's percentages and shares. */
const checkFraction: Checker = (claim, ctx) => {
  if (typeof claim.value !== 'number' || !claim.of) return notFound('The claim has no share to check.');
  const share = (100 * claim.value) / claim.of;
  // A share in words is round: "half" stands for 45–55 per cent unless a qualifier says otherwise.
  const qualifier = claim.qualifier ?? 'around';
  return figureOutcome({ ...claim, qualifier }, share, 'percent', ctx, (v) => `${Math.round(v * 10) / 10}%`);
};

const checkScore: Checker = (claim, { report, against }) => {
  if (claim.subject === 'score-change') return notFound('The report does not state the previous inspection’s score.');
  const score = report.ratings?.score;
  if (against === 'previous' || !score) return notFound('The report states no score to check this against.');
  const holds = Number(claim.value) === score.value && (claim.of === null || claim.of === score.max);
  return {
    verdict: holds ? 'supported' : 'contradicted',
    reportValue: `${score.value}/${score.max}`,
    quotes: [passage(score.evidence, report.ratings?.source === 'table' ? { row: 'Score', column: null } : null)],
    note: holds ? `The report states a score of ${score.value}/${score.max}.` : `The release says ${claim.value}${claim.of ? `/${claim.of}` : ''}; the report states ${score.value}/${score.max}.`,
  };
};

export const CHECKERS: Record<ClaimKind, Checker> = {
  rating: checkRating,
  'rating-change': checkRating,
  'same-as-previous': checkSameAsPrevious,
  recommendations: checkRecommendations,
  date: checkDate,
  score: checkScore,
  count: checkFigure,
  percent: checkFigure,
  money: checkFigure,
  average: checkFigure,
  duration: checkFigure,
  fraction: checkFraction,
};
