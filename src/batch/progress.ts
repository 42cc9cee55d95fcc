/**
 * Progress of a batch. On a terminal, a bar drawn by cli-progress and redrawn in place: documents
 * done of the total, the share of the bytes read, the rate, the time elapsed and the time left;
 * each failure is printed above the bar as it happens. Elsewhere (a log file, a pipe), a plain
 * line per file. The summary line ends both.
 */
import cliProgress from 'cli-progress';
import { printable } from '../printable.js';

export interface ProgressEvent {
  path: string;
  ok: boolean;
  /** The result came from earlier work (a resumed or re-run batch), or the file is a duplicate. */
  cached: boolean;
  /** The file has the same bytes as one read before it: one document, counted once. */
  duplicate?: boolean;
  pages: number;
  /** The file's size: the bar advances by bytes, so a 500-page report weighs more than a release. */
  bytes?: number;
  message?: string;
  id?: string;
}

export interface Reporter {
  /** `bytes`: the size of all the files together. */
  start(total: number, bytes?: number): void;
  file(event: ProgressEvent): void;
  /** The summary line, after the batch's own warnings (a skipped folder), one line each. */
  end(summary: string, warnings?: string[]): void;
}

/** The counts a batch ends with, for its one summary line. */
export interface SummaryCounts {
  documents: number;
  pages: number;
  failed: number;
  seconds: number;
  /** Files read in this run. */
  processed: number;
  /** Files whose result came from earlier work. */
  reused: number;
  duplicates: number;
  warnings: number;
  peakMb: number;
  /** Where the failures are listed. */
  errorsFile: string;
}

/** The batch's one summary line (benchmarks and tests read its first fields). */
export function summaryLine(c: SummaryCounts): string {
  const failures = c.failed > 0 ? `; failures listed in ${c.errorsFile}` : '';
  return `${c.documents} documents, ${c.pages} pages, ${c.failed} failed, ${c.seconds.toFixed(1)} s (${c.processed} processed, ${c.reused} already done; ${c.duplicates} skipped as duplicates; ${c.warnings} warnings; peak memory ${c.peakMb} MB)${failures}`;
}

/** What a batch stopped by Ctrl-C says: what it kept, and how to go on. */
export function interruptedLine(done: number, total: number, out: string): string {
  return `Stopped by Ctrl-C: ${done} of ${total} files done, kept in ${out}. Run the same command again to go on: finished files are not read again.`;
}

/** Seconds as a clock: 0:07, 12:30, 1:02:03. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** What the bar shows, from the counts so far. */
interface BarState {
  total: number;
  done: number;
  failed: number;
  totalBytes: number;
  doneBytes: number;
  /** Bytes read in this run (not from earlier work): the rate and the time left come from these alone. */
  readBytes: number;
  read: number;
  started: number;
}

/** The bar's line, past the bar itself: kept apart from cli-progress so that it can be read in a test. */
export function barText(state: BarState, now: number): string {
  const seconds = (now - state.started) / 1000;
  const share = state.totalBytes > 0 ? state.doneBytes / state.totalBytes : state.total > 0 ? state.done / state.total : 1;
  const rate = seconds > 0 ? state.read / seconds : 0;
  const left = state.totalBytes - state.doneBytes;
  const eta = state.readBytes > 0 && seconds > 0 ? clock(left / (state.readBytes / seconds)) : '-:--';
  const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
  // What matters most first: a narrow terminal cuts the line at its width.
  return `${Math.floor(share * 100)}% · ${state.done}/${state.total} documents · ${eta} left · ${clock(seconds)} elapsed · ${rate.toFixed(1)}/s${failed}`;
}

export function reporterFor(stream: NodeJS.WriteStream, options: { quiet?: boolean; now?: () => number } = {}): Reporter {
  if (options.quiet) return { start() {}, file() {}, end: (summary, warnings) => stream.write(closing(summary, warnings)) };
  return stream.isTTY ? barReporter(stream, options.now ?? (() => performance.now())) : lineReporter(stream);
}

/** What a batch ends with: its warnings, a line each, then the summary; each line's names printed safely. */
function closing(summary: string, warnings: string[] = []): string {
  return [...warnings.map((w) => `hmip: warning: ${w}.`), summary].map((line) => `${printable(line)}\n`).join('');
}

/** Off a terminal: one plain line per file. */
function lineReporter(stream: NodeJS.WriteStream): Reporter {
  return {
    start() {},
    file(event) {
      if (event.ok) stream.write(`${event.cached ? 'done' : 'ok'}   ${printable(event.path)}${event.id ? ` -> ${event.id}` : ''}${event.pages ? ` (${event.pages} pages)` : ''}\n`);
      else stream.write(`fail ${printable(event.path)}: ${printable(event.message ?? '')}\n`);
    },
    end(summary, warnings) {
      stream.write(closing(summary, warnings));
    },
  };
}

/** On a terminal: the bar, with each failure printed above it. */
function barReporter(stream: NodeJS.WriteStream, now: () => number): Reporter {
  const state: BarState = { total: 0, done: 0, failed: 0, totalBytes: 0, doneBytes: 0, readBytes: 0, read: 0, started: now() };
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: (options, params) => `${cliProgress.Format.BarFormat(params.progress, options)} ${barText(state, now())}`,
      barsize: 24,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      // Lines wrap, so that a long failure above the bar is shown whole; the bar itself is cut to the width.
      linewrap: true,
      // The bar is redrawn ten times a second at most, and each second even when nothing finished, for the clock.
      fps: 10,
      forceRedraw: true,
      clearOnComplete: false,
    },
  );
  let bar: cliProgress.SingleBar | null = null;
  const progress = () => (state.totalBytes > 0 ? state.doneBytes : state.done);
  return {
    start(total, bytes = 0) {
      state.total = total;
      state.totalBytes = bytes;
      state.started = now();
      bar = bars.create(Math.max(1, bytes > 0 ? bytes : total), 0);
    },
    file(event) {
      state.done++;
      state.doneBytes += event.bytes ?? 0;
      if (!event.cached) {
        state.read++;
        state.readBytes += event.bytes ?? 0;
      }
      if (!event.ok) {
        state.failed++;
        bars.log(`fail ${printable(event.path)}: ${printable(event.message ?? '')}\n`);
      }
      bar?.update(progress());
    },
    end(summary, warnings) {
      // The last failures logged, the bar drawn at its end state, then the summary below it.
      bar?.update(progress());
      bars.update();
      bars.stop();
      stream.write(closing(summary, warnings));
    },
  };
}
