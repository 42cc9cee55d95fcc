/**
 * Web-page chrome that survives into a document's text when a page is saved as text: the cookie
 * banner, the skip link, the licence block with its postcode and URLs, an empty "Published:",
 * and the "(Back to top)" link after a heading. None of it is the document's own words, so a
 * block made of nothing else is dropped from the view before anything is recognised (the HTML
 * parser drops the same chrome from the DOM; this catches it in text, Markdown and PDF
 * renditions of a page, where the lines of the licence block may have been joined).
 */
import type { Block, DocumentView } from './blocks.js';

export interface ChromeRule {
  id: string;
  /** Matches a piece of chrome anywhere in a block. */
  pattern: RegExp;
  examples: { text: string; source: string }[];
}

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    id: 'chrome.cookies',
    pattern: /Are you OK with cookies\?|We use small files called [‘']cookies[’'][^?]*\?|Which cookies are you happy for us to use\?|(?:Accept|Reject) (?:all |additional |analytics )?cookies|Cookie (?:settings|preferences)/gi,
    examples: [
      { text: 'Are you OK with cookies?', source: 'real/004' },
      { text: 'We use small files called ‘cookies’ on Some are essential to make the site work, some help us to understand how we can improve your experience, and some are set by third parties. You can choose to turn off the non-essential cookies. Which cookies are you happy for us to use?', source: 'real/004' },
    ],
  },
  { id: 'chrome.skip-link', pattern: /Skip to (?:main )?content/gi, examples: [{ text: 'Skip to content', source: 'real/016' }] },
  {
    id: 'chrome.licence',
    pattern:
      /All content is available under the Open Government Licence[^.]*(?:\.\d[^.]*)?\.?|To view this licence, visit:?|or write to:?|Information Policy Team,?|The National Archives,?|Kew,|London TW9 4DU\.?|or email:?(?:\s+\S+@\S+)?|This publication is available at:?|© Crown copyright(?: \d{4})?|https?:\/\/\S+/gi,
    examples: [
      { text: 'All content is available under the Open Government Licence v3.0, except where otherwise stated.', source: 'real/004' },
      { text: 'Information Policy Team, The National Archives, Kew, London TW9 4DU or email: psi@nationalarchives.gov.uk.', source: 'real/016' },
      { text: 'This publication is available at: https://hmiprobation.justiceinspectorates.gov.uk.', source: 'real/016' },
    ],
  },
  { id: 'chrome.empty-date', pattern: /^Published:?$/gi, examples: [{ text: 'Published:', source: 'real/016' }] },
];

const BACK_TO_TOP = /\s*\(Back to top\)\s*$/i;

/** A block made of chrome alone (what is left when every piece of chrome is taken out is punctuation). */
export function isChrome(text: string): boolean {
  let rest = text;
  for (const rule of CHROME_RULES) rest = rest.replace(rule.pattern, ' ');
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest);
}

/** The view without chrome blocks, and without the "(Back to top)" link after a heading; blocks renumbered. */
export function withoutChrome(view: DocumentView): DocumentView {
  const blocks: Block[] = [];
  for (const block of view.blocks) {
    if (block.type !== 'table' && isChrome(block.text)) continue;
    const text = block.text.length < 200 ? block.text.replace(BACK_TO_TOP, '') : block.text;
    blocks.push({ ...block, text, index: blocks.length } as Block);
  }
  return { ...view, blocks };
}
