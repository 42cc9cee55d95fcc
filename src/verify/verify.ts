/**
 * `hmip verify`: every claim of a press release checked against the report it announces. First,
 * are the two about the same provider and the same inspection? A release about the previous
 * inspection is checked against what the report says of that inspection. Then each claim is
 * supported (with the report's page and quote), contradicted (showing both values) or not found —
 * never guessed.
 */
import { evidence as evidenceOf, splitSentences, type Block } from '../model/blocks.js';
import type { Evidence } from '../model/types.js';
import type { Claim, Document } from '../schema.js';
import { CHECKERS, describeDate, notFound, standardsOf, type Outcome, type Verdict } from './checkers.js';
import { reportFigures, type ReportFigure } from './figures.js';

export type { Verdict };

export interface VerifiedClaim extends Claim {
  verdict: Verdict;
  reportValue: string | number | null;
  reportEvidence: Evidence | null;
  note: string;
  /** The inspection of the report the claim was checked against. */
  checkedAgainst: 'current' | 'previous';
  /**
   * The id of the claim this one is part of: "we have rated all four aspects ‘Inadequate’" is one
   * rating claim whose count ("four" standards) is checked as its part. A part is listed under its
   * whole and not counted in the summary; a contradicted part contradicts its whole.
   */
  partOf: string | null;
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
  const figures = reportFigures(report, reportBlocks);
  const claims = withParts(release.claims.map((claim) => verifyClaim(claim, report, relation, figures)), report);
  const wholes = claims.filter((c) => c.partOf === null);
  return {
    pressRelease: { path: release.source.path, id: release.id, provider: release.provider?.shortName ?? null, published: release.published },
    report: { path: report.source.path, id: report.id, provider: report.provider?.shortName ?? null, published: report.published },
    relation,
    relationNote: note,
    claims,
    summary: {
      supported: wholes.filter((c) => c.verdict === 'supported').length,
      contradicted: wholes.filter((c) => c.verdict === 'contradicted').length,
      notFound: wholes.filter((c) => c.verdict === 'not-found').length,
    },
  };
}

function verifyClaim(claim: Claim, report: Document, relation: Relation, figures: ReportFigure[]): VerifiedClaim {
  // A release about the previous inspection speaks of it as "current"; what it calls previous, the report cannot reach.
  const against: 'current' | 'previous' = relation === 'previous-inspection' || claim.inspection === 'previous' ? 'previous' : 'current';
  let outcome: Outcome;
  if (relation === 'different-provider') outcome = notFound('The report is about another provider.');
  else if (relation === 'previous-inspection' && claim.inspection === 'previous') outcome = notFound('The claim concerns an inspection before the one the report calls previous.');
  else outcome = CHECKERS[claim.kind](claim, { report, against, figures });
  return { ...claim, ...outcome, checkedAgainst: against, partOf: null };
}

/**
 * A count of standards stated in the sentence of a rating of an area ("all four aspects") is that
 * rating's part: the reader sees one claim, whose verdict holds only if its count holds too.
 */
function withParts(claims: VerifiedClaim[], report: Document): VerifiedClaim[] {
  return claims.map((claim, i) => {
    if (claim.kind !== 'count' || claim.unit !== 'standards') return claim;
    const whole = claims.find((c, j) => j !== i && c.kind === 'rating' && c.subject && c.subject !== 'overall' && c.text === claim.text);
    if (!whole || whole.verdict === 'not-found' || whole.checkedAgainst !== claim.checkedAgainst) return claim;
    // The count is that of the standards the whole was checked against, not any 4 the report prints.
    const standards = standardsOf(whole.subject!, report);
    const part: VerifiedClaim = {
      ...claim,
      partOf: whole.id,
      verdict: standards.length === claim.value ? 'supported' : 'contradicted',
      reportValue: standards.length,
      reportEvidence: whole.reportEvidence,
      note: `The report rates ${standards.length} ${whole.subject} standard${standards.length === 1 ? '' : 's'}${standards.length === claim.value ? '' : `, not ${claim.value}`}.`,
    };
    if (part.verdict === 'contradicted' && whole.verdict === 'supported') {
      Object.assign(whole, { verdict: 'contradicted', note: `${whole.note} But the release counts ${claim.value} of them: ${part.note}` });
    }
    return part;
  });
}

export { evidenceOf, splitSentences };
