/**
 * The batch's progress as a person sees it. The terminal is a fake one: a stream that says it is a
 * TTY, whose output is played back through a small screen model (cursor moves, line clears), so
 * that the test reads the screen a user would see, the way `tmux capture-pane` does.
 */
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock, interruptedLine, reporterFor, summaryLine } from '../src/batch/progress.js';

/** A terminal of `columns` columns: what was written to it, played back into rows of text. */
class FakeTerminal {
  written = '';
  readonly stream: NodeJS.WriteStream;

  constructor(columns = 120, tty = true) {
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.written += chunk.toString();
        done();
      },
    }) as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
    stream.isTTY = tty;
    stream.columns = columns;
    this.stream = stream;
  }

  /** The screen's rows, trailing blanks cut, as a terminal shows them after everything written. */
  screen(): string[] {
    const rows: string[][] = [[]];
    let row = 0;
    let col = 0;
    const at = () => (rows[row] ??= []);
    const text = this.written;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\u001b' && text[i + 1] === '[') {
        const m = /^\[(\??)(\d*)([A-Za-z])/.exec(text.slice(i + 1))!;
        i += m[0].length;
        const n = m[2] === '' ? null : Number(m[2]);
        if (m[1] === '?') continue; // cursor shown or hidden, line wrapping: nothing on screen
        if (m[3] === 'G') col = (n ?? 1) - 1;
        else if (m[3] === 'A') row = Math.max(0, row - (n ?? 1));
        else if (m[3] === 'B') row += n ?? 1;
        else if (m[3] === 'K') at().splice(n === 2 ? 0 : col, Infinity, ...(n === 2 ? Array(col).fill(' ') : []));
        else if (m[3] === 'J') {
          at().splice(col, Infinity);
          rows.splice(row + 1, Infinity);
        }
      } else if (c === '\n') {
        row++;
        col = 0;
        at();
      } else if (c === '\r') col = 0;
      else at()[col++] = c;
    }
    const lines = rows.map((r) => Array.from(r, (ch) => ch ?? ' ').join('').trimEnd());
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  }
}

