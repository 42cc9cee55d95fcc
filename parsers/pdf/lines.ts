/**
 * Text items → lines. Items on one baseline make a line; raised small numbers become footnote
 * markers of the line they stand on (never digits glued to the word before them); a bullet glyph
 * that opens a line is taken off; wide gaps split a line into segments, which is how table cells
 * on one baseline stay apart.
 */
import type { Block, Line, PageText, Segment, TextItem, Token } from './types.js';

/** Word-processor bullets: Symbol/Wingdings private-use glyphs, Unicode bullets and squares. */
const BULLETS = new Set(['\uF0B7', '\uF0A7', '\uF0D8', '\uF076', '\uF0FC', '\uF0A8', '•', '▪', '■', '●', '◦', '○', '□', '➢', '►', '‣', '∙', '·', '✓', '✔']);
/** Dashes are bullets only as a glyph of their own with a tab after it; in prose they open lines. */
const DASHES = new Set(['-', '–', '—', '*']);
const MARKER_TEXT = /^\d{1,3}(?:,\s?\d{1,3})*$/;
/** "3,075": a number with thousands, not the markers 3 and 75. */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const ORDINAL_TEXT = /^(?:st|nd|rd|th|er|e|\*|†|‡)$/;

interface Sup {
  item: TextItem;
  host: TextItem;
  /** The marker stands before its host: it opens a footnote text. */
  before: boolean;
}

export function buildLines(page: PageText): Line[] {
  const sups = findSuperscripts(page.items);
  const hosts = new Map<TextItem, Sup[]>();
  for (const sup of sups.values()) {
    const list = hosts.get(sup.host) ?? [];
    list.push(sup);
    hosts.set(sup.host, list);
  }
  const body = page.items.filter((item) => !sups.has(item));
  return groupByBaseline(body).map((items) => makeLine(page.number, items, hosts));
}

/**
 * A footnote marker is a smaller item raised above the baseline of a larger item it touches: after
 * it ("reoffence⁸"), or before it at the start of a footnote text. Markers side by side ("⁸⁹¹⁰")
 * chain onto the same host, each its own marker.
 */
function findSuperscripts(items: TextItem[]): Map<TextItem, Sup> {
  const found = new Map<TextItem, Sup>();
  const candidates = items
    .filter((item) => (MARKER_TEXT.test(item.text) && !THOUSANDS.test(item.text)) || ORDINAL_TEXT.test(item.text))
    .sort((a, b) => a.x - b.x);
  if (candidates.length === 0) return found;
  for (const candidate of candidates) {
    let sup: Sup | null = null;
    for (const host of items) {
      if (host === candidate || host.size < candidate.size * 1.25) continue;
      const rise = candidate.y - host.y;
      if (rise < 0.12 * host.size || rise > 0.75 * host.size) continue;
      const after = candidate.x - (host.x + host.width);
      if (after > -0.15 * host.size && after < 0.6 * host.size) {
        sup = { item: candidate, host, before: false };
        break;
      }
      const before = host.x - (candidate.x + candidate.width);
      if (before > -1 && before < 0.8 * host.size && MARKER_TEXT.test(candidate.text)) {
        sup = { item: candidate, host, before: true };
        break;
      }
    }
    if (!sup) {
      // Side by side with a marker already found: "8", "9", "10" raised after one word.
      for (const [item, previous] of found) {
        const gap = candidate.x - (item.x + item.width);
        if (Math.abs(candidate.y - item.y) < 0.5 && gap > -1 && gap < 0.6 * candidate.size && !previous.before) {
          sup = { item: candidate, host: previous.host, before: false };
          break;
        }
      }
    }
    sup ??= wrappedMarker(candidate, items);
    if (sup) found.set(candidate, sup);
  }
  return found;
}

/**
 * A marker the line wrap carried onto a line of its own ("…and desistance?" / "⁴¹", as Chromium
 * sets a cell): raised, with nothing beside it, right under the start of a line one line higher.
 * It belongs after the end of that line.
 */
