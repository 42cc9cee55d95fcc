/** `hmip verify` output: JSON, a plain-text table, or one self-contained HTML page. */
import type { Verification } from './verify.js';

export function renderVerification(result: Verification, format: 'json' | 'table' | 'html'): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'html') return renderHtml(result);
  return renderTable(result);
}

function renderTable(result: Verification): string {
  const lines = [
    `Release: ${result.pressRelease.path} (${result.pressRelease.id})`,
    `Report:  ${result.report.path} (${result.report.id})`,
    `${result.relationNote}`,
    '',
  ];
  const verdictWidth = 12;
  for (const claim of result.claims) {
    if (claim.partOf) continue;
    const value = claim.value === null ? '' : ` ${claim.qualifier ? `${claim.qualifier} ` : ''}${claim.value}`;
    lines.push(`${claim.verdict.toUpperCase().padEnd(verdictWidth)} [${claim.type} ${claim.subject ?? ''}${value}] ${claim.text}`);
    lines.push(`${' '.repeat(verdictWidth)} ${claim.note}`);
    if (claim.reportEvidence) lines.push(`${' '.repeat(verdictWidth)} report${claim.reportEvidence.page ? ` p.${claim.reportEvidence.page}` : ''}: "${truncate(claim.reportEvidence.quote, 200)}"`);
    for (const part of result.claims.filter((c) => c.partOf === claim.id)) {
      lines.push(`${' '.repeat(verdictWidth)} part: ${part.verdict} [${part.type} ${part.value}${part.unit ? ` ${part.unit}` : ''}] ${part.note}`);
    }
    lines.push('');
  }
  const { supported, contradicted, notFound } = result.summary;
  lines.push(`${supported} supported, ${contradicted} contradicted, ${notFound} not found`);
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}.meta{color:#444}.relation{padding:.75rem 1rem;background:#f3f2f1;border-left:4px solid #505a5f}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{vertical-align:top;text-align:left;padding:.6rem;border-bottom:1px solid #d8d8d8}
th{background:#f3f2f1}blockquote{margin:0;padding-left:.6rem;border-left:3px solid #b1b4b6}
.verdict{font-weight:700;white-space:nowrap;padding:.15rem .45rem;border-radius:3px}
.supported{background:#cce2d8;color:#005a30}.contradicted{background:#f6d7d2;color:#942514}.not-found{background:#e8e8e8;color:#383f43}
.note{color:#444;font-size:.9em;margin-top:.35rem}.summary{margin-top:1rem;font-weight:600}`;

function renderHtml(result: Verification): string {
  const partsOf = (c: Verification['claims'][number]) =>
    result.claims
      .filter((p) => p.partOf === c.id)
      .map((p) => `<div class="note">part: <span class="verdict ${p.verdict}">${p.verdict}</span> ${escape(`${p.value ?? ''} ${p.unit ?? ''}`.trim())}: ${escape(p.note)}</div>`)
      .join('');
  const rows = result.claims
    .filter((c) => c.partOf === null)
    .map((c) => {
      const value = c.value === null ? '—' : `${c.qualifier ? `${c.qualifier} ` : ''}${c.value}`;
      const reportQuote = c.reportEvidence
        ? `<blockquote>${escape(c.reportEvidence.quote)}</blockquote><div class="note">${c.reportEvidence.page ? `page ${c.reportEvidence.page}` : 'no page (unpaged source)'}</div>`
        : '<div class="note">nothing in the report</div>';
      return `<tr data-verdict="${c.verdict}"><td><span class="verdict ${c.verdict}">${c.verdict}</span></td><td>${escape(c.type)}<br><span class="note">${escape(c.subject ?? '')}</span></td><td>${escape(value)}</td><td><blockquote>${escape(c.text)}</blockquote>${c.evidence.page ? `<div class="note">page ${c.evidence.page}</div>` : ''}</td><td>${reportQuote}<div class="note">${escape(c.note)}</div>${partsOf(c)}</td></tr>`;
    })
    .join('\n');
  const { supported, contradicted, notFound } = result.summary;
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hmip verify: ${escape(result.pressRelease.id)} against ${escape(result.report.id)}</title>
<style>${STYLE}</style></head><body>
<h1>Press release checked against its report</h1>
<p class="meta">Release: <code>${escape(result.pressRelease.path)}</code> (${escape(result.pressRelease.id)})<br>Report: <code>${escape(result.report.path)}</code> (${escape(result.report.id)})</p>
<p class="relation">${escape(result.relationNote)}</p>
<table><thead><tr><th>Verdict</th><th>Claim</th><th>Value</th><th>The release says</th><th>The report says</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="summary">${supported} supported, ${contradicted} contradicted, ${notFound} not found</p>
</body></html>
`;
}
