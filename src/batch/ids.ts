/**
 * Unique output names. A document's id is the slug of its provider, year and kind, which the same
 * report published as PDF, HTML and text share. Within one output folder, where several documents
 * have one id, the copy in the best format present (PDF, HTML, Markdown, text) keeps it and the
 * others get their format after it ("…-report-html"); documents of one format and one id but
 * different content each get their sha256 prefix ("…-press-release-3f9a0c1b2d4e"). Every name is
 * a function of the set of documents alone: the order in which files are listed or finish changes
 * none.
 */
const FORMAT_RANK: Record<string, number> = { pdf: 0, html: 1, markdown: 2, text: 3 };

export interface IdRequest {
  /** The document's sha256: what tells two documents apart. */
  key: string;
  id: string;
  format: string;
  path: string;
}

const rank = (format: string) => FORMAT_RANK[format] ?? 9;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function assignIds(requests: IdRequest[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, group] of groupBy(requests, (r) => r.id)) {
    const best = Math.min(...group.map((r) => rank(r.format)));
    for (const [format, same] of groupBy(group, (r) => r.format)) {
      const base = group.length === 1 || rank(format) === best ? id : `${id}-${format}`;
      for (const request of same) out.set(request.key, same.length === 1 ? base : `${base}-${request.key.slice(0, 12)}`);
    }
  }
  // A suffixed name that is another document's own id ("x-html" beside a document called "x-html"): the longer sha256 prefix.
  const taken = new Map<string, string>();
  for (const request of [...requests].sort((a, b) => a.key.localeCompare(b.key))) {
    const name = out.get(request.key)!;
    const holder = taken.get(name);
    if (holder !== undefined && holder !== request.key) out.set(request.key, `${request.id}-${request.format}-${request.key.slice(0, 24)}`);
    taken.set(out.get(request.key)!, request.key);
  }
  return out;
}
