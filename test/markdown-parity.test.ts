/**
 * Markdown in, through remark-parse: the report as `hmip extract --format md` prints it reads back
 * to the same values, so the Markdown view is a faithful picture of what hmip saw.
 */
import { describe, expect, it } from 'vitest';
import { cli, extractFile, extractText, SEEDS } from './helpers.js';
import { reportValues } from './parity.js';

describe('Markdown against text', () => {
  it('the report printed as Markdown extracts to the same values', async () => {
    const markdown = cli(['extract', SEEDS.report, '--format', 'md']);
    expect(markdown.status).toBe(0);
    const fromMarkdown = await extractText(markdown.stdout, 'report.md');
    const fromText = await extractFile(SEEDS.report);
    expect(fromMarkdown.source.format).toBe('markdown');
    expect(reportValues(fromMarkdown)).toEqual(reportValues(fromText));
    const withoutEvidence = (rows: typeof fromText.keyData) => rows.map(({ evidence: _evidence, ...row }) => row);
    expect(withoutEvidence(fromMarkdown.keyData)).toEqual(withoutEvidence(fromText.keyData));
  });

  it('detects Markdown by content: headings and GFM tables, whatever the extension', async () => {
    const doc = await extractText('# Westshire CRC\n\n## Ratings\n\n| 1.1 | Leadership | Good |\n| --- | --- | --- |\n| 1.2 | Staff | Good |\n', 'notes.txt');
    expect(doc.source.format).toBe('markdown');
  });
});
