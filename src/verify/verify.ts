/**
 * `hmip verify`: every claim of a press release checked against the report it announces. First,
 * are the two about the same provider and the same inspection? A release about the previous
 * inspection is checked against what the report says of that inspection. Then each claim is
 * supported (with the report's page and quote), contradicted (showing both values), conflicting
 * (the report states the figure for another population or period) or not found — never guessed.
 *
 * A pure function of the two documents: the command line and the batch give the same verdicts.
 * What only the command line has (the release's sentences, for what was not checked; the URLs)
 * comes in `VerifyContext`.
 */
import type { Claim, Document } from '../schema.js';
import { CHECKERS, describeDate, notFound, standardsOf, type Outcome } from './checkers.js';
import { withCompounds } from './compound.js';
import { reportFigures, type ReportFigure } from './figures.js';
import { labelOf } from './labels.js';
import { provenanceNow } from './provenance.js';
import { Verification, VERIFICATION_VERSION, type DocumentRef, type Provenance, type Relation, type VerifiedClaim } from './schema.js';

export type { Relation, Verification, VerifiedClaim };

export interface VerifyContext {
  /** The release's sentences (from its document model), to list those no claim was checked in. */
  releaseSentences?: { text: string; page: number | null }[];
  /** Where each document is published, where known. */
  releaseUrl?: string | null;
  reportUrl?: string | null;
  /** When and by what the check was made; now, by this hmip, by default. */
  provenance?: Provenance;
}

