/**
 * The sentence layer: every sentence of the document's prose with the typed spans found in it
 * (numbers with value and form, ratings, people, roles, providers, the Inspectorate, dates,
 * reporting verbs, qualifiers, and the numbers that are not figures). Built once after parsing;
 * the recognisers read spans, not character windows.
 */
import type { Block } from '../model/blocks.js';
import type { Rating } from '../lexicon/ratings.js';
import type { Family } from '../schema.js';

interface SpanBase {
  /** Offsets in the sentence's text. */
  start: number;
  end: number;
  /** The text as printed. */
  text: string;
  /** The rule that found it. */
  rule: string;
}

export interface NumberSpan extends SpanBase {
  type: 'number';
  value: number;
  /** The denominator of a fraction ("two-thirds" 2 of 3, "Six in 10", "11 out of 54"). */
  of: number | null;
  /** What the figure is as printed: a count, a percentage, money (pounds), a fraction, a score out of a maximum. */
  form: 'cardinal' | 'percent' | 'money' | 'fraction' | 'out-of';
  /** Written in words ("seven") or digits. */
  words: boolean;
  /** A duration unit glued to it ("six-month"), or null. */
  glued: string | null;
}

/** A number that is not a figure: a year, a date's day, an ordinal, an age, a range, a name ("Covid-19"). */
export interface IgnoredSpan extends SpanBase {
  type: 'ignored';
  reason: string;
}

export interface DateSpan extends SpanBase {
  type: 'date';
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  value: string;
}

export interface QualifierSpan extends SpanBase {
  type: 'qualifier';
  qualifier: string;
}

export interface RatingSpan extends SpanBase {
  type: 'rating';
  rating: Rating;
  /** Stood in quotation marks. */
  quoted: boolean;
  /** Capitalised as a rating ("Good", "Requires Improvement"). */
  capitalised: boolean;
}

export interface RoleSpan extends SpanBase {
  type: 'role';
  /** The lexicon's role id ("chief-inspector"). */
  role: string;
}

export interface PersonSpan extends SpanBase {
  type: 'person';
  /** The name without its title ("Glenys Stacey"), as printed. */
  name: string;
  /** "Dame", "Mr" … or null. */
  title: string | null;
}

export interface ProviderSpan extends SpanBase {
  type: 'provider';
  family: Family;
  place: string;
  /** The normalised name ("Cardiff Youth Justice Service"), short name ("Cardiff YJS") and type ("YJS"). */
  name: string;
  shortName: string;
  providerType: string;
  /** The provider was named by an abbreviation only ("DLNR CRC"). */
  abbreviated: boolean;
  /** A plural noun after several places ("Southwark and Lambeth youth offending services"): several providers, none of them the document's alone. */
  several: boolean;
}

export interface InspectorateSpan extends SpanBase {
  type: 'inspectorate';
}

export interface VerbSpan extends SpanBase {
  type: 'verb';
  verb: 'reporting';
}

export type Span = NumberSpan | IgnoredSpan | DateSpan | QualifierSpan | RatingSpan | RoleSpan | PersonSpan | ProviderSpan | InspectorateSpan | VerbSpan;
export type SpanType = Span['type'];

export interface Sentence {
  /** Position in the document's sentences. */
  index: number;
  block: Block;
  /** Offset of the sentence in its block's text. */
  offset: number;
  text: string;
  spans: Span[];
}

export interface SentenceLayer {
  sentences: Sentence[];
  /** The sentences of a block, in order. */
  of(block: Block): Sentence[];
}

export function spansOf<T extends SpanType>(sentence: Sentence, type: T): Extract<Span, { type: T }>[] {
  return sentence.spans.filter((s): s is Extract<Span, { type: T }> => s.type === type);
}
