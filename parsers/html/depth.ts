/**
 * A bound on nesting, applied to the markup before it is parsed. parse5 builds the tree in time
 * quadratic in its depth (each start tag searches the stack of open elements): forty thousand
 * unclosed `<ol>`s cost it a minute. Nothing below MAX_DEPTH survives `flattenDeep` as structure
 * anyway, so the tags that would open elements deeper than MAX_MARKUP_DEPTH are replaced by a
 * space (which keeps their words apart, as flattening does) and their text stays where it was.
 *
 * The depth is counted on a scan of the tags that reads them as the HTML tokenizer does (a tag
 * name runs to a space, "/" or ">"; a quoted attribute value may hold "<" and ">"; comments and
 * the text of <script>, <style>, <title>, … are not markup), but builds no tree: elements a parser
 * closes by itself (`<p>`, `<li>`, table rows and cells, …) and void elements are not counted, so
 * only markup far deeper than any real page is touched. The scan reads each character once.
 */

/** Five times the depth `flattenDeep` keeps, so that the approximate count never bites on real pages. */
export const MAX_MARKUP_DEPTH = 1000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption', 'head', 'body', 'html']);
/** Elements whose content is text, not markup, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Index just after the ">" that ends the tag whose attributes start at `from`; -1 when the page ends inside it. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    i++;
    if (c !== 0x3d) continue;
    // After "=", a quoted value runs to its closing quote, whatever it holds.
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    }
  }
  return -1;
}

export function boundDepth(html: string, max = MAX_MARKUP_DEPTH): { html: string; dropped: number } {
  const open: string[] = [];
  // Elements opened beyond the bound (so dropped) and not yet closed, by name.
  const deeper = new Map<string, number>();
  const parts: string[] = [];
  let from = 0;
  let dropped = 0;
  const drop = (start: number, end: number) => {
    parts.push(html.slice(from, start), ' ');
    from = end;
    dropped++;
  };
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      // A comment, or a doctype, CDATA or processing instruction (bogus comments to a parser).
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      at = end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === '/';
    const nameStart = lt + (closing ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameStart))) {
      at = lt + 1; // a "<" in text
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length) {
      const c = html.charCodeAt(nameEnd);
      if (isSpace(c) || c === 0x2f || c === 0x3e) break;
      nameEnd++;
    }
    const end = tagEnd(html, nameEnd);
    if (end < 0) break; // the page ends inside a tag: nothing after it is markup
    at = end;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (!closing && name === 'plaintext') break;
    if (!closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      const found = close.exec(html);
      if (!found) break;
      at = found.index;
      continue;
    }
    if (VOID.has(name) || SELF_CLOSING.has(name)) continue;
    if (!closing) {
      if (open.length < max) open.push(name);
      else {
        deeper.set(name, (deeper.get(name) ?? 0) + 1);
        drop(lt, end);
      }
      continue;
    }
    const unclosed = deeper.get(name) ?? 0;
    if (unclosed > 0) {
      // It closes one of the dropped elements, the innermost open ones.
      deeper.set(name, unclosed - 1);
      drop(lt, end);
      continue;
    }
    const index = open.lastIndexOf(name);
    if (index >= 0) {
      // Closing an element closes everything opened inside it, dropped ones included.
      open.length = index;
      deeper.clear();
    }
  }
  if (dropped === 0) return { html, dropped };
  parts.push(html.slice(from));
  return { html: parts.join(''), dropped };
}
