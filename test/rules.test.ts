/**
 * One generic test for every recogniser's rows: each row's examples must be read as the row
 * says, through the whole recogniser it belongs to (not the row alone, so that precedence between
 * rows is tested too), and its counterexamples must not be. The rows are data in src/: spans
 * (src/annotate/spans), providers (src/families), page chrome (src/model/chrome.ts), kind signals
 * (src/classify/signals.ts), rating statements and claim forms (src/extract/rules), quote
 * attributions (src/extract/quotes.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parsers/text/index.js';
import { annotate, annotateText } from '../src/annotate/index.js';
import { DATE_RULES } from '../src/annotate/spans/dates.js';
import { IGNORED_RULES } from '../src/annotate/spans/ignored.js';
import { NUMBER_RULES } from '../src/annotate/spans/numbers.js';
import { PEOPLE_RULES } from '../src/annotate/spans/people.js';
import { PROVIDER_RULES } from '../src/annotate/spans/providers.js';
import { QUALIFIER_RULES } from '../src/annotate/spans/qualifiers.js';
import { POOR_RULE, RATING_RULES as RATING_SPAN_RULES } from '../src/annotate/spans/ratings.js';
import { chooseProvider, providerCandidates } from '../src/classify/provider.js';
import { KIND_SIGNALS, unquoted } from '../src/classify/signals.js';
import { extractRatingStatements } from '../src/extract/ratingStatements.js';
import { CLAIM_FORMS } from '../src/extract/rules/claims.js';
import { HEADLINE_RULE, RATING_RULES } from '../src/extract/rules/ratingStatements.js';
import { ATTRIBUTIONS, extractQuotes } from '../src/extract/quotes.js';
import { FAMILIES } from '../src/families/index.js';
import { words } from '../src/lexicon/words.js';
import { viewOf } from '../src/model/blocks.js';
import { CHROME_RULES, isChrome, withoutChrome } from '../src/model/chrome.js';
import { extractText, ROOT } from './helpers.js';

const SPAN_TABLES = { dates: DATE_RULES, ignored: IGNORED_RULES, numbers: NUMBER_RULES, qualifiers: QUALIFIER_RULES, ratings: [...RATING_SPAN_RULES, POOR_RULE], people: PEOPLE_RULES, providers: PROVIDER_RULES };

/** A document of paragraphs (blank lines between), read as the pipeline reads one. */
function layerOf(text: string) {
  const view = withoutChrome(viewOf(parseText(text)));
  return { view, layer: annotate(view) };
}

describe('span rules', () => {
  for (const [table, rules] of Object.entries(SPAN_TABLES)) {
    for (const rule of rules) {
      if (!rule.examples.length && !rule.counterexamples.length) continue;
      it(`${table}: ${rule.id} reads its ${rule.examples.length} examples and leaves its ${rule.counterexamples.length} counterexamples`, () => {
        const poor = rule === POOR_RULE;
        for (const example of rule.examples) {
          const spans = annotateText(example.text, { poorMeansInadequate: poor });
          const found = spans.filter((s) => s.rule === rule.id);
          expect(found.length, `${rule.id} on "${example.text}" (${example.source})`).toBeGreaterThan(0);
          if (example.expect) expect(found, `${rule.id} on "${example.text}"`).toContainEqual(expect.objectContaining(example.expect));
          // A number inside a span of the ignored or date rules is never a figure.
          if (table === 'ignored' || (table === 'dates' && found.some((s) => s.type === 'ignored'))) {
            for (const span of found) expect(spans.some((n) => n.type === 'number' && n.start < span.end && span.start < n.end), `a figure inside "${span.text}"`).toBe(false);
          }
        }
        for (const counter of rule.counterexamples) {
          expect(annotateText(counter.text).some((s) => s.rule === rule.id), `${rule.id} must not read "${counter.text}" (${counter.source}): ${counter.why ?? ''}`).toBe(false);
        }
      });
    }
  }
});

describe('page chrome', () => {
  for (const rule of CHROME_RULES) {
    it(`${rule.id} takes its examples for chrome`, () => {
      for (const example of rule.examples) expect(isChrome(example.text), example.text).toBe(true);
    });
  }
  it('leaves the words of a document alone', () => {
    expect(isChrome('Bedfordshire Probation Delivery Unit (PDU) has received an overall rating of ‘Requires improvement’.')).toBe(false);
  });
});

describe('family signals', () => {
  for (const family of FAMILIES) {
    for (const signal of family.signals) {
      it(`${signal.id} finds its phrases in its examples`, () => {
        const pattern = new RegExp(words(signal.phrases), signal.caseSensitive ? 'u' : 'iu');
        for (const example of signal.examples) expect(pattern.test(example.text), example.text).toBe(true);
      });
    }
  }
});

