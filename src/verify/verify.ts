/**
 * `hmip verify`: every claim of a press release checked against the report it announces. First,
 * are the two about the same provider and the same inspection? A release about the previous
 * inspection is checked against what the report says of that inspection. Then each claim is
 * supported (with the report's page and quote), contradicted (showing both values) or not found —
 * never guessed.
 */
import { evidence as evidenceOf, splitSentences, type Block } from '../model/blocks.js';
import { figuresIn } from '../extract/claims.js';
import type { Evidence } from '../model/types.js';
import { normaliseRating, type Rating } from '../normalise/rating.js';
import type { Claim, Document, Standard } from '../schema.js';
import { compareWithQualifier } from './qualifier.js';

export type Verdict = 'supported' | 'contradicted' | 'not-found';

export interface VerifiedClaim extends Claim {
  verdict: Verdict;
  reportValue: string | number | null;
  reportEvidence: Evidence | null;
  note: string;
  /** The inspection of the report the claim was checked against. */
  checkedAgainst: 'current' | 'previous';
}

export type Relation = 'same-inspection' | 'previous-inspection' | 'different-provider' | 'unknown';

export interface Verification {
  pressRelease: { path: string; id: string; provider: string | null; published: string | null };
  report: { path: string; id: string; provider: string | null; published: string | null };
  relation: Relation;
  relationNote: string;
  claims: VerifiedClaim[];
  summary: { supported: number; contradicted: number; notFound: number };
}

