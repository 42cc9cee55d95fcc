// Placeholder until the HTML parser lands (issue 4); replaced wholesale by parsers/html.
import type { Root } from 'mdast';
import { errors } from '../../src/errors.js';

export function parseHtml(_html: string, path: string): Root {
  throw errors.unsupportedFormat(path, 'HTML support is not built yet');
}
