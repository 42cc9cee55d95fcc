/**
 * How the lexicon's word lists become patterns: an alternation of phrases, longest first (so that
 * "Requires improvement" wins over "Requires"), each phrase's spaces matching any run of spaces,
 * and curly and straight apostrophes matching each other. Every recogniser compiles its patterns
 * through these helpers from the lexicon's data; none writes a word list inline.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern source: spaces match runs of white space, apostrophes either form. */
export function phrase(text: string): string {
  return escapeRegExp(text)
    .replace(/['’]/g, "['’]")
    .replace(/ /g, '\\s+')
    .replace(/-/g, '[-‐‑–]');
}

/** An alternation of phrases, longest first, as a non-capturing group. */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(phrase).join('|')})`;
}

/**
 * A whole-word alternation: not inside a longer word. Phrases that begin and end with ASCII
 * letters are bounded by \b, which the regex engine checks cheaply at every position; others
 * need a Unicode lookbehind, which makes the engine try every phrase everywhere.
 */
export function words(phrases: readonly string[]): string {
  const ascii = phrases.filter((p) => /^[A-Za-z].*[A-Za-z.]$|^[A-Za-z]$/.test(p) && !/[’'‘-]/.test(p[0]!));
  const other = phrases.filter((p) => !ascii.includes(p));
  const parts: string[] = [];
  if (ascii.length) parts.push(`\\b${alternation(ascii)}(?![\\p{L}\\p{N}])`);
  if (other.length) parts.push(`(?<![\\p{L}\\p{N}])${alternation(other)}(?![\\p{L}\\p{N}])`);
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** A case-insensitive, Unicode, global pattern from a source. */
export function compile(source: string, flags = 'giu'): RegExp {
  return new RegExp(source, flags);
}

/** Lower case, curly apostrophes straightened, white space collapsed: the key of a phrase. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
