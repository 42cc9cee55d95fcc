/**
 * `hmip verify --format html`: one page a journalist can publish or send on. The summary first
 * (counts per verdict and what was compared), then where the check comes from (when, by which
 * hmip, and each document's title, provider, date, address and sha256), each claim once with the
 * release's sentence beside the report's passages (page, and row and column of a table), the
 * release's sentences no claim was checked in, a print stylesheet that keeps the report's column
 * wide, and a schema.org ClaimReview block per claim for search engines and newsroom tools.
 * One file: no script that runs (a Content-Security-Policy forbids any), no external asset.
 */
import type { DocumentRef, ReportQuote, Verification, VerifiedClaim } from './schema.js';
import { claimedValue, coverageLine, dateInWords, placeOf, reportValueOf, ROLE_NAMES, summaryCount, VERDICT_NAMES, VERDICT_ORDER } from './words.js';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON inside a script element: "</script>" and comment openers cannot end it early. */
function jsonInScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#505a5f;--rule:#d8d8d8;--panel:#f3f2f1}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:var(--ink)}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .75rem}
.summary{padding:1rem 1.25rem;background:var(--panel);border-left:6px solid var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:0 0 .5rem;padding:0;list-style:none;font-size:1.1rem}
.counts li{white-space:nowrap}.counts strong{font-size:1.5rem}
.compared,.coverage{margin:.35rem 0}
.provenance dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
.provenance dt{font-weight:600}.provenance dd{margin:0;overflow-wrap:anywhere}
.provenance h3{font-size:1rem;margin:1rem 0 .35rem}
code,.hash{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.claim{border-top:1px solid var(--rule);padding:1rem 0}
.claim header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem;margin-bottom:.5rem}
.claim h3{font-size:1.05rem;margin:0}
.verdict{font-weight:700;white-space:nowrap;padding:.1rem .5rem;border-radius:3px}
.supported{background:#cce2d8;color:#005a30}.contradicted{background:#f6d7d2;color:#942514}
.conflicting{background:#fff7bf;color:#594d00}.not-found{background:#e8e8e8;color:#383f43}
.values{color:var(--muted)}
.sides{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}
.side h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0 0 .35rem}
blockquote{margin:0 0 .5rem;padding-left:.75rem;border-left:3px solid #b1b4b6}
.where,.note,.also{color:var(--muted);font-size:.9em;margin:.15rem 0 .5rem}
.note{color:var(--ink)}
.parts{margin:.5rem 0 0;padding-left:1.25rem}.parts li{margin:.25rem 0}
.unchecked ol{padding-left:1.5rem}.unchecked li{margin:.3rem 0}
footer{margin-top:2rem;color:var(--muted);font-size:.85em}
@media (max-width:40rem){.sides{grid-template-columns:minmax(0,1fr)}}
@page{size:A4;margin:16mm 14mm}
@media print{
  body{margin:0;max-width:none;padding:0;font-size:10pt}
  .summary{border-left-width:4px}
  .sides{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
  .claim{break-inside:avoid}
  h2{break-after:avoid}
  .verdict{border:1px solid currentColor}
  a{color:inherit;text-decoration:none}
}`;

function documentBlock(title: string, d: DocumentRef): string {
  const rows: [string, string][] = [
    ['Title', d.title ? escape(d.title) : '<em>none stated</em>'],
    ['Provider', escape(d.providerName ?? d.provider ?? 'not stated')],
    ['Published', escape(dateInWords(d.published) ?? 'not stated')],
    ['Address', d.url ? `<a href="${escape(d.url)}">${escape(d.url)}</a>` : 'not known'],
    ['File', `<code>${escape(d.path)}</code> (${escape(d.format)})`],
    ['sha256', `<span class="hash">${escape(d.sha256)}</span>`],
  ];
  return `<h3>${escape(title)}</h3><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function passageHtml(q: ReportQuote): string {
  const role = ROLE_NAMES[q.role];
  const place = placeOf(q) || 'the source has no pages';
  return `<blockquote>${escape(q.quote)}</blockquote><p class="where">${role ? `${escape(role)}: ` : ''}${escape(place)}</p>`;
}

function claimHtml(c: VerifiedClaim, parts: VerifiedClaim[]): string {
  const values = c.verdict === 'not-found' ? `the release: ${claimedValue(c)}` : `the release: ${claimedValue(c)} · the report: ${reportValueOf(c)}`;
  const also = c.alsoStated.length
    ? `<p class="also">Also stated in ${c.alsoStated.length === 1 ? 'another sentence' : `${c.alsoStated.length} other sentences`}:</p>${c.alsoStated.map((a) => `<blockquote>${escape(a.text)}</blockquote>`).join('')}`
    : '';
  const report = c.reportQuotes.length ? c.reportQuotes.map(passageHtml).join('') : '<p class="where">Nothing in the report speaks to this.</p>';
  const partList = parts.length
    ? `<ul class="parts">${parts.map((p) => `<li data-part-verdict="${p.verdict}"><span class="verdict ${p.verdict}">${VERDICT_NAMES[p.verdict]}</span> ${escape(p.label)}: ${escape(claimedValue(p))} (the report: ${escape(reportValueOf(p))}). ${escape(p.note)}</li>`).join('')}</ul>`
    : '';
  return `<article class="claim" id="${escape(c.id)}" data-verdict="${c.verdict}">
<header><span class="verdict ${c.verdict}">${VERDICT_NAMES[c.verdict]}</span><h3>${escape(c.label)}</h3><span class="values">${escape(values)}</span></header>
<div class="sides">
<div class="side release"><h4>The release says</h4><blockquote>${escape(c.text)}</blockquote>${c.evidence.page ? `<p class="where">p. ${c.evidence.page}</p>` : ''}${also}</div>
<div class="side report"><h4>The report says</h4>${report}<p class="note">${escape(c.note)}${c.derived ? ' The verdict is derived from its parts: supported only if every part is.' : ''}</p>${partList}</div>
</div>
</article>`;
}

/** The schema.org ClaimReview of one claim (https://schema.org/ClaimReview). */
function claimReview(result: Verification, c: VerifiedClaim): unknown {
  const release = result.pressRelease;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: result.provenance.generatedAt.slice(0, 10),
    author: { '@type': 'Organization', name: `${result.provenance.tool} (hmip ${result.provenance.hmipVersion}), an automated check` },
    claimReviewed: c.text,
    reviewRating: { '@type': 'Rating', alternateName: VERDICT_NAMES[c.verdict], ratingExplanation: c.note },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'HM Inspectorate of Probation' },
      ...(release.published ? { datePublished: release.published } : {}),
      appearance: { '@type': 'CreativeWork', ...(release.url ? { url: release.url } : {}), ...(release.title ? { headline: release.title } : {}) },
    },
  };
}

