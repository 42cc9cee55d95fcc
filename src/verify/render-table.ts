/**
 * `hmip verify` for the terminal: what was compared and the counts first, then each claim under
 * its verdict, wrapped to the terminal's width with a hanging indent, the verdict coloured where
 * the output is a terminal that takes colour (none when piped, or when NO_COLOR is set: the
 * command decides, this only renders).
 */
import type { VerifiedClaim, Verification } from './schema.js';
import { claimedValue, coverageLine, dateInWords, placeOf, reportValueOf, ROLE_NAMES, summaryLine, VERDICT_NAMES } from './words.js';

export interface Terminal {
  /** Columns to wrap to. */
  width: number;
  /** Whether to colour the verdicts (ANSI SGR). */
  colour: boolean;
}

/** The verdict column: "CONTRADICTED" and a space. */
const INDENT = 14;
/** Below this, a terminal is too narrow to indent: lines are wrapped at this width all the same. */
const MIN_WIDTH = 40;

/** ANSI SGR codes of each verdict: green, red, yellow, grey; all bold. */
const SGR: Record<VerifiedClaim['verdict'], string> = { supported: '1;32', contradicted: '1;31', conflicting: '1;33', 'not-found': '1;90' };

const paint = (text: string, code: string, on: boolean) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** A quotation in quotation marks, unless it brings its own ("“As a result, …”"). */
const quoted = (text: string) => (/^[“"‘]/.test(text) && /[”"’]$/.test(text) ? text : `“${text}”`);

/** Characters a terminal shows: colour codes take no room. */
const visible = (text: string) => text.replace(/\u001b\[[\d;]*m/g, '').length;

/** Words of `text` in lines of at most `width` characters, the first after `first`, the others after `indent` spaces. */
export function wrap(text: string, width: number, indent: number, first = ' '.repeat(indent)): string[] {
  const room = Math.max(width, MIN_WIDTH) - indent;
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(`${lines.length ? ' '.repeat(indent) : first}${line}`);
    line = '';
  };
  for (let word of text.split(/\s+/).filter(Boolean)) {
    // A word longer than the line (a URL, a sha256) is cut where the line ends.
    while (visible(word) > room) {
      if (line) push();
      line = word.slice(0, room);
      push();
      word = word.slice(room);
    }
    if (!word) continue;
    if (line && visible(line) + 1 + visible(word) > room) push();
    line = line ? `${line} ${word}` : word;
  }
  if (line || !lines.length) push();
  return lines;
}

export function renderTable(result: Verification, terminal: Terminal): string {
  const { width, colour } = terminal;
  const out: string[] = [];
  const para = (text: string) => out.push(...wrap(text, width, 0, ''));
  const doc = (label: string, d: Verification['pressRelease']) =>
    para(`${label}: ${d.title ? `“${d.title}”` : d.id}${d.published ? `, published ${dateInWords(d.published)}` : ''} (${d.path}${d.url ? `, ${d.url}` : ''})`);
  doc('Release', result.pressRelease);
  doc('Report', result.report);
  para(result.relationNote);
  out.push('');
  para(`${summaryLine(result)}.${result.coverage ? ` ${coverageLine(result)}` : ''}`);
  out.push('');

  const lines = (text: string) => out.push(...wrap(text, width, INDENT));
  for (const claim of result.claims) {
    if (claim.partOf) continue;
    const name = VERDICT_NAMES[claim.verdict].toUpperCase();
    const head = `${paint(name, SGR[claim.verdict], colour)}${' '.repeat(INDENT - name.length)}`;
    out.push(...wrap(`${claim.label}: ${claimedValue(claim)}${claim.derived ? ' (verdict from its parts)' : ''}`, width, INDENT, head));
    lines(`release${claim.evidence.page ? ` p. ${claim.evidence.page}` : ''}: ${quoted(claim.text)}`);
    for (const also of claim.alsoStated) lines(`also${also.evidence.page ? ` p. ${also.evidence.page}` : ''}: ${quoted(also.text)}`);
    lines(claim.note);
    for (const q of claim.reportQuotes) {
      const role = ROLE_NAMES[q.role];
      const place = placeOf(q);
      lines(`report${place ? ` ${place}` : ''}${role ? ` (${role})` : ''}: ${quoted(q.quote)}`);
    }
    for (const part of result.claims.filter((c) => c.partOf === claim.id)) {
      lines(`part: ${paint(VERDICT_NAMES[part.verdict].toLowerCase(), SGR[part.verdict], colour)} ${part.label}: ${claimedValue(part)} (report: ${reportValueOf(part)}). ${part.note}`);
    }
    out.push('');
  }
  out.push(summaryLine(result));
  return `${out.join('\n')}\n`;
}