describe('kind signals', () => {
  const signalsOf = async (example: { text: string; document?: boolean }) => {
    const doc = example.document ? await extractText(readFileSync(join(ROOT, example.text), 'utf8'), example.text) : await extractText(`Inspection news\n\n${example.text}\n`);
    return doc.classification.kind.signals.map((s) => s.id);
  };
  for (const signal of KIND_SIGNALS) {
    it(`${signal.id} fires on its examples and not on its counterexamples`, async () => {
      // What a page says itself, as the classifier reads it: quotations set aside, except in the title.
      const own = (text: string) => (signal.scope === 'title' || signal.scope === 'short-block' ? text : unquoted(text));
      for (const example of signal.examples) {
        if (signal.pattern && !example.document) expect(signal.pattern.test(own(example.text)), `${signal.id}: ${example.text}`).toBe(true);
        else expect(await signalsOf(example), `${signal.id}: ${example.text}`).toContain(signal.id);
      }
      for (const counter of signal.counterexamples) {
        if (signal.pattern) expect(signal.pattern.test(own(counter.text)), `${signal.id} must not read: ${counter.text}`).toBe(false);
        else expect(await signalsOf({ text: counter.text, document: counter.text.endsWith('.txt') }), counter.text).not.toContain(signal.id);
      }
    });
  }
});

describe('rating statements', () => {
  /** The statements of a sentence: the body of a one-paragraph release, or a headline on its own. */
  const statementsOf = (text: string, headline: boolean) => {
    const { layer } = layerOf(headline ? `${text}\n` : `Inspection news\n\n${text}\n`);
    const title = layer.sentences.slice(0, 1);
    const opening = layer.sentences.slice(headline ? 0 : 1, 4);
    const provider = chooseProvider(providerCandidates(layer), title, opening);
    return extractRatingStatements({ layer, provider, family: provider?.family ?? 'unknown', title, ownRatings: true });
  };
  for (const rule of [...RATING_RULES, HEADLINE_RULE]) {
    it(`${rule.id} reads its examples and leaves its counterexamples`, () => {
      const headline = rule === HEADLINE_RULE;
      for (const example of rule.examples) {
        const found = statementsOf(example.text, headline).filter((s) => s.rule === rule.id);
        expect(found.length, `${rule.id} on "${example.text}" (${example.source})`).toBeGreaterThan(0);
        const read = found.map((s) => ({ rating: s.rating, inspection: s.inspection, subject: s.subject === 'overall' ? 'overall' : s.subjectText }));
        if (example.expect) expect(read, `${rule.id} on "${example.text}"`).toContainEqual(expect.objectContaining(example.expect));
      }
      for (const counter of rule.counterexamples) {
        expect(statementsOf(counter.text, headline).filter((s) => s.rule === rule.id), `${rule.id} must not read "${counter.text}": ${counter.why ?? ''}`).toEqual([]);
      }
    });
  }
});

describe('claim forms', () => {
  for (const form of CLAIM_FORMS) {
    it(`${form.id} reads its examples and no figure of its counterexamples`, async () => {
      for (const example of form.examples) {
        const doc = await extractText(`Inspection news\n\n${example.text}\n`);
        expect(doc.claims, `${form.id} on "${example.text}" (${example.source})`).toContainEqual(expect.objectContaining(example.expect!));
      }
      for (const counter of form.counterexamples) {
        const doc = await extractText(`Inspection news\n\n${counter.text}\n`);
        expect(doc.claims.filter((c) => c.value === counter.value), `no claim of ${counter.value} in "${counter.text}": ${counter.why ?? ''}`).toEqual([]);
      }
    });
  }
});

describe('quote attributions', () => {
  const quotesOf = (text: string) => {
    const { view, layer } = layerOf(`Inspection news\n\n${text}\n`);
    return extractQuotes(layer, view.blocks, view.blocks[0] ?? null);
  };
  for (const rule of ATTRIBUTIONS) {
    it(`${rule.id} names the speaker of its examples`, () => {
      for (const example of rule.examples) {
        const found = quotesOf(example.text).filter((q) => q.rule === rule.id);
        expect(found.map((q) => q.speaker), `${rule.id} on "${example.text}" (${example.source})`).toContain(example.expect!.speaker);
      }
      for (const counter of rule.counterexamples) expect(quotesOf(counter.text), `no quote in "${counter.text}": ${counter.why ?? ''}`).toEqual([]);
    });
  }
});