describe('the batch bar on a terminal', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows documents done, the share of the bytes, rate, elapsed and time left, with each failure named above it', () => {
    let t = 0;
    const terminal = new FakeTerminal();
    const reporter = reporterFor(terminal.stream, { now: () => t });
    reporter.start(4, 4000);
    t = 1000;
    reporter.file({ path: '/archive/a.txt', ok: true, cached: false, pages: 0, bytes: 1000 });
    t = 2000;
    reporter.file({ path: '/archive/bad.pdf', ok: false, cached: false, pages: 0, bytes: 1000, message: '/archive/bad.pdf is a truncated or corrupt PDF: it has no end-of-file marker, so it was probably cut short.' });
    vi.advanceTimersByTime(150);
    expect(terminal.screen()).toEqual([
      'fail /archive/bad.pdf: /archive/bad.pdf is a truncated or corrupt PDF: it has no end-of-file marker, so it was probably cut short.',
      '████████████░░░░░░░░░░░░ 50% · 2/4 documents · 0:02 left · 0:02 elapsed · 1.0/s · 1 failed',
    ]);

    // A big file weighs more: three quarters of the bytes with one more document.
    t = 4000;
    reporter.file({ path: '/archive/report.pdf', ok: true, cached: false, pages: 69, bytes: 1000 });
    vi.advanceTimersByTime(150);
    expect(terminal.screen().at(-1)).toBe('██████████████████░░░░░░ 75% · 3/4 documents · 0:01 left · 0:04 elapsed · 0.8/s · 1 failed');
    t = 5000;
    reporter.file({ path: '/archive/b.txt', ok: true, cached: false, pages: 0, bytes: 1000 });
    reporter.end(summaryLine({ documents: 3, pages: 69, failed: 1, seconds: 5, processed: 4, reused: 0, duplicates: 0, warnings: 2, peakMb: 150, errorsFile: '/out/errors.jsonl' }));
    expect(terminal.screen()).toEqual([
      'fail /archive/bad.pdf: /archive/bad.pdf is a truncated or corrupt PDF: it has no end-of-file marker, so it was probably cut short.',
      '████████████████████████ 100% · 4/4 documents · 0:00 left · 0:05 elapsed · 0.8/s · 1 failed',
      '3 documents, 69 pages, 1 failed, 5.0 s (4 processed, 0 already done; 0 skipped as duplicates; 2 warnings; peak memory 150 MB); failures listed in /out/errors.jsonl',
    ]);
  });

  it('after Ctrl-C, leaves the bar where it stopped and says what was kept and how to go on', () => {
    let t = 0;
    const terminal = new FakeTerminal();
    const reporter = reporterFor(terminal.stream, { now: () => t });
    reporter.start(3, 3000);
    t = 3000;
    reporter.file({ path: '/archive/a.txt', ok: true, cached: false, pages: 0, bytes: 1000 });
    vi.advanceTimersByTime(150);
    reporter.end(interruptedLine(1, 3, '/out/.hmip'));
    expect(terminal.screen()).toEqual([
      '████████░░░░░░░░░░░░░░░░ 33% · 1/3 documents · 0:06 left · 0:03 elapsed · 0.3/s',
      'Stopped by Ctrl-C: 1 of 3 files done, kept in /out/.hmip. Run the same command again to go on: finished files are not read again.',
    ]);
  });

  it('rates and times the files read in this run only: finished work from before counts as done, not as speed', () => {
    let t = 0;
    const terminal = new FakeTerminal();
    const reporter = reporterFor(terminal.stream, { now: () => t });
    reporter.start(4, 4000);
    reporter.file({ path: '/archive/a.txt', ok: true, cached: true, pages: 0, bytes: 1000 });
    reporter.file({ path: '/archive/a-copy.txt', ok: true, cached: true, duplicate: true, pages: 0, bytes: 1000 });
    vi.advanceTimersByTime(150);
    expect(terminal.screen()).toEqual(['████████████░░░░░░░░░░░░ 50% · 2/4 documents · -:-- left · 0:00 elapsed · 0.0/s']);
    t = 10_000;
    reporter.file({ path: '/archive/b.txt', ok: true, cached: false, pages: 0, bytes: 1000 });
    vi.advanceTimersByTime(150);
    expect(terminal.screen()).toEqual(['██████████████████░░░░░░ 75% · 3/4 documents · 0:10 left · 0:10 elapsed · 0.1/s']);
    reporter.end('done');
  });

  it('escapes control characters in a failed file name', () => {
    const terminal = new FakeTerminal();
    const reporter = reporterFor(terminal.stream, { now: () => 0 });
    reporter.start(1, 10);
    reporter.file({ path: '/archive/\u001b[2Jevil.txt', ok: false, cached: false, pages: 0, bytes: 10, message: '/archive/\u001b[2Jevil.txt is empty: there is nothing to read.' });
    reporter.end('0 documents');
    expect(terminal.written).not.toContain('\u001b[2J');
    expect(terminal.screen()[0]).toBe('fail /archive/\\x1b[2Jevil.txt: /archive/\\x1b[2Jevil.txt is empty: there is nothing to read.');
  });
});

describe('the batch log off a terminal', () => {
  it('is one plain line per file, then the summary; --quiet keeps only the summary', () => {
    const log = new FakeTerminal(80, false);
    const reporter = reporterFor(log.stream);
    reporter.start(3, 3000);
    reporter.file({ path: 'a.txt', ok: true, cached: false, pages: 0, bytes: 1000, id: 'a-report-text' });
    reporter.file({ path: 'b.pdf', ok: true, cached: true, pages: 69, bytes: 1000, id: 'b-report' });
    reporter.file({ path: 'c.pdf', ok: false, cached: false, pages: 0, bytes: 1000, message: 'c.pdf is empty: there is nothing to read.' });
    reporter.end('2 documents');
    expect(log.written).toBe('ok   a.txt -> a-report-text\ndone   b.pdf -> b-report (69 pages)\nfail c.pdf: c.pdf is empty: there is nothing to read.\n2 documents\n');
    const quiet = new FakeTerminal(80, true);
    const silent = reporterFor(quiet.stream, { quiet: true });
    silent.start(1, 10);
    silent.file({ path: 'c.pdf', ok: false, cached: false, pages: 0, bytes: 10, message: 'c.pdf is empty.' });
    silent.end('0 documents');
    expect(quiet.written).toBe('0 documents\n');
  });
});

describe('times on the bar', () => {
  it('read as a clock', () => {
    expect([0, 7, 59.6, 61, 750, 3723].map(clock)).toEqual(['0:00', '0:07', '1:00', '1:01', '12:30', '1:02:03']);
  });
});