export function renderHtml(result: Verification): string {
  const wholes = result.claims.filter((c) => c.partOf === null);
  const partsOf = (c: VerifiedClaim) => result.claims.filter((p) => p.partOf === c.id);
  const counts = VERDICT_ORDER.map((v) => `<li class="count" data-verdict="${v}"><strong>${summaryCount(result, v)}</strong> <span class="verdict ${v}">${VERDICT_NAMES[v]}</span></li>`).join('');
  const coverage = coverageLine(result);
  const provider = result.pressRelease.provider ?? result.report.provider;
  const unchecked = result.coverage
    ? `<section class="unchecked" id="unchecked"><h2>Sentences not checked</h2><p>${result.unchecked.length ? `These ${result.unchecked.length} sentences of the release state no claim that hmip checks (a quotation's opinion, a description, a claim of a kind it does not read). They are neither supported nor contradicted by this check.` : 'Every sentence of the release states a claim that was checked.'}</p><ol>${result.unchecked.map((s) => `<li>${escape(s.text)}${s.page ? ` <span class="where">(p. ${s.page})</span>` : ''}</li>`).join('')}</ol></section>`
    : '';
  const jsonLd = wholes.map((c) => `<script type="application/ld+json">\n${jsonInScript(claimReview(result, c))}\n</script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hmip ${escape(result.provenance.hmipVersion)}">
<title>Fact-check: ${escape(result.pressRelease.title ?? result.pressRelease.id)}</title>
<style>${STYLE}</style>
${jsonLd}
</head><body>
<h1>Fact-check of a press release${provider ? ` on ${escape(provider)}` : ''} against its report</h1>
<section class="summary" id="summary" aria-label="Summary">
<ul class="counts">${counts}</ul>
<p class="compared">${wholes.length} claim${wholes.length === 1 ? '' : 's'} of the release checked against the report. ${escape(result.relationNote)}</p>
${coverage ? `<p class="coverage">${escape(coverage)}</p>` : ''}
</section>
<section class="provenance" id="provenance"><h2>What was compared</h2>
<p>Made on ${escape(dateInWords(result.provenance.generatedAt.slice(0, 10))!)} (${escape(result.provenance.generatedAt)}) by ${escape(result.provenance.tool)}, hmip version ${escape(result.provenance.hmipVersion)}. Every verdict gives the report's page and quote; a reader can check each against the documents below, whose sha256 identifies the exact files read.</p>
${documentBlock('The press release', result.pressRelease)}
${documentBlock('The report', result.report)}
</section>
<section class="claims" id="claims"><h2>The claims</h2>
${wholes.map((c) => claimHtml(c, partsOf(c))).join('\n')}
</section>
${unchecked}
<footer>Verdicts: supported (the report states the same), contradicted (it states otherwise; both values shown), conflicting (it states the figure for another population or period), not found (it does not speak to the claim; never a guess).</footer>
</body></html>
`;
}