function wrappedMarker(candidate: TextItem, items: TextItem[]): Sup | null {
  if (!MARKER_TEXT.test(candidate.text)) return null;
  let start: TextItem | null = null;
  for (const item of items) {
    if (item === candidate) continue;
    const sameLine = Math.abs(item.y - candidate.y) < 0.9 * item.size && item.size >= candidate.size * 1.25;
    // Anything in line beside it makes it an ordinary marker (or a number), not a wrapped one.
    if (sameLine && item.x < candidate.x + candidate.width + 2 * item.size && item.x + item.width > candidate.x - 2 * item.size) return null;
    const above = item.y - candidate.y;
    if (item.size >= candidate.size * 1.25 && Math.abs(item.x - candidate.x) < 1 && above > 0.75 * item.size && above < 1.9 * item.size) start = item;
  }
  if (!start) return null;
  // The end of that line: the items that run on from its start without a cell's gap.
  let host = start;
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    if (item === host || Math.abs(item.y - start.y) > 0.3 * start.size) continue;
    const gap = item.x - (host.x + host.width);
    if (gap > -1 && gap < 0.8 * start.size) host = item;
  }
  return { item: candidate, host, before: false };
}

/** Items whose baselines lie within a fraction of their size of each other form one line. */
function groupByBaseline(items: TextItem[]): TextItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  let current: TextItem[] = [];
  let baseline = Number.NaN;
  let minSize = Number.POSITIVE_INFINITY;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(baseline - item.y) <= 0.3 * Math.min(minSize, item.size)) {
      current.push(item);
      minSize = Math.min(minSize, item.size);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    baseline = item.y;
    minSize = item.size;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

function makeLine(page: number, items: TextItem[], hosts: Map<TextItem, Sup[]>): Line {
  let bullet: string | null = null;
  let rest = items;
  const first = items[0]!;
  const second = items[1];
  const firstChar = first.text.charAt(0);
  if (BULLETS.has(first.text) && second) {
    bullet = first.text;
    rest = items.slice(1);
  } else if (DASHES.has(first.text) && second && second.x - (first.x + first.width) > 0.4 * first.size) {
    bullet = first.text;
    rest = items.slice(1);
  } else if (BULLETS.has(firstChar) && /^\S\s+\S/.test(first.text)) {
    // Bullet and text in one item: "• Leaders and staff …".
    bullet = firstChar;
    const trimmed = { ...first, text: first.text.slice(1).trim(), x: first.x + first.width / first.text.length };
    const sups = hosts.get(first);
    if (sups) hosts.set(trimmed, sups);
    rest = [trimmed, ...items.slice(1)];
  }

  const segments = splitSegments(rest, hosts);
  let leadingRef: string | null = null;
  const opening = segments[0]?.tokens[0];
  const openingSup = rest[0] ? hosts.get(rest[0])?.find((s) => s.before) : undefined;
  if (opening?.kind === 'ref' && openingSup) {
    leadingRef = opening.id;
    segments[0]!.tokens.shift();
    trimStart(segments[0]!.tokens);
  }
  const main = dominant(rest);
  return {
    page,
    y: main.y,
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size: main.size,
    font: main.font,
    segments,
    bullet,
    leadingRef,
  };
}

/** The item that carries most of the line's characters gives its size and font. */
function dominant(items: TextItem[]): TextItem {
  const weight = new Map<string, number>();
  for (const item of items) {
    const key = `${item.font}|${item.size.toFixed(1)}`;
    weight.set(key, (weight.get(key) ?? 0) + item.text.length);
  }
  let best = items[0]!;
  let bestWeight = -1;
  for (const item of items) {
    const w = weight.get(`${item.font}|${item.size.toFixed(1)}`)!;
    if (w > bestWeight) {
      best = item;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * A gap wider than most of an em is not a word space: it separates table cells (or a number from
 * its label). Items closer than that join, with a space where the gap or the strings show one.
 */
function splitSegments(items: TextItem[], hosts: Map<TextItem, Sup[]>): Segment[] {
  const segments: Segment[] = [];
  let current: { items: TextItem[]; x0: number; x1: number } | null = null;
  for (const item of items) {
    const right = rightEdge(item, hosts);
    if (current) {
      const gap = item.x - current.x1;
      const size = Math.max(item.size, current.items[current.items.length - 1]!.size);
      if (gap < 0.8 * size) {
        current.items.push(item);
        current.x1 = Math.max(current.x1, right);
        continue;
      }
      segments.push(toSegment(current.items, current.x0, current.x1, hosts));
    }
    current = { items: [item], x0: item.x, x1: right };
  }
  if (current) segments.push(toSegment(current.items, current.x0, current.x1, hosts));
  return segments;
}

/** An item's right end, past any markers raised after it. */
function rightEdge(item: TextItem, hosts: Map<TextItem, Sup[]>): number {
  let right = item.x + item.width;
  for (const sup of hosts.get(item) ?? []) if (!sup.before) right = Math.max(right, sup.item.x + sup.item.width);
  return right;
}

function toSegment(items: TextItem[], x0: number, x1: number, hosts: Map<TextItem, Sup[]>): Segment {
  const tokens: Token[] = [];
  let previous: { right: number; size: number; spaceAfter: boolean } | null = null;
  const pushText = (value: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.value += value;
    else tokens.push({ kind: 'text', value });
  };
  for (const item of items) {
    const sups = (hosts.get(item) ?? []).sort((a, b) => a.item.x - b.item.x);
    for (const sup of sups) if (sup.before) tokens.push(...markerTokens(sup.item.text));
    if (previous) {
      const gap = item.x - previous.right;
      if (gap > 0.15 * Math.min(item.size, previous.size) || previous.spaceAfter || item.spaceBefore) pushText(' ');
    }
    pushText(item.text);
    let right = item.x + item.width;
    for (const sup of sups) {
      if (sup.before) continue;
      if (MARKER_TEXT.test(sup.item.text)) tokens.push(...markerTokens(sup.item.text));
      else pushText(sup.item.text); // "1st": a raised ordinal stays text, glued to its number
      right = Math.max(right, sup.item.x + sup.item.width);
    }
    previous = { right, size: item.size, spaceAfter: item.spaceAfter };
  }
  const main = dominant(items);
  for (const token of tokens) if (token.kind === 'text') token.value = token.value.replace(/\s+/g, ' ');
  return { x0, x1, size: main.size, font: main.font, tokens };
}

function markerTokens(text: string): Token[] {
  return text.split(',').map((part) => ({ kind: 'ref', id: String(Number(part.trim())) }));
}

function trimStart(tokens: Token[]): void {
  const first = tokens[0];
  if (first?.kind === 'text') {
    first.value = first.value.replace(/^\s+/, '');
    if (!first.value) tokens.shift();
  }
}

/** The plain text of tokens, markers left out. */
export function plain(tokens: Token[]): string {
  return tokens
    .filter((t): t is Extract<Token, { kind: 'text' }> => t.kind === 'text')
    .map((t) => t.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const texts = new WeakMap<Line, string>();

/** The line's text with its segments joined by a space, markers left out (worked out once). */
export function lineText(line: Line): string {
  let text = texts.get(line);
  if (text === undefined) {
    text = line.segments.map((s) => plain(s.tokens)).join(' ').trim();
    texts.set(line, text);
  }
  return text;
}

/** All the line's tokens, segments joined by a space. */
export function lineTokens(line: Line): Token[] {
  const out: Token[] = [];
  line.segments.forEach((segment, i) => {
    if (i > 0) out.push({ kind: 'text', value: ' ' });
    out.push(...segment.tokens.map((t) => ({ ...t })));
  });
  return out;
}

/** A block that starts with this line: its place, size and font are the line's. */
export function blockFromLine(line: Line, kind: Block['kind'], tokens: Token[]): Block {
  return {
    kind,
    page: line.page,
    endPage: line.page,
    top: line.y,
    bottom: line.y,
    size: line.size,
    font: line.font,
    tokens,
    lastX1: line.x1,
    x0: line.x0,
  };
}
