/**
 * A stable projection of an hmip document: the values a reader checks (kind, family, provider,
 * ratings, claims, quote speakers, warning rule ids), without evidence or offsets. The real
 * corpus's `*.expected.json` files hold it, and the evaluation compares it with the truth.
 */
import type { Document } from '../schema.js';

export interface Projection {
  kind: Document['kind'];
  family: Document['family'];
  title: string | null;
  provider: string | null;
  published: string | null;
  overall: string | null;
  previous: string | null;
  score: { value: number; max: number } | null;
  standards: { id: string; name: string; rating: string | null }[];
  others: { subject: string; rating: string }[];
  claims: { kind: string; value: number | string | null; of: number | null; unit: string | null; qualifier: string | null; text: string }[];
  quotes: { speaker: string | null; role: string | null; starts: string }[];
  recommendationsCount: number | null;
  warnings: string[];
}

/** The first words of a quote: enough to find it in the text, short enough to stay stable. */
export function quoteStart(text: string, words = 6): string {
  return text.trim().split(/\s+/).slice(0, words).join(' ');
}

export function project(document: Document): Projection {
  const ratings = document.ratings;
  return {
    kind: document.kind,
    family: document.family,
    title: document.title,
    provider: document.provider?.name ?? null,
    published: document.published,
    overall: ratings?.overall?.rating ?? null,
    previous: ratings?.previousOverall?.rating ?? null,
    score: ratings?.score ? { value: ratings.score.value, max: ratings.score.max } : null,
    standards: (ratings?.standards ?? []).map((s) => ({ id: s.id, name: s.name, rating: s.rating })),
    others: (ratings?.others ?? []).map((o) => ({ subject: o.subject, rating: o.rating })),
    claims: document.claims.map((c) => {
      const claim = c as typeof c & { kind?: string; of?: number | null };
      return { kind: claim.kind ?? c.type, value: c.value, of: claim.of ?? null, unit: c.unit, qualifier: c.qualifier, text: c.text };
    }),
    quotes: document.quotes.map((q) => ({ speaker: q.speaker, role: q.role, starts: quoteStart(q.text) })),
    recommendationsCount: document.recommendations.statedCounts.new,
    warnings: [...new Set(document.warnings.map((w) => w.rule ?? 'unknown'))].sort(),
  };
}