function key(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function month(date: string | null | undefined): string | null {
  return date ? date.slice(0, 7) : null;
}

function describeDate(date: string): string {
  const [y, m, d] = date.split('-');
  const name = m ? new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  return [d ? String(Number(d)) : '', name, y].filter(Boolean).join(' ');
}

export function relate(release: Document, report: Document): { relation: Relation; note: string } {
  const a = release.provider?.shortName ?? null;
  const b = report.provider?.shortName ?? null;
  if (!a || !b) return { relation: 'unknown', note: `The provider of the ${a ? 'report' : 'release'} could not be read, so the two cannot be matched; claims are checked against the report as they stand.` };
  if (key(a) !== key(b)) {
    return { relation: 'different-provider', note: `The release is about ${a}; the report is about ${b}. They are not about the same provider, so the report cannot speak to the release's claims.` };
  }
  const releaseMonth = month(release.published) ?? month(release.fieldworkStarted);
  const reportPublished = month(report.published);
  const reportFieldwork = month(report.fieldworkStarted);
  const previousPublished = report.previousInspection?.published ?? null;
  if (release.fieldworkStarted && reportFieldwork && month(release.fieldworkStarted) === reportFieldwork) {
    return { relation: 'same-inspection', note: `Both are about ${a}'s inspection whose fieldwork started in ${describeDate(reportFieldwork)}.` };
  }
  if (release.published && reportPublished && month(release.published) === reportPublished) {
    return { relation: 'same-inspection', note: `Both are about ${a}'s inspection published in ${describeDate(reportPublished)}.` };
  }
  const earlier = (releaseMonth && reportFieldwork && releaseMonth < reportFieldwork) || (releaseMonth && reportPublished && releaseMonth < reportPublished);
  if (earlier) {
    const matchesPrevious = previousPublished && releaseMonth && releaseMonth.startsWith(previousPublished.slice(0, previousPublished.length));
    return {
      relation: 'previous-inspection',
      note:
        `The release (${describeDate(release.published ?? release.fieldworkStarted!)}) concerns an earlier inspection of ${a} than the report (${describeDate(report.published ?? report.fieldworkStarted!)})` +
        (matchesPrevious ? `: the one the report calls its previous inspection (published ${describeDate(previousPublished!)}). ` : '. ') +
        `Its claims are checked against what the report says of that previous inspection.`,
    };
  }
  if (releaseMonth && reportPublished && releaseMonth > reportPublished) {
    return { relation: 'unknown', note: `The release (${describeDate(releaseMonth)}) is later than the report (${describeDate(reportPublished)}); it may concern a later inspection. Claims are checked against the report as it stands.` };
  }
  return { relation: 'same-inspection', note: `Both are about ${a}; the release states no date that places it at another inspection.` };
}

/**
 * `reportBlocks` is the report's document model, for the figures it states only in its prose; the
 * report's JSON alone gives its tables.
 */
export function verifyRelease(release: Document, report: Document, reportBlocks: Block[] = []): Verification {
  const { relation, note } = relate(release, report);
  const prose = proseFigures(reportBlocks);
  const claims = release.claims.map((claim) => verifyClaim(claim, report, relation, prose));
  return {
    pressRelease: { path: release.source.path, id: release.id, provider: release.provider?.shortName ?? null, published: release.published },
    report: { path: report.source.path, id: report.id, provider: report.provider?.shortName ?? null, published: report.published },
    relation,
    relationNote: note,
    claims,
    summary: {
      supported: claims.filter((c) => c.verdict === 'supported').length,
      contradicted: claims.filter((c) => c.verdict === 'contradicted').length,
      notFound: claims.filter((c) => c.verdict === 'not-found').length,
    },
  };
}

type Outcome = Pick<VerifiedClaim, 'verdict' | 'reportValue' | 'reportEvidence' | 'note'>;

const notFound = (note: string): Outcome => ({ verdict: 'not-found', reportValue: null, reportEvidence: null, note });

type ProseFigure = ReturnType<typeof proseFigures>[number];

function verifyClaim(claim: Claim, report: Document, relation: Relation, prose: ProseFigure[]): VerifiedClaim {
  // A release about the previous inspection speaks of it as "current"; what it calls previous, the report cannot reach.
  const against: 'current' | 'previous' = relation === 'previous-inspection' || claim.inspection === 'previous' ? 'previous' : 'current';
  let outcome: Outcome;
  if (relation === 'different-provider') outcome = notFound('The report is about another provider.');
  else if (relation === 'previous-inspection' && claim.inspection === 'previous') outcome = notFound('The claim concerns an inspection before the one the report calls previous.');
  else outcome = check(claim, report, against, prose);
  return { ...claim, ...outcome, checkedAgainst: against };
}

function check(claim: Claim, report: Document, against: 'current' | 'previous', prose: ProseFigure[]): Outcome {
  switch (claim.type) {
    case 'rating':
      return checkRating(claim, report, against);
    case 'recommendations':
      return against === 'previous' ? checkPreviousRecommendations(claim, report) : checkRecommendations(claim, report);
    case 'date':
      return checkDate(claim, report, against);
    case 'other':
      if (claim.subject === 'same-overall-as-previous') return checkSameGrade(report, against);
      return notFound(claim.subject === 'score-change' ? 'The report does not state the previous inspection’s score.' : 'The report states nothing to check this against.');
    default:
      if (claim.subject === 'standardsInspected') return checkStandardCount(claim, report, against);
      return against === 'previous' ? notFound('The report does not state this figure for the previous inspection.') : checkFigure(claim, report, prose);
  }
}

function ratingOutcome(claimed: Rating, actual: Rating, ev: Evidence, what: string): Outcome {
  return claimed === actual
    ? { verdict: 'supported', reportValue: actual, reportEvidence: ev, note: `The report rates ${what} '${actual}'.` }
    : { verdict: 'contradicted', reportValue: actual, reportEvidence: ev, note: `The release says '${claimed}'; the report rates ${what} '${actual}'.` };
}

const SUBJECT_STANDARD: Record<string, RegExp> = {
  'through-the-gate': /through the gate/i,
  'unpaid-work': /unpaid work/i,
  resettlement: /resettlement/i,
  'court-work': /court/i,
  'victim-work': /victim/i,
  'implementation-and-delivery': /implementation and delivery/i,
  assessment: /^assessment$/i,
  planning: /^planning$/i,
  reviewing: /^reviewing$/i,
  'information-and-facilities': /information and facilities/i,
  leadership: /leadership/i,
  staff: /^staff(?:ing)?$/i,
  services: /^(?:partnerships and )?services$/i,
};

function checkRating(claim: Claim, report: Document, against: 'current' | 'previous'): Outcome {
  const claimed = normaliseRating(String(claim.value));
  const ratings = report.ratings;
  if (!claimed || !ratings) return notFound('The report states no ratings.');
  const subject = claim.subject;
  if (subject === 'overall') {
    const stated = against === 'current' ? ratings.overall : ratings.previousOverall;
    if (!stated) return notFound(`The report does not state the ${against === 'current' ? '' : 'previous inspection’s '}overall rating.`);
    return ratingOutcome(claimed, stated.rating, stated.evidence, against === 'current' ? 'the provider overall' : 'the provider overall at the previous inspection');
  }
  let standards: Standard[] = [];
  let what = '';
  if (subject === 'case-supervision-some') {
    // "Aspects of its case supervision were assessed as inadequate": at least one standard so rated.
    const all = ratings.standards.filter((s) => s.domain === 2);
    const value = (s: Standard) => (against === 'current' ? s.rating : s.previousRating);
    const ev = (s: Standard) => (against === 'current' ? s.evidence : s.previousEvidence);
    const matching = all.filter((s) => value(s) === claimed);
    if (matching.length) {
      return {
        verdict: 'supported',
        reportValue: matching.map((s) => `${s.id} ${s.name}: ${value(s)}`).join('; '),
        reportEvidence: { page: ev(matching[0]!)?.page ?? null, quote: matching.map((s) => ev(s)?.quote ?? s.id).join(' · ') },
        note: `The report rates ${matching.map((s) => `${s.id} ${s.name}`).join(', ')} '${claimed}'${against === 'previous' ? ' at the previous inspection' : ''}.`,
      };
    }
    if (all.length && all.every((s) => value(s) !== null)) {
      return {
        verdict: 'contradicted',
        reportValue: all.map((s) => `${s.id} ${s.name}: ${value(s)}`).join('; '),
        reportEvidence: { page: ev(all[0]!)?.page ?? null, quote: all.map((s) => ev(s)?.quote ?? s.id).join(' · ') },
        note: `No case-supervision standard is rated '${claimed}'${against === 'previous' ? ' at the previous inspection' : ''}.`,
      };
    }
    return notFound('The report does not state the case-supervision ratings to check this against.');
  }
  if (subject === 'case-supervision') {
    standards = ratings.standards.filter((s) => s.domain === 2);
    what = `all ${standards.length} case-supervision standards`;
  } else if (subject && SUBJECT_STANDARD[subject]) {
    standards = ratings.standards.filter((s) => SUBJECT_STANDARD[subject]!.test(s.name));
    what = standards.map((s) => `${s.id} ${s.name}`).join(', ');
  }
  if (standards.length === 0) return notFound(subject && subject !== 'unstated' ? `The report rates no standard for "${claim.subject}".` : 'The release does not say what this rating is for.');
  const values = standards.map((s) => ({ s, rating: against === 'current' ? s.rating : s.previousRating, ev: against === 'current' ? s.evidence : s.previousEvidence }));
  const missing = values.filter((v) => v.rating === null);
  const differing = values.filter((v) => v.rating !== null && v.rating !== claimed);
  const quote = (list: typeof values) => ({ page: list[0]!.ev?.page ?? null, quote: list.map((v) => v.ev?.quote ?? `${v.s.id} ${v.s.name}`).join(' · ') });
  if (differing.length) {
    return {
      verdict: 'contradicted',
      reportValue: differing.map((v) => `${v.s.id} ${v.s.name}: ${v.rating}`).join('; '),
      reportEvidence: quote(differing),
      note: `The release says '${claimed}'; the report rates ${differing.map((v) => `${v.s.id} ${v.s.name} '${v.rating}'`).join(', ')}${against === 'previous' ? ' at the previous inspection' : ''}.`,
    };
  }
  if (missing.length) return notFound(`The report does not state the ${against === 'previous' ? 'previous ' : ''}rating of ${missing.map((v) => `${v.s.id} ${v.s.name}`).join(', ')}.`);
  return { verdict: 'supported', reportValue: claimed, reportEvidence: quote(values), note: `The report rates ${what} '${claimed}'${against === 'previous' ? ' at the previous inspection' : ''}.` };
}

function checkRecommendations(claim: Claim, report: Document): Outcome {
  const listed = report.recommendations.new.length;
  const stated = report.recommendations.statedCounts.new;
  if (!listed && stated === null) return notFound('The report lists no new recommendations.');
  const actual = stated ?? listed;
  const ev = report.recommendations.statedCountsEvidence.new ?? report.recommendations.new[0]?.evidence ?? null;
  return Number(claim.value) === actual
    ? { verdict: 'supported', reportValue: actual, reportEvidence: ev, note: `The report makes ${actual} recommendations${stated !== null && listed === stated ? ` and lists all ${listed}` : ''}.` }
    : { verdict: 'contradicted', reportValue: actual, reportEvidence: ev, note: `The release says ${claim.value}; the report makes ${actual} recommendations.` };
}

function checkPreviousRecommendations(claim: Claim, report: Document): Outcome {
  const stated = report.recommendations.statedCounts.previous;
  if (stated === null) return notFound('The report does not say how many recommendations the previous inspection made.');
  const ev = report.recommendations.statedCountsEvidence.previous;
  return Number(claim.value) === stated
    ? { verdict: 'supported', reportValue: stated, reportEvidence: ev, note: `The report says the previous inspection made ${stated} recommendations.` }
    : { verdict: 'contradicted', reportValue: stated, reportEvidence: ev, note: `The release says ${claim.value}; the report says the previous inspection made ${stated}.` };
}

/** Dates compared at the precision both state: "October 2019" against "28 October 2019" is the same month. */
function checkDate(claim: Claim, report: Document, against: 'current' | 'previous'): Outcome {
  const claimed = String(claim.value);
  if (against === 'previous') {
    if (claim.subject !== 'published' || !report.previousInspection?.published) return notFound('The report does not state this date for the previous inspection.');
    const actual = report.previousInspection.published;
    const precision = Math.min(claimed.length, actual.length);
    const holds = claimed.slice(0, precision) === actual.slice(0, precision);
    return {
      verdict: holds ? 'supported' : 'contradicted',
      reportValue: actual,
      reportEvidence: report.previousInspection.evidence,
      note: holds ? `The report says its previous inspection report was published in ${describeDate(actual)}.` : `The release says ${describeDate(claimed)}; the report says its previous inspection report was published in ${describeDate(actual)}.`,
    };
  }
  const field = claim.subject === 'published' ? 'published' : 'fieldworkStarted';
  const actual = report[field];
  if (!actual) return notFound(`The report does not state when ${field === 'published' ? 'it was published' : 'fieldwork started'}.`);
  const ev = report.metadataEvidence[field] ?? null;
  // "Fieldwork took place in July" is borne out by fieldwork that started in July.
  const precision = Math.min(claimed.length, actual.length);
  const holds = claimed.slice(0, precision) === actual.slice(0, precision);
  const what = field === 'published' ? 'was published' : 'fieldwork started';
  return holds
    ? { verdict: 'supported', reportValue: actual, reportEvidence: ev, note: `The report ${field === 'published' ? 'was published in' : 'says fieldwork started'} ${describeDate(actual)}.` }
    : { verdict: 'contradicted', reportValue: actual, reportEvidence: ev, note: `The release says ${describeDate(claimed)}; the report ${what === 'was published' ? 'was published in' : 'says fieldwork started'} ${describeDate(actual)}.` };
}

function checkSameGrade(report: Document, against: 'current' | 'previous'): Outcome {
  if (against === 'previous') return notFound('The claim compares the previous inspection with one before it, which the report does not rate.');
  const now = report.ratings?.overall;
  const before = report.ratings?.previousOverall;
  if (!now || !before) return notFound('The report does not state both the current and the previous overall rating.');
  const ev = { page: before.evidence.page, quote: `${before.evidence.quote} · ${now.evidence.quote}` };
  return now.rating === before.rating
    ? { verdict: 'supported', reportValue: now.rating, reportEvidence: ev, note: `The report rates the provider '${now.rating}' now and at the previous inspection.` }
    : { verdict: 'contradicted', reportValue: `${before.rating} → ${now.rating}`, reportEvidence: ev, note: `The report rates the provider '${now.rating}' now but '${before.rating}' at the previous inspection.` };
}

function checkStandardCount(claim: Claim, report: Document, against: 'current' | 'previous'): Outcome {
  if (against === 'previous') return notFound('The report does not say how many standards the previous inspection covered.');
  const count = report.ratings?.standards.length ?? 0;
  if (!count) return notFound('The report lists no standards.');
  const ev = report.ratings!.standards[0]!.evidence;
  return Number(claim.value) === count
    ? { verdict: 'supported', reportValue: count, reportEvidence: { page: ev.page, quote: `${count} standards in the ratings table` }, note: `The report rates ${count} standards.` }
    : { verdict: 'contradicted', reportValue: count, reportEvidence: { page: ev.page, quote: `${count} standards in the ratings table` }, note: `The release says ${claim.value}; the report rates ${count} standards.` };
}

/** Words that carry a figure's topic, for matching a claim to the report's sentences and tables. */
const STOP = new Set(
  'the a an of in on at to for and or by with from that this these those was were is are be been has have had its their it as than more less fewer almost nearly around about over under per cent each which who all any some said says there here into out up not no'.split(' '),
);

function topicWords(text: string): Set<string> {
  return new Set(
    key(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d/.test(w))
      .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?:s|ed|ing)$/, '')),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

