/**
 * What must not depend on the input format: the values of a document with evidence (pages,
 * quotes) set aside. Parity tests compare these across the text, HTML and PDF of one document.
 */
import type { Document } from '../src/schema.js';

export function reportValues(doc: Document) {
  return {
    kind: doc.kind,
    family: doc.family,
    provider: doc.provider?.shortName ?? null,
    overall: doc.ratings?.overall?.rating ?? null,
    score: doc.ratings?.score ? [doc.ratings.score.value, doc.ratings.score.max] : null,
    standards: doc.ratings?.standards.map((s) => ({
      id: s.id,
      name: s.name,
      rating: s.rating,
      previousRating: s.previousRating,
      keyQuestions: s.keyQuestions.map((q) => [q.question, q.previous, q.current, q.comparator, q.qualitative]),
      announcedKeyQuestions: s.announcedKeyQuestions,
    })),
    contextualFacts: doc.contextualFacts.map((f) => [f.value, f.unit, f.display, f.description, f.footnote, f.source]),
    performance: doc.performanceAgainstTargets.map((p) => [p.value, p.description, p.nationalFigure, p.target, p.footnote, p.source]),
    previousRecommendations: doc.recommendations.previous.map((r) => [r.number, r.addressee, r.text, r.progress]),
    newRecommendations: doc.recommendations.new.map((r) => [r.number, r.addressee, r.text, r.repeated]),
    caseSample: doc.caseSample,
    checks: doc.checks.map((c) => [c.id, c.subject, c.status]),
  };
}

export function releaseValues(doc: Document) {
  return {
    kind: doc.kind,
    family: doc.family,
    provider: doc.provider?.shortName ?? null,
    published: doc.published,
    fieldworkStarted: doc.fieldworkStarted,
    overall: doc.ratings?.overall?.rating ?? null,
    claims: doc.claims.map((c) => [c.type, c.subject, c.value, c.qualifier, c.inspection]),
  };
}
