/**
 * A report family as an extension of the core: its rating framework(s), the words that show a
 * document belongs to it, the nouns its providers go by, and the names of what it rates besides
 * the provider (standards, resettlement, victim work). The core merges the families
 * (src/families/index.ts); nothing outside a family's file names its providers.
 */
import type { Framework } from '../frameworks/types.js';
import type { Example, Counterexample } from '../rules/types.js';
import type { Family } from '../schema.js';

/** A noun a provider of the family goes by, and how the provider's name is written from it. */
export interface ProviderNoun {
  /** Stable id, "<family>.<noun>": the rule id of the provider spans it finds. */
  id: string;
  /** The noun in full as printed ("Youth Justice Service"); matched without regard to case but must be capitalised in the text. */
  forms: readonly string[];
  /** Abbreviations, matched exactly ("YJS", "CRC"). */
  abbreviations: readonly string[];
  /**
   * Where the place name stands: "before" the noun ("Cardiff Youth Justice Service"), or
   * "after" it, with the words that may join them ("National Probation Service in Wales",
   * "Probation Service – Wales region").
   */
  placement: 'before' | 'after';
  /** For "after": the words between noun and place ("in", "–"), and the word that may close the place ("division", "region"). */
  joiners?: readonly string[];
  closer?: string;
  /** The closer may be left out ("NPS Wales" beside "NPS Wales division"). */
  closerOptional?: boolean;
  /** The form of the name, the short name and the type: "{place}" is the place, "{noun}" the noun as printed in full. */
  name: string;
  shortName: string;
  type: string;
  /** Phrases that must all occur in the document for the noun to name a provider ("Probation services in Suffolk" is the joint CRC and NPS inspection only where both are named). */
  requires?: readonly string[];
  /** The noun names the document's provider only from its title (a headline form, not a phrase of the body). */
  titleOnly?: boolean;
  /** Writes the name from the place and the other providers the document names, where a template cannot. */
  compose?: (place: string, others: readonly { family: Family; place: string; text: string }[]) => string;
  examples: Example<{ name: string; place: string }>[];
  counterexamples: Counterexample[];
}

/** A phrase that shows a document belongs to the family, with its weight. */
export interface FamilySignal {
  id: string;
  /** Phrases, matched as whole words without regard to case (unless `caseSensitive`). */
  phrases: readonly string[];
  caseSensitive?: boolean;
  /** What one occurrence adds to the family's score (in the title it counts three times). */
  weight: number;
  examples: Example<never>[];
}

/** Something a family rates besides the provider: a standard or an area, with the words that name it. */
export interface RatedArea {
  /** Stable key, the subject of a claim that rates it ("case-supervision", "through-the-gate"). */
  key: string;
  /** The name a rating of it is given under ("Resettlement policy and provision"). */
  name: string;
  /** The framework's standards it stands for, where it stands for standards ("2.1 Assessment" … "2.4 Reviewing" for "all four aspects of case supervision"). */
  standards?: readonly { id: string; name: string }[];
  /** The words that name it in a sentence. */
  phrases: readonly string[];
}

export interface FamilyExtension {
  family: Family;
  /** What the family's providers are, for reasons ("a Community Rehabilitation Company"). */
  describes: string;
  frameworks: readonly Framework[];
  providers: readonly ProviderNoun[];
  signals: readonly FamilySignal[];
  areas: readonly RatedArea[];
}
