/**
 * How the lexicon's word lists become patterns: an alternation of phrases, longest first (so that
 * "Requires improvement" wins over "Requires"), each phrase's spaces matching any run of spaces,
 * and curly and straight apostrophes matching each other. Every recogniser compiles its patterns
 * through these helpers from the lexicon's data; none writes a word list inline.
 */
import { PROPERTY_RANGES } from './unicode.js';

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

/**
 * A pattern from a source: by default case-insensitive, Unicode, global. V8 has no fast path for
 * a pattern that is both case-insensitive and Unicode (`iu`): it scans a sentence 6–25 times
 * slower than the same pattern without `u` (measured over the 1,579 sentences of the 2020
 * report). The patterns need `u` only for their property classes (\p{L}, \p{Lu}, \p{Ll},
 * \p{N}), so those are written out as the Basic Multilingual Plane's ranges (./unicode.ts) and
 * the pattern compiled without `u`; a letter outside that plane (none in the archive) is then no
 * letter. A source with any other Unicode-only syntax is compiled as it is.
 */
export function compile(source: string, flags = 'giu'): RegExp {
  if (!flags.includes('u') || !flags.includes('i')) return new RegExp(source, flags);
  const plain = withoutPropertyClasses(source);
  return plain === null ? new RegExp(source, flags) : new RegExp(plain, flags.replace('u', ''));
}

/** The source with its property classes written out as ranges, or null where that cannot be done. */
function withoutPropertyClasses(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const m = /^\{(\w+)\}/.exec(source.slice(i + 2));
        const ranges = m && PROPERTY_RANGES[m[1]!];
        if (!ranges || (next === 'P' && inClass)) return null;
        out += inClass ? ranges : `[${next === 'P' ? '^' : ''}${ranges}]`;
        i += 1 + m[0].length;
        continue;
      }
      // \u{…} and \k are read differently without `u`.
      if (next === 'u' && source[i + 2] === '{') return null;
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * Every match of a global pattern. Not `String.prototype.matchAll`: that copies the pattern on
 * every call, and the copy is compiled again (40–60 times slower on a large alternation, in a loop
 * over a document's sentences). The matches are all taken before they are returned, so a caller
 * may use the same pattern again while it reads them.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

/** Lower case, curly apostrophes straightened, white space collapsed: the key of a phrase. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
