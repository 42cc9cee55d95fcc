/**
 * The sentences of a release as the claims grammar saw them (the same blocks, chrome dropped, the
 * same splitter), each with its page: the check lists those that stated no claim it checked, so a
 * reader sees how much of the release was covered.
 */
import type { Root } from 'mdast';
import { splitSentences, viewOf } from '../model/blocks.js';
import { withoutChrome } from '../model/chrome.js';

export function releaseSentences(tree: Root): { text: string; page: number | null }[] {
  return withoutChrome(viewOf(tree)).blocks.flatMap((block) => (block.type === 'table' ? [] : splitSentences(block.text).map((text) => ({ text, page: block.page }))));
}

/** Where the document says it is published (an HTML page's canonical address), if anywhere. */
export function canonicalUrl(tree: Root): string | null {
  const url = tree.data?.meta?.canonicalUrl;
  return url && /^https?:\/\//.test(url) ? url : null;
}
