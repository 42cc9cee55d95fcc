/**
 * Unique output names: a document's id is the slug of its provider, year and kind, which the same
 * report published as PDF, HTML and text share. Within one output folder the first (by format:
 * PDF, HTML, Markdown, text; then by path) keeps the id, the others get the format after it, then
 * a number — the same answer whatever order the files finished in.
 */
const FORMAT_RANK: Record<string, number> = { pdf: 0, html: 1, markdown: 2, text: 3 };

export interface IdRequest {
  key: string;
  id: string;
  format: string;
  path: string;
}

export function assignIds(requests: IdRequest[]): Map<string, string> {
  const sorted = [...requests].sort(
    (a, b) => a.id.localeCompare(b.id) || (FORMAT_RANK[a.format] ?? 9) - (FORMAT_RANK[b.format] ?? 9) || a.path.localeCompare(b.path),
  );
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const request of sorted) {
    let id = request.id;
    if (taken.has(id)) id = `${request.id}-${request.format}`;
    for (let n = 2; taken.has(id); n++) id = `${request.id}-${request.format}-${n}`;
    taken.add(id);
    out.set(request.key, id);
  }
  return out;
}