interface Candidate {
  value: number;
  unit: string;
  words: Set<string>;
  evidence: Evidence;
}

/** Every figure the report states, with the words around it: table rows and sentences alike. */
function reportFigures(report: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const f of report.contextualFacts) out.push({ value: f.value, unit: f.unit, words: topicWords(f.description), evidence: f.evidence });
  for (const p of report.performanceAgainstTargets) out.push({ value: p.value, unit: p.unit, words: topicWords(p.description), evidence: p.evidence });
  for (const k of report.keyData) {
    k.values.forEach((v, i) => {
      if (typeof v === 'number') out.push({ value: v, unit: k.units[i] ?? 'count', words: topicWords(`${k.table} ${k.label} ${k.columns[i] ?? ''}`), evidence: k.evidence });
    });
  }
  return out;
}

/** Figures the report states in its prose ("Currently, 5,239 individuals are supervised by the CRC"). */
function proseFigures(blocks: Block[]): (Candidate & { subject: string | null })[] {
  const out: (Candidate & { subject: string | null })[] = [];
  for (const block of blocks) {
    if (block.type === 'table') continue;
    for (const sentence of splitSentences(block.text)) {
      // A figure's topic is its clause: "55 per cent reported that their workloads are unmanageable;
      // 70 per cent had more than 50 cases" states two figures about two things.
      for (const clause of sentence.split(/;\s+/)) {
        for (const figure of figuresIn(clause)) {
          if (figure.qualifier && figure.qualifier !== 'average') continue; // "more than 100 per cent" is not a figure to match
          const unit = figure.type === 'percent' ? 'percent' : figure.type === 'money' ? 'gbp' : 'count';
          out.push({ value: Number(figure.value), unit, words: topicWords(clause), evidence: evidenceOf(block, sentence), subject: figure.subject });
        }
      }
    }
  }
  return out;
}

