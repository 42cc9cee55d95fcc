/**
 * A contents list: lines of a title, a dot leader and a page number ("Foreword ....... 4"). Three
 * or more such lines in a row are a two-column table, title | page, as the text parser makes it.
 */
import { tidy } from './inline.js';
import { lineText, lineTokens } from './lines.js';
import type { Block, Line, TableRowModel, Token } from './types.js';

const LEADER = /^(.*?\S)\s*(?:\.\s?){4,}\s*(\d{1,3})$/;

export interface PageContents {
  tables: Block[];
  used: Set<Line>;
}

export function findContents(lines: Line[]): PageContents {
  const tables: Block[] = [];
  const used = new Set<Line>();
  let run: Line[] = [];
  const flush = () => {
    if (run.length >= 3) {
      tables.push(toTable(run));
      for (const line of run) used.add(line);
    }
    run = [];
  };
  for (const line of lines) {
    if (LEADER.test(lineText(line))) run.push(line);
    else flush();
  }
  flush();
  return { tables, used };
}

function toTable(lines: Line[]): Block {
  const rows: TableRowModel[] = lines.map((line) => {
    const match = LEADER.exec(lineText(line))!;
    return { page: line.page, cells: [titleTokens(line, match[1]!), [{ kind: 'text', value: match[2]! }]] };
  });
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    kind: 'table',
    page: first.page,
    endPage: first.page,
    top: first.y,
    bottom: last.y,
    size: first.size,
    cellSize: first.size,
    font: first.font,
    tokens: [],
    lastX1: Math.max(...lines.map((l) => l.x1)),
    x0: Math.min(...lines.map((l) => l.x0)),
    rows,
    columns: 2,
  };
}

/** The title's tokens (markers kept), cut where the leader starts. */
function titleTokens(line: Line, title: string): Token[] {
  const tokens = lineTokens(line);
  const out: Token[] = [];
  let remaining = title.length;
  for (const token of tokens) {
    if (remaining <= 0) break;
    if (token.kind === 'ref') {
      out.push(token);
      continue;
    }
    const value = token.value.replace(/\s+/g, ' ');
    const trimmed = out.length === 0 ? value.replace(/^\s+/, '') : value;
    out.push({ kind: 'text', value: trimmed.slice(0, remaining) });
    remaining -= trimmed.slice(0, remaining).length;
  }
  return tidy(out);
}
