/**
 * `hmip verify` on the real releases and report, and on altered copies: a claim the report
 * contradicts is never "supported"; one it cannot speak to is "not-found".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processBytes } from '../src/pipeline.js';
import type { Document } from '../src/schema.js';
import { compareWithQualifier } from '../src/verify/qualifier.js';
import { z } from 'zod';
import { renderVerification } from '../src/verify/render.js';
import { renderTable } from '../src/verify/render-table.js';
import { terminalOf } from '../src/cli/verify.js';
import { misuse, verifyRelease, type Verification } from '../src/verify/verify.js';
import { cli, CORPUS, extractFile, SEEDS, tempDir } from './helpers.js';

async function load(path: string, text?: string) {
  const bytes = text === undefined ? new Uint8Array(readFileSync(path)) : new TextEncoder().encode(text);
  return processBytes(bytes, path);
}

async function verify(releaseText: string, reportPath = SEEDS.report, reportText?: string): Promise<Verification> {
  const release = (await load('release.txt', releaseText)).document;
  const report = await load(reportPath, reportText);
  return verifyRelease(release, report.document);
}

const release2020 = readFileSync(SEEDS.release2020, 'utf8');
const reportText = readFileSync(SEEDS.report, 'utf8');

function claim(result: Verification, predicate: (c: Verification['claims'][number]) => boolean) {
  const found = result.claims.filter(predicate);
  if (found.length === 0) throw new Error('claim not found');
  return found[0]!;
}

describe('002 (2020 release) against the West Yorkshire report', () => {
  let result: Verification;
  beforeAll(async () => {
    result = await verify(release2020);
  });

  it('says they are about the same provider and inspection', () => {
    expect(result.relation).toBe('same-inspection');
    expect(result.relationNote).toContain('West Yorkshire CRC');
  });

  it('supports each claim, with the report’s quote', () => {
    const overall = claim(result, (c) => c.type === 'rating' && c.subject === 'overall');
    expect(overall).toMatchObject({ verdict: 'supported', value: 'Requires improvement' });
    expect(overall.reportEvidence?.quote).toBe('Overall rating Requires improvement');
    const four = claim(result, (c) => c.subject === 'case-supervision');
    expect(four).toMatchObject({ verdict: 'supported', value: 'Inadequate' });
    expect(four.reportEvidence?.quote).toContain('2.4 | Reviewing | Inadequate');
    const gate = claim(result, (c) => c.subject === 'through-the-gate');
    expect(gate).toMatchObject({ verdict: 'supported', value: 'Good' });
    expect(gate.reportEvidence?.quote).toBe('4.2 | Through the Gate | Good');
    const recommendations = claim(result, (c) => c.type === 'recommendations');
    expect(recommendations).toMatchObject({ verdict: 'supported', value: 7, reportValue: 7 });
    expect(recommendations.reportEvidence?.quote).toBe('As a result of our inspection findings, we have made seven recommendations.');
    const fieldwork = claim(result, (c) => c.subject === 'fieldworkStarted');
    expect(fieldwork).toMatchObject({ verdict: 'supported', value: '2019-10', reportValue: '2019-10-28' });
    expect(fieldwork.reportEvidence?.quote).toBe('The fieldwork for this inspection started on Monday 28 October 2019.');
    const same = claim(result, (c) => c.kind === 'same-as-previous');
    expect(same.verdict).toBe('supported');
    expect(same.reportEvidence?.quote).toContain("At that time, we rated its work as 'Requires improvement'.");
    expect(result.summary).toEqual({ supported: result.claims.filter((c) => !c.partOf).length, contradicted: 0, conflicting: 0, notFound: 0 });
  });
});

describe('002 against the report PDF', () => {
  it('supports each claim with the page and quote of the report', async () => {
    const result = await verify(release2020, join(CORPUS, 'west-yorkshire-crc-2020.pdf'));
    // Seven claims. "Rated all four aspects ‘Inadequate’" is one: a rating whose count of four
    // standards (a claim of its own in the extract, as the real releases' truth counts it: real/011,
    // real/082) is checked as its part, against the standards the rating covers.
    expect(result.summary).toEqual({ supported: 7, contradicted: 0, conflicting: 0, notFound: 0 });
    const pages = Object.fromEntries(result.claims.map((c) => [`${c.partOf ? 'part ' : ''}${c.kind}:${c.subject}`, c.reportEvidence?.page]));
    expect(pages).toEqual({
      'rating:overall': 6,
      'same-as-previous:overall': 4,
      'rating:case-supervision': 6,
      'part count:aspects': 6,
      'rating:through-the-gate': 6,
      'recommendations:recommendations': 15,
      'date:published': 1,
      'date:fieldworkStarted': 2,
    });
  });
});

describe('altered copies of 002', () => {
  it('contradicts a changed overall rating, showing both values', async () => {
    const result = await verify(release2020.replace('an overall rating of ‘Requires improvement’', 'an overall rating of ‘Good’'));
    const overall = claim(result, (c) => c.type === 'rating' && c.subject === 'overall');
    expect(overall).toMatchObject({ verdict: 'contradicted', value: 'Good', reportValue: 'Requires improvement' });
    expect(overall.note).toBe("The release says 'Good'; the report rates the provider overall 'Requires improvement'.");
  });

  it('contradicts a changed number of recommendations', async () => {
    const result = await verify(release2020.replace('made seven recommendations', 'made nine recommendations'));
    expect(claim(result, (c) => c.type === 'recommendations')).toMatchObject({ verdict: 'contradicted', value: 9, reportValue: 7 });
  });

  it('contradicts a changed standard rating', async () => {
    const result = await verify(release2020.replace('rated this area of work as ‘Good’', 'rated this area of work as ‘Outstanding’'));
    const gate = claim(result, (c) => c.subject === 'through-the-gate');
    expect(gate).toMatchObject({ verdict: 'contradicted', value: 'Outstanding', reportValue: '4.2 Through the Gate: Good' });
    const four = await verify(release2020.replace('rated all four aspects ‘Inadequate’', 'rated all four aspects ‘Requires improvement’'));
    expect(claim(four, (c) => c.subject === 'case-supervision').verdict).toBe('contradicted');
  });

  it('contradicts "retaining the same grade" when the report’s previous rating differs, with both ratings', async () => {
    // The edit of issue 13: the overall rating changed to ‘Good’, the sentence still says the grade was kept.
    const result = await verify(release2020.replace('an overall rating of ‘Requires improvement’', 'an overall rating of ‘Good’'));
    const kept = claim(result, (c) => c.kind === 'same-as-previous');
    expect(kept).toMatchObject({ verdict: 'contradicted', value: 'Good', reportValue: 'Requires improvement → Requires improvement' });
    expect(kept.note).toBe("The release says the rating 'Good' was kept; the report rates the provider 'Requires improvement' at the previous inspection and 'Requires improvement' now.");
    expect(result.summary).toEqual({ supported: 5, contradicted: 2, conflicting: 0, notFound: 0 });
  });

  it('contradicts a rating whose count of standards is wrong, through its part', async () => {
    // "all four aspects" names case supervision; the count is read as its part, and checked against the standards rated.
    const report = (await load(SEEDS.report)).document;
    const release = (await load('release.txt', release2020)).document;
    const three = release.claims.find((c) => c.kind === 'count' && c.value === 4)!;
    const altered = { ...release, claims: release.claims.map((c) => (c === three ? { ...c, value: 3, display: 'three' } : c)) };
    const result = verifyRelease(altered, report);
    const whole = claim(result, (c) => c.subject === 'case-supervision');
    expect(whole.verdict).toBe('contradicted');
    expect(whole.note).toBe("The report rates all 4 case-supervision standards 'Inadequate'. But the release counts 3 of them: The report rates 4 case-supervision standards, not 3.");
    expect(claim(result, (c) => c.partOf === whole.id)).toMatchObject({ verdict: 'contradicted', value: 3, reportValue: 4 });
    expect(result.summary).toEqual({ supported: 6, contradicted: 1, conflicting: 0, notFound: 0 });
  });

  it('contradicts a changed fieldwork month', async () => {
    const result = await verify(release2020.replace('started in October 2019', 'started in November 2019'));
    const fieldwork = claim(result, (c) => c.subject === 'fieldworkStarted');
    expect(fieldwork).toMatchObject({ verdict: 'contradicted', value: '2019-11', reportValue: '2019-10-28' });
    expect(fieldwork.note).toBe('The release says November 2019; the report says fieldwork started 28 October 2019.');
  });

  it('marks a figure the report does not hold as not-found', async () => {
    const result = await verify(release2020.replace('Inspectors did note West Yorkshire CRC has some strengths.', 'The CRC has helped 4,321 people to find work since 2017.'));
    const figure = claim(result, (c) => c.value === 4321);
    expect(figure.verdict).toBe('not-found');
    expect(figure.reportEvidence).toBeNull();
  });
});

describe('compound claims and figures of another population (002 against the report, one sentence added)', () => {
  // The compound form is real/045's ("Inspectors looked at 10 aspects of the division’s work, rating
  // half of them as ‘Good’ and half as ‘Requires improvement’"), whose report is not in the corpus;
  // here it speaks of West Yorkshire, whose report rates 5 of its 10 standards 'Good', 4
  // 'Inadequate' and 1 'Requires improvement'.
  const strengths = 'Inspectors did note West Yorkshire CRC has some strengths.';
  const partsOf = (result: Verification, id: string) => result.claims.filter((c) => c.partOf === id).map((p) => [p.label, p.verdict, p.reportValue]);

  it('checks each share with its rating as a part and derives the whole: one part wrong, the whole contradicted', async () => {
    const result = await verify(release2020.replace(strengths, 'Inspectors looked at 10 aspects of the CRC’s work, rating half of them as ‘Good’ and half as ‘Requires improvement’.'));
    const whole = claim(result, (c) => c.subject === 'standardsInspected');
    expect(whole).toMatchObject({ verdict: 'contradicted', derived: true, value: 10, reportValue: 10, label: 'Number of standards inspected' });
    expect(partsOf(result, whole.id)).toEqual([
      ['Standards rated ‘Good’', 'supported', '5 of 10'],
      ['Standards rated ‘Requires improvement’', 'contradicted', '1 of 10'],
    ]);
    expect(whole.note).toBe("The report rates 10 standards. But 1 of its 2 parts is contradicted: The release says half (5 of 10) were rated 'Requires improvement'; the report rates 1 of its 10: 1.2 Staff.");
    const good = result.claims.find((c) => c.partOf === whole.id && c.verdict === 'supported')!;
    expect(good.reportQuotes.map((q) => q.table?.row)).toEqual(['1.1 Leadership', '1.3 Services', '1.4 Information and facilities', '4.1 Unpaid work', '4.2 Through the Gate']);
    // The parts are not counted in the summary: the whole is one claim.
    expect(result.summary).toEqual({ supported: 7, contradicted: 1, conflicting: 0, notFound: 0 });
    const table = renderVerification(result, 'table');
    expect(table).toContain('Number of standards inspected: 10 (verdict from its parts)');
    expect(table).toContain('part: contradicted Standards rated ‘Requires improvement’: half\n              (report: 1 of 10).');
  });

  it('supports the whole only when every part is', async () => {
    const result = await verify(release2020.replace(strengths, 'Inspectors looked at 10 aspects of the CRC’s work, rating half of them as ‘Good’, four as ‘Inadequate’ and one as ‘Requires improvement’.'));
    const whole = claim(result, (c) => c.subject === 'standardsInspected');
    expect(whole).toMatchObject({ verdict: 'supported', derived: true });
    expect(partsOf(result, whole.id)).toEqual([
      ['Standards rated ‘Good’', 'supported', '5 of 10'],
      ['Standards rated ‘Inadequate’', 'supported', '4 of 10'],
      ['Standards rated ‘Requires improvement’', 'supported', '1 of 10'],
    ]);
    expect(result.summary).toEqual({ supported: 8, contradicted: 0, conflicting: 0, notFound: 0 });
  });

  it('calls a figure the report states for the previous year or for all CRCs conflicting, with both quotes', async () => {
    const result = await verify(
      release2020.replace(strengths, 'Inspectors found 70 per cent of probation officers in the CRC described their workload as unmanageable. And 56 per cent of probation services officers told inspectors their workloads were unmanageable.'),
    );
    const officers = claim(result, (c) => c.value === 70);
    expect(officers).toMatchObject({ verdict: 'conflicting', reportValue: 70 });
    expect(officers.note).toBe('The report states 70% for an earlier period (the previous inspection or year), not for the inspection itself, for which it states 63%.');
    expect(officers.reportQuotes.map((q) => [q.role, q.table?.column ?? null])).toEqual([
      ['other-population', 'Previous year'],
      ['claimed-population', 'Current year'],
    ]);
    const pso = claim(result, (c) => c.value === 56);
    expect(pso).toMatchObject({ verdict: 'conflicting', reportValue: 56 });
    expect(pso.note).toBe('The report states 56% for another population (all providers, the national figure), not for the inspection itself, for which it states 83%.');
    expect(pso.reportQuotes.map((q) => q.role)).toEqual(['other-population', 'claimed-population']);
    expect(pso.reportQuotes[0]!.quote).toContain('in our inspections of all CRCs between June 2018 and June 2019, 63 per cent of POs and 56 per cent of PSOs');
    expect(result.summary).toEqual({ supported: 7, contradicted: 0, conflicting: 2, notFound: 0 });
  });

  it('supports the same figures where the release states this inspection’s', async () => {
    const result = await verify(
      release2020.replace(strengths, 'Inspectors found 63 per cent of probation officers in the CRC described their workload as unmanageable. And 83 per cent of probation services officers told inspectors their workloads were unmanageable.'),
    );
    expect(claim(result, (c) => c.value === 63)).toMatchObject({ verdict: 'supported', reportValue: 63 });
    expect(claim(result, (c) => c.value === 83)).toMatchObject({ verdict: 'supported', reportValue: 83 });
  });
});

describe('a release checked against a report of another provider', () => {
  it('gets every claim not-found, with the reason', async () => {
    // 001 is the Cheshire and Greater Manchester CRC release; the report is West Yorkshire's.
    const result = await verify(readFileSync(SEEDS.cheshire, 'utf8'));
    expect(result.relation).toBe('different-provider');
    expect(result.relationNote).toBe('The release is about Cheshire and Greater Manchester CRC; the report is about West Yorkshire CRC. They are not about the same provider, so the report cannot speak to the release\'s claims.');
    expect(result.claims.length).toBeGreaterThan(5);
    for (const c of result.claims) expect(c).toMatchObject({ verdict: 'not-found', note: 'The report is about another provider.', reportEvidence: null });
    expect(result.summary).toEqual({ supported: 0, contradicted: 0, conflicting: 0, notFound: result.claims.length });
  });
});

describe('000 (2018 release) against the 2020 report', () => {
  let result: Verification;
  beforeAll(async () => {
    result = await verify(readFileSync(SEEDS.release2018, 'utf8'));
  });

  it('reports that the release concerns the earlier inspection', () => {
    expect(result.relation).toBe('previous-inspection');
    expect(result.relationNote).toContain('concerns an earlier inspection of West Yorkshire CRC');
    expect(result.relationNote).toContain('the one the report calls its previous inspection (published October 2018)');
    expect(result.claims.every((c) => c.checkedAgainst === 'previous')).toBe(true);
  });

  it('supports its overall rating as the previous inspection’s rating', () => {
    const overall = claim(result, (c) => c.type === 'rating' && c.subject === 'overall');
    expect(overall).toMatchObject({ verdict: 'supported', value: 'Requires improvement' });
    expect(overall.reportEvidence?.quote).toBe("At that time, we rated its work as 'Requires improvement'.");
  });

  it('marks 8,136 supervised as not-found', () => {
    const supervised = result.claims.filter((c) => c.value === 8136);
    expect(supervised.length).toBeGreaterThan(0);
    for (const c of supervised) expect(c.verdict).toBe('not-found');
  });

  it('names what a count counts, up to where the sentence moves on', () => {
    expect(claim(result, (c) => c.value === 21)).toMatchObject({ type: 'count', subject: 'Community Rehabilitation Companies', verdict: 'not-found' });
  });
});

describe('claims of 001 and 004', () => {
  it('001: counts, averages and percentages with their qualifiers', async () => {
    const doc = await extractFile(SEEDS.blog);
    expect(doc.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'count', value: 12600, qualifier: 'more than', subject: 'supervised' }),
        expect.objectContaining({ type: 'average', value: 64, subject: 'caseload' }),
        expect.objectContaining({ type: 'percent', value: 70, qualifier: 'almost' }),
        expect.objectContaining({ kind: 'fraction', value: 1, of: 2, qualifier: 'fewer than' }),
        expect.objectContaining({ type: 'count', value: 10, subject: 'standardsInspected' }),
        expect.objectContaining({ type: 'rating', value: 'Outstanding', subject: 'through-the-gate' }),
        expect.objectContaining({ type: 'other', value: 2, subject: 'score-change' }),
      ]),
    );
    const almost = doc.claims.find((c) => c.qualifier === 'almost')!;
    expect(almost.text).toBe('Almost 70 per cent of interviewed staff said their workloads were unmanageable.');
    expect(doc.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Justin Russell', 'Chief Inspector of Probation'],
      ['Justin Russell', 'Chief Inspector of Probation'],
    ]);
  });

  it('004: caseload, fieldwork and publication dates, quotes joined and attributed', async () => {
    const doc = await extractFile(SEEDS.cheshire);
    expect(doc.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'count', value: 11836, subject: 'supervised', qualifier: null }),
        expect.objectContaining({ type: 'date', value: '2018-12', subject: 'fieldwork' }),
        expect.objectContaining({ type: 'date', value: '2019-04-03', subject: 'published', unit: 'time 00:01' }),
      ]),
    );
    expect(doc.quotes[0]).toMatchObject({ speaker: 'Dame Glenys Stacey', role: 'HM Chief Inspector of Probation' });
    expect(doc.quotes[0]!.text).toMatch(/^It is disappointing to learn that so little has improved since our last visit in 2016\. The CRC’s operating model/);
    expect(doc.notesToEditors).toHaveLength(7);
    expect(doc.notesToEditors[3]!.text).toBe('Fieldwork for the Cheshire and Greater Manchester CRC inspection took place in December 2018. The CRC supervised 11,836 people.');
  });

  it('002: a quote joined across paragraphs, from "Mr Russell said:"', async () => {
    const doc = await extractFile(SEEDS.release2020);
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[1]!.speaker).toBe('Justin Russell');
    expect(doc.quotes[1]!.text).toMatch(/^During this inspection we analysed a sample of cases .* As a result, we have rated all four aspects ‘Inadequate’ – our lowest possible grade\.$/);
  });
});

describe('qualifiers', () => {
  it('"more than 12,600": contradicted by 12,000, supported by 12,650', () => {
    expect(compareWithQualifier(12600, 'more than', 12000).holds).toBe(false);
    expect(compareWithQualifier(12600, 'more than', 12650).holds).toBe(true);
  });

  it('"almost 70 per cent": supported by 68, contradicted by 55', () => {
    expect(compareWithQualifier(70, 'almost', 68).holds).toBe(true);
    expect(compareWithQualifier(70, 'almost', 55).holds).toBe(false);
  });

  it('are honoured end to end against an altered report', async () => {
    const release = 'West Yorkshire CRC rated Requires improvement\n\nHM Inspectorate of Probation inspected West Yorkshire Community Rehabilitation Company (CRC). Inspectors found that almost 70 per cent of responsible officers reported that their workloads are unmanageable. The CRC supervises more than 5,000 people.\n\nNotes to editors\n\n1. The report is available at justiceinspectorates.gov.uk/hmiprobation on 10 March 2020.\n';
    const at = (value: number) => reportText.replace('74 per cent reported that their workloads are unmanageable', `${value} per cent reported that their workloads are unmanageable`);
    const supported = await verify(release, 'report.txt', at(68));
    expect(claim(supported, (c) => c.qualifier === 'almost')).toMatchObject({ verdict: 'supported', reportValue: 68 });
    const contradicted = await verify(release, 'report.txt', at(55));
    expect(claim(contradicted, (c) => c.qualifier === 'almost')).toMatchObject({ verdict: 'contradicted', reportValue: 55 });
    expect(claim(supported, (c) => c.subject === 'supervised')).toMatchObject({ verdict: 'supported', reportValue: 5239 });
    const more = await verify(release.replace('more than 5,000', 'more than 6,000'));
    expect(claim(more, (c) => c.subject === 'supervised')).toMatchObject({ verdict: 'contradicted', reportValue: 5239 });
  });
});

describe('misuse said plainly: a report as the release, a release as the report', () => {
  const usage = 'Usage: hmip verify RELEASE --report REPORT [-f table|json|html] [-o FILE] [--strict]\nRun "hmip verify --help" for the options and examples.\n';

  it('a report given as the release: one sentence, exit 2, nothing written', () => {
    const out = join(tempDir('hmip-misuse-'), 'check.html');
    const result = cli(['verify', SEEDS.report, '--report', join(CORPUS, 'west-yorkshire-crc-2020.pdf'), '-f', 'html', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`hmip: ${SEEDS.report}, given as the press release, is an inspection report: give the release first and the report with --report.\n${usage}`);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });

  it('a release given as the report, and the two the wrong way round', () => {
    const asReport = cli(['verify', SEEDS.release2020, '--report', SEEDS.release2018]);
    expect(asReport.status).toBe(2);
    expect(asReport.stderr).toBe(`hmip: ${SEEDS.release2018}, given as the report (--report), is a press release: give the report it announces with --report.\n${usage}`);
    const swapped = cli(['verify', '-', '--report', SEEDS.release2020], { input: reportText });
    expect(swapped.status).toBe(2);
    expect(swapped.stdout).toBe('');
    expect(swapped.stderr).toBe(`hmip: the two files are the wrong way round: standard input is an inspection report and ${SEEDS.release2020} a press release; give the release first and the report with --report.\n${usage}`);
  });

  it('is no misuse for the real pairs, whatever their family', async () => {
    const real = (n: string) => load(join(import.meta.dirname, 'fixtures', 'real', 'docs', `${n}.txt`)).then((r) => r.document);
    const names = { release: 'r', report: 'p' };
    for (const [release, report] of [['030', '031'], ['025', '064'], ['111', '112'], ['015', '014']] as const) {
      expect(misuse(await real(release), await real(report), names)).toBeNull();
    }
    expect(misuse(await real('031'), await real('030'), names)).toBe('the two files are the wrong way round: r is an inspection report and p a press release; give the release first and the report with --report');
  });
});

describe('the terminal table', () => {
  const visible = (line: string) => line.replace(/\u001b\[[\d;]*m/g, '');

  it('takes the terminal’s width and colours only on a terminal, never with NO_COLOR or TERM=dumb, nor into a file or a pipe', () => {
    const tty = { isTTY: true, columns: 60 };
    expect(terminalOf(undefined, tty, {})).toEqual({ width: 60, colour: true });
    expect(terminalOf('-', tty, {})).toEqual({ width: 60, colour: true });
    expect(terminalOf(undefined, tty, { NO_COLOR: '1' })).toEqual({ width: 60, colour: false });
    expect(terminalOf(undefined, tty, { TERM: 'dumb' })).toEqual({ width: 60, colour: false });
    expect(terminalOf('check.txt', tty, {})).toEqual({ width: 80, colour: false });
    expect(terminalOf(undefined, { isTTY: false, columns: 60 }, {})).toEqual({ width: 80, colour: false });
    expect(terminalOf(undefined, { isTTY: false, columns: 60 }, { COLUMNS: '100' })).toEqual({ width: 100, colour: false });
  });

  it('wraps every line to the width with a hanging indent under the verdict, and colours the verdict', async () => {
    const result = await verify(release2020.replace('made seven recommendations', 'made nine recommendations'));
    const coloured = renderTable(result, { width: 60, colour: true });
    const lines = coloured.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => visible(l).length))).toBeLessThanOrEqual(60);
    const claimLines = lines.slice(lines.findIndex((l) => /^\u001b\[1;3\dm[A-Z]/.test(l)), -1).filter((l) => l !== '');
    // Each claim's first line starts with its verdict; all its other lines are indented under the claim, 14 columns in.
    for (const line of claimLines) expect(line).toMatch(/^(?:\u001b\[1;(?:32|31|33|90)m(?:SUPPORTED|CONTRADICTED|CONFLICTING|NOT FOUND)\u001b\[0m +| {14})\S/);
    expect(coloured).toContain('\u001b[1;31mCONTRADICTED\u001b[0m  Number of recommendations: nine');
    expect(coloured).toContain('\u001b[1;32mSUPPORTED\u001b[0m     Overall rating: Requires improvement');
    // The same without colour, character for character.
    expect(renderTable(result, { width: 60, colour: false })).toBe(lines.map(visible).join('\n') + '\n');
  });

  it('piped: no colour codes, wrapped to $COLUMNS', () => {
    const piped = cli(['verify', SEEDS.release2020, '--report', SEEDS.report], { env: { COLUMNS: '70' } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('\u001b');
    const lines = piped.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(70);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(60);
  });
});

describe('hmip verify output', () => {
  it('prints JSON with the contract’s fields and a summary', () => {
    const result = cli(['verify', SEEDS.release2020, '--report', SEEDS.report, '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.pressRelease).toMatchObject({ path: SEEDS.release2020, id: 'west-yorkshire-crc-2020-press-release' });
    expect(json.report).toMatchObject({ id: 'west-yorkshire-crc-2020-report' });
    expect(json.summary).toEqual({ supported: 7, contradicted: 0, conflicting: 0, notFound: 0 });
    expect(json.claims[0]).toEqual(expect.objectContaining({ verdict: 'supported', reportValue: 'Requires improvement', note: expect.any(String), reportEvidence: { page: null, quote: 'Overall rating Requires improvement' } }));
  });

  it('renders the table and the page from the JSON object and nothing else', () => {
    // The same check at the same moment: the JSON, then each format of it.
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const args = ['verify', SEEDS.release2018, '--report', SEEDS.report];
    const json = JSON.parse(cli([...args, '-f', 'json'], { env }).stdout) as Verification;
    expect(renderVerification(json, 'html')).toBe(cli([...args, '-f', 'html'], { env }).stdout);
    // Piped, the table is 80 columns wide and has no colour.
    expect(renderVerification(json, 'table', { width: 80, colour: false })).toBe(cli(args, { env }).stdout);
    expect(renderVerification(json, 'json')).toBe(cli([...args, '-f', 'json'], { env }).stdout);
    // Anything but a verification is refused, before a line is written.
    expect(() => renderVerification({ ...json, summary: { supported: 1 } } as never, 'html')).toThrow();
  });

  it('has a JSON Schema, printed by hmip schema --verify, that its JSON satisfies', () => {
    const printed = cli(['schema', '--verify']);
    expect(printed.status).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['provenance', 'pressRelease', 'report', 'relation', 'claims', 'unchecked', 'coverage', 'summary']));
    expect(schema.properties.claims.items.properties.verdict.enum).toEqual(['supported', 'contradicted', 'conflicting', 'not-found']);
    // The printed schema, read back by zod, accepts the output and refuses an output altered.
    const validator = z.fromJSONSchema(schema);
    const json = JSON.parse(cli(['verify', SEEDS.release2020, '--report', SEEDS.report, '-f', 'json']).stdout);
    expect(validator.safeParse(json).success).toBe(true);
    const altered = { ...json, claims: [{ ...json.claims[0], verdict: 'maybe' }] };
    expect(validator.safeParse(altered).success).toBe(false);
    // hmip schema alone still prints the document's schema.
    expect(JSON.parse(cli(['schema']).stdout).properties.ratings).toBeDefined();
  });
});

export type { Document };