function checkFigure(claim: Claim, report: Document, prose: ProseFigure[]): Outcome {
  const claimed = typeof claim.value === 'number' ? claim.value : Number(claim.value);
  if (!Number.isFinite(claimed)) return notFound('The claim has no figure to check.');
  if (claim.subject === 'supervised') return checkCaseload(claim, claimed, report, prose);
  const unit = claim.type === 'percent' ? 'percent' : claim.type === 'money' ? 'gbp' : 'count';
  const words = topicWords(`${claim.subject ?? ''} ${claim.text}`);
  const candidates = [...reportFigures(report), ...prose]
    .filter((c) => c.unit === unit || (unit === 'count' && c.unit !== 'percent' && c.unit !== 'gbp'))
    .map((c) => ({ c, score: overlap(words, c.words) }))
    .filter((x) => x.score >= MIN_TOPIC_WORDS)
    .sort((a, b) => b.score - a.score);
  const top = candidates[0];
  if (!top) return notFound('The report does not state this figure.');
  const best = candidates.filter((x) => x.score === top.score);
  const holding = best.find((x) => compareWithQualifier(claimed, claim.qualifier, x.c.value).holds);
  const shown = (v: number) => `${v}${unit === 'percent' ? '%' : ''}`;
  if (holding) {
    const { note } = compareWithQualifier(claimed, claim.qualifier, holding.c.value);
    return { verdict: 'supported', reportValue: holding.c.value, reportEvidence: holding.c.evidence, note: note ?? `The report states ${shown(holding.c.value)}.` };
  }
  if (top.score >= CONTRADICT_TOPIC_WORDS && best.length === 1) {
    return {
      verdict: 'contradicted',
      reportValue: top.c.value,
      reportEvidence: top.c.evidence,
      note: `The release says ${claim.qualifier ? `${claim.qualifier} ` : ''}${shown(claimed)}; the report states ${shown(top.c.value)}.`,
    };
  }
  return notFound('The report states no figure on this that matches closely enough to judge.');
}