function key(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function month(date: string | null | undefined): string | null {
  return date ? date.slice(0, 7) : null;
}

/** What `relate` reads of each document: its kind, provider and dates (the batch pairs on these alone). */
export type RelateFacts = Pick<Document, 'provider' | 'published' | 'fieldworkStarted' | 'previousInspection'>;

export function relate(release: RelateFacts, report: RelateFacts): { relation: Relation; note: string } {
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
 * A release and a report given the wrong way round, or the same kind twice: the sentence that says
 * so (without its full stop), or null. A report as the release has no claims to check and would
 * give "0 supported, 0 contradicted" with nothing said; the command line stops on it (exit 2).
 */
export function misuse(release: Document, report: Document, names: { release: string; report: string }): string | null {
  const isReport = (d: Document) => d.kind === 'inspection-report';
  const isRelease = (d: Document) => d.kind === 'press-release';
  if (isReport(release) && isRelease(report)) {
    return `the two files are the wrong way round: ${names.release} is an inspection report and ${names.report} a press release; give the release first and the report with --report`;
  }
  if (isReport(release)) return `${names.release}, given as the press release, is an inspection report: give the release first and the report with --report`;
  if (isRelease(report)) return `${names.report}, given as the report (--report), is a press release: give the report it announces with --report`;
  return null;
}

function refOf(doc: Document, url: string | null | undefined): DocumentRef {
  return {
    path: doc.source.path,
    id: doc.id,
    kind: doc.kind,
    family: doc.family,
    title: doc.title,
    provider: doc.provider?.shortName ?? null,
    providerName: doc.provider?.name ?? null,
    published: doc.published,
    fieldworkStarted: doc.fieldworkStarted,
    url: url ?? null,
    sha256: doc.source.sha256,
    format: doc.source.format,
  };
}

/** Sentences shorter than this many words ("ENDS", "Notes to editor") are no statements to check. */
const MIN_SENTENCE_WORDS = 3;

export function verifyRelease(release: Document, report: Document, context: VerifyContext = {}): Verification {
  const { relation, note } = relate(release, report);
  const figures = reportFigures(report);
  const verified = release.claims.map((claim) => verifyClaim(claim, report, relation, figures));
  const claims = onceEach(withCompounds(withParts(verified, report), report));
  const wholes = claims.filter((c) => c.partOf === null);
  const count = (verdict: VerifiedClaim['verdict']) => wholes.filter((c) => c.verdict === verdict).length;

  const statements = (context.releaseSentences ?? []).filter((s) => s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_SENTENCE_WORDS);
  const checkedTexts = new Set(claims.flatMap((c) => [c.text, ...c.alsoStated.map((a) => a.text)]));
  const unchecked = statements.filter((s) => !checkedTexts.has(s.text));

  return Verification.parse({
    verificationVersion: VERIFICATION_VERSION,
    provenance: context.provenance ?? provenanceNow(),
    pressRelease: refOf(release, context.releaseUrl),
    report: refOf(report, context.reportUrl),
    relation,
    relationNote: note,
    claims,
    unchecked,
    coverage: context.releaseSentences ? { sentences: statements.length, checked: statements.length - unchecked.length } : null,
    summary: { supported: count('supported'), contradicted: count('contradicted'), conflicting: count('conflicting'), notFound: count('not-found') },
  } satisfies Verification);
}

function verifiedOf(claim: Claim, report: Document, outcome: Outcome, checkedAgainst: 'current' | 'previous'): VerifiedClaim {
  const { quotes, ...rest } = outcome;
  return {
    ...claim,
    label: labelOf(claim, report.family),
    ...rest,
    reportEvidence: quotes.length ? { page: quotes[0]!.page, quote: quotes.map((q) => q.quote).join(' · ') } : null,
    reportQuotes: quotes,
    checkedAgainst,
    partOf: null,
    derived: false,
    alsoStated: [],
  };
}

function verifyClaim(claim: Claim, report: Document, relation: Relation, figures: ReportFigure[]): VerifiedClaim {
  // A release about the previous inspection speaks of it as "current"; what it calls previous, the report cannot reach.
  const against: 'current' | 'previous' = relation === 'previous-inspection' || claim.inspection === 'previous' ? 'previous' : 'current';
  let outcome: Outcome;
  if (relation === 'different-provider') outcome = notFound('The report is about another provider.');
  else if (relation === 'previous-inspection' && claim.inspection === 'previous') outcome = notFound('The claim concerns an inspection before the one the report calls previous.');
  else outcome = CHECKERS[claim.kind](claim, { report, against, figures });
  return verifiedOf(claim, report, outcome, against);
}

/** A count of standards: its noun is one ("aspects"), whatever the grammar took after it ("four aspects 'Inadequate'" in straight quotes reads "aspects Inadequate"). */
function countsStandards(claim: Claim): boolean {
  return claim.unit === 'standards' || /^(?:aspects|standards|areas)\b/i.test(claim.subject ?? '');
}

/**
 * A count of standards stated in the sentence of a rating of an area ("all four aspects") is that
 * rating's part: the reader sees one claim, whose verdict holds only if its count holds too.
 */
function withParts(claims: VerifiedClaim[], report: Document): VerifiedClaim[] {
  return claims.map((claim, i) => {
    if (claim.kind !== 'count' || !countsStandards(claim)) return claim;
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
      reportQuotes: whole.reportQuotes,
      note: `The report rates ${standards.length} ${whole.subject} standard${standards.length === 1 ? '' : 's'}${standards.length === claim.value ? '' : `, not ${claim.value}`}.`,
    };
    if (part.verdict === 'contradicted' && whole.verdict === 'supported') {
      Object.assign(whole, { verdict: 'contradicted', derived: true, note: `${whole.note} But the release counts ${claim.value} of them: ${part.note}` });
    }
    return part;
  });
}

/**
 * Each claim once: a release that states the same thing in its headline and its first paragraph
 * makes one claim, listed with the first sentence and the others under `alsoStated`. Claims are
 * the same when they state the same value of the same thing and the report answers them alike.
 */
function onceEach(claims: VerifiedClaim[]): VerifiedClaim[] {
  const partsOf = (c: VerifiedClaim) => claims.filter((p) => p.partOf === c.id);
  const signature = (c: VerifiedClaim): string =>
    JSON.stringify([c.kind, c.subject, c.value, c.of, c.unit, c.qualifier, c.inspection, c.checkedAgainst, c.verdict, c.reportValue, c.reportQuotes, partsOf(c).map(signature)]);
  const first = new Map<string, VerifiedClaim>();
  const dropped = new Set<string>();
  for (const claim of claims) {
    if (claim.partOf !== null) continue;
    const sig = signature(claim);
    const kept = first.get(sig);
    if (!kept) first.set(sig, claim);
    else {
      if (claim.text !== kept.text && !kept.alsoStated.some((a) => a.text === claim.text)) kept.alsoStated.push({ text: claim.text, evidence: claim.evidence });
      dropped.add(claim.id);
    }
  }
  return claims.filter((c) => !dropped.has(c.id) && !(c.partOf !== null && dropped.has(c.partOf)));
}
