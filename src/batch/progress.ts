/**
 * Progress of a batch: on a terminal, one line redrawn in place (files done of total, pages per
 * second, failures so far); elsewhere, a plain log line per file. The summary line ends both.
 */
export interface ProgressEvent {
  path: string;
  ok: boolean;
  cached: boolean;
  pages: number;
  message?: string;
  id?: string;
}

export interface Reporter {
  start(total: number): void;
  file(event: ProgressEvent): void;
  end(summary: string): void;
}

export function reporterFor(stream: NodeJS.WriteStream, quiet = false): Reporter {
  if (quiet) return { start() {}, file() {}, end() {} };
  const tty = !!stream.isTTY;
  let total = 0;
  let done = 0;
  let failed = 0;
  let pages = 0;
  let started = performance.now();
  let lastDraw = 0;
  const draw = (force = false) => {
    const now = performance.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? pages / seconds : 0;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files · ${rate.toFixed(1)} pages/s · ${failed} failed `);
  };
  return {
    start(n) {
      total = n;
      started = performance.now();
      if (tty) draw(true);
    },
    file(event) {
      done++;
      if (!event.ok) failed++;
      pages += event.cached ? 0 : event.pages;
      if (tty) draw(done === total);
      else if (event.ok) stream.write(`${event.cached ? 'done' : 'ok'}   ${event.path}${event.id ? ` -> ${event.id}` : ''}${event.pages ? ` (${event.pages} pages)` : ''}\n`);
      else stream.write(`fail ${event.path}: ${event.message}\n`);
    },
    end(summary) {
      if (tty) stream.write('\n');
      stream.write(`${summary}\n`);
    },
  };
}