/** A figure is matched to the report's only when they share this many topic words ... */
const MIN_TOPIC_WORDS = 3;
/** ... and said to contradict it only when they share this many, and no other figure matches as well. */
const CONTRADICT_TOPIC_WORDS = 4;

/**
 * "supervised 8,136 people": a caseload claim is about everyone the provider supervises, so it
 * is checked against the total the report states, or the sum of its caseload facts (those on
 * community sentences and those supervised after release).
 */
function checkCaseload(claim: Claim, claimed: number, report: Document, prose: ProseFigure[]): Outcome {
  const stated = prose.find((f) => f.subject === 'supervised' && f.words.has('currently'));
  const parts = report.contextualFacts.filter((f) => f.unit === 'count' && /\bsupervised\b/i.test(f.description) && !/\bcommencing\b/i.test(f.description));
  let total: { value: number; evidence: Evidence } | null = stated ? { value: stated.value, evidence: stated.evidence } : null;
  if (!total && parts.length) {
    total = {
      value: parts.reduce((n, f) => n + f.value, 0),
      evidence: { page: parts[0]!.evidence.page, quote: parts.map((f) => f.evidence.quote).join(' · ') },
    };
  }
  if (!total) return notFound('The report does not state how many people the provider supervises.');
  const { holds, note } = compareWithQualifier(claimed, claim.qualifier, total.value);
  return holds
    ? { verdict: 'supported', reportValue: total.value, reportEvidence: total.evidence, note: note ?? `The report states ${total.value} supervised.` }
    : {
        verdict: 'contradicted',
        reportValue: total.value,
        reportEvidence: total.evidence,
        note: `The release says ${claim.qualifier ? `${claim.qualifier} ` : ''}${claimed} supervised; the report states ${total.value}.`,
      };
}

export { evidenceOf, splitSentences };
