/**
 * The end-to-end pipeline on the real West Yorkshire CRC report (March 2020), seed 003: every
 * value asserted here is read from the text as published, glitches and all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/schema.js';
import { check, extractFile, SEEDS, standard } from './helpers.js';

let doc: Document;
beforeAll(async () => {
  doc = await extractFile(SEEDS.report);
});

describe('West Yorkshire CRC report: classification and metadata', () => {
  it('is a CRC inspection report about West Yorkshire CRC', () => {
    expect(doc.kind).toBe('inspection-report');
    expect(doc.family).toBe('crc');
    expect(doc.id).toBe('west-yorkshire-crc-2020-report');
    expect(doc.provider).toMatchObject({ name: 'West Yorkshire Community Rehabilitation Company', shortName: 'West Yorkshire CRC', type: 'CRC' });
    expect(doc.source.format).toBe('text');
    expect(doc.classification.framework).toBe('crc-2018');
  });

  it('reads owner, dates and inspectors', () => {
    expect(doc.owner).toBe('Purple Futures');
    expect(doc.published).toBe('2020-03');
    expect(doc.fieldworkStarted).toBe('2019-10-28');
    expect(doc.chiefInspector).toBe('Justin Russell');
    expect(doc.leadInspector).toBe('Trevor Worsfold');
    expect(doc.metadataEvidence.fieldworkStarted?.quote).toBe('The fieldwork for this inspection started on Monday 28 October 2019.');
    expect(doc.previousInspection?.published).toBe('2018-10');
  });
});

describe('West Yorkshire CRC report: ratings', () => {
  it('states overall Requires improvement, score 11 of 30, despite the clipped header cells', () => {
    expect(doc.ratings?.overall?.rating).toBe('Requires improvement');
    expect(doc.ratings?.score).toMatchObject({ value: 11, max: 30 });
    expect(doc.ratings?.previousOverall?.rating).toBe('Requires improvement');
  });

  it('lists exactly the 10 standards with their ratings and previous ratings', () => {
    const rows = doc.ratings!.standards.map((s) => [s.id, s.name, s.rating, s.previousRating]);
    expect(rows).toEqual([
      ['1.1', 'Leadership', 'Good', 'Good'],
      ['1.2', 'Staff', 'Requires improvement', 'Requires improvement'],
      ['1.3', 'Services', 'Good', 'Good'],
      ['1.4', 'Information and facilities', 'Good', 'Requires improvement'],
      ['2.1', 'Assessment', 'Inadequate', 'Requires improvement'],
      ['2.2', 'Planning', 'Inadequate', 'Inadequate'],
      ['2.3', 'Implementation and delivery', 'Inadequate', 'Inadequate'],
      ['2.4', 'Reviewing', 'Inadequate', 'Inadequate'],
      ['4.1', 'Unpaid work', 'Good', 'Good'],
      // The 4.2 rating box is garbled in the source ("Current inspection Good Good Good"): not guessed.
      ['4.2', 'Through the Gate', 'Good', null],
    ]);
    expect(doc.ratings!.standards.map((s) => s.domain)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 4, 4]);
    expect(doc.warnings.map((w) => w.message)).toContain('Standard 4.2 Through the Gate: no readable rating box, so its previous rating is not stated here.');
  });

  it('reads the key-question tables, with "No comparable data available" as null', () => {
    const planning = standard(doc, '2.2').keyQuestions;
    expect(planning.map((q) => [q.previous, q.current, q.comparator])).toEqual([
      [61, 55, 63],
      [52, 56, 64],
      [43, 44, 46],
    ]);
    expect(planning[2]!.question).toBe('Does planning focus sufficiently on keeping other people safe?');
    const reviewing = standard(doc, '2.4').keyQuestions;
    expect(reviewing.map((q) => [q.previous, q.current, q.comparator])).toEqual([
      [null, 49, 65],
      [null, 43, 60],
      [39, 39, 44],
    ]);
    const unpaid = standard(doc, '4.1').keyQuestions;
    expect(unpaid.map((q) => [q.current, q.qualitative])).toEqual([
      [76, false],
      [69, false],
      [null, true],
      [83, false],
    ]);
    expect(standard(doc, '4.2').keyQuestions.map((q) => q.current)).toEqual([80, 77, 79]);
    expect(standard(doc, '2.1').keyQuestions).toHaveLength(2);
    expect(standard(doc, '2.1').announcedKeyQuestions).toBe(3);
  });
});

describe('West Yorkshire CRC report: facts, targets, data, sample', () => {
  it('reads the contextual facts as numbers with their footnote and source', () => {
    expect(doc.contextualFacts.map((f) => [f.value, f.unit, f.footnote])).toEqual([
      [3075, 'count', 6],
      [2164, 'count', 6],
      [5773, 'count', 7],
      [2337, 'count', 7],
      [45.3, 'percent', 8],
      [44.7, 'percent', 8],
      [16000000, 'gbp', 7],
      [17700000, 'gbp', 7],
    ]);
    expect(doc.contextualFacts[0]).toMatchObject({
      display: '3,075',
      description: 'The number of individuals supervised on community sentences by West Yorkshire CRC',
      source: 'Ministry of Justice. (2019). Offender management caseload statistics as at 30 June 2019,',
    });
    expect(doc.contextualFacts[7]).toMatchObject({ display: '£17.7m', source: 'Data supplied by CRC.' });
  });

  it('reads performance against targets; the footnote glued to "75%9" is a footnote, not 759', () => {
    expect(doc.performanceAgainstTargets.map((p) => [p.value, p.nationalFigure, p.target, p.footnote])).toEqual([
      [70, 77, 75, 9],
      [63, 66, 65, 10],
      [90, 91, 90, 11],
    ]);
    expect(doc.performanceAgainstTargets[0]!.description).toBe(
      'The proportion of individuals recorded as having successfully completed their community orders or suspended sentence orders for West Yorkshire CRC',
    );
    expect(doc.performanceAgainstTargets[0]!.source).toBe('Ministry of Justice. (2019). CRC Service Level 8, Community performance quarterly statistics, April 2018 to June 2019, Q1.');
  });

  it('reads key data tables, with a glued "unmanageable 14" footnote kept out of the label', () => {
    const row = doc.keyData.find((k) => k.label.startsWith('Proportion of probation officer (or equivalent)'))!;
    expect(row).toMatchObject({
      table: 'Caseload data',
      label: 'Proportion of probation officer (or equivalent) in this CRC describing workload as unmanageable',
      columns: ['Previous year', 'Current year'],
      values: [70, 63],
      footnote: 14,
    });
    const sickness = doc.keyData.find((k) => k.label === 'Sickness absence rate (all staff)')!;
    expect(sickness).toMatchObject({ table: 'Key staffing data', values: [13.7, 12.5], units: ['days', 'days'] });
    const rar = doc.keyData.find((k) => k.label === 'Average waiting time for RAR')!;
    expect(rar.values).toEqual([null, 12]);
    expect(rar.displays).toEqual(['No data available', '12 weeks (approximately)']);
  });

  it('reads the case sample sizes', () => {
    expect(doc.caseSample).toMatchObject({ communitySentence: 64, postRelease: 66, unpaidWork: 54, throughTheGate: 47 });
    expect(doc.caseSampleEvidence.communitySentence?.quote).toBe('We inspected 64 community sentence cases and 66 post-release supervision cases.');
  });
});

describe('West Yorkshire CRC report: recommendations', () => {
  it('reads the 8 previous recommendations with their progress and addressee', () => {
    expect(doc.recommendations.previous.map((r) => [r.number, r.progress, r.addressee])).toEqual([
      [1, 'none', 'West Yorkshire CRC'],
      [2, 'some', 'West Yorkshire CRC'],
      [3, 'some', 'West Yorkshire CRC'],
      [4, 'none', 'West Yorkshire CRC'],
      [5, 'some', 'West Yorkshire CRC'],
      [6, 'sufficient', 'West Yorkshire CRC'],
      [7, 'sufficient', 'Interserve'],
      [8, 'some', 'Ministry of Justice'],
    ]);
    expect(doc.recommendations.previous[0]!.text).toBe('Better manage the workloads of staff, so that they have the capacity to deliver services as intended.');
    expect(doc.recommendations.statedCounts.previous).toBe(8);
  });

  it('reads the 7 new recommendations, all to West Yorkshire CRC, 2, 3 and 6 repeated', () => {
    expect(doc.recommendations.new.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(doc.recommendations.new.map((r) => r.addressee))).toEqual(new Set(['West Yorkshire CRC']));
    expect(doc.recommendations.new.filter((r) => r.repeated).map((r) => r.number)).toEqual([2, 3, 6]);
    expect(doc.recommendations.new[1]!.text).toBe('improve the quality of work to assess, plan for, manage and review risk of harm');
    expect(doc.recommendations.statedCounts.new).toBe(7);
  });
});

describe('West Yorkshire CRC report: cross-checks', () => {
  it('passes score-sum, score-band, standard-count and narrative-rating', () => {
    expect(check(doc, 'score-sum')).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
    expect(check(doc, 'score-band')).toMatchObject({ status: 'pass', expected: 'Requires improvement', actual: 'Requires improvement' });
    expect(check(doc, 'standard-count')).toMatchObject({ status: 'pass', expected: 10, actual: 10 });
    expect(check(doc, 'narrative-rating')).toMatchObject({ status: 'pass' });
    expect(check(doc, 'recommendation-count')).toMatchObject({ status: 'pass', expected: 7, actual: 7 });
  });

  it('passes key-question-band for 2.2, 2.3, 2.4, 4.1 (qualitative question left out) and 4.2', () => {
    for (const id of ['2.2', '2.3', '2.4', '4.2']) expect(check(doc, 'key-question-band', id).status).toBe('pass');
    const unpaid = check(doc, 'key-question-band', '4.1');
    expect(unpaid.status).toBe('pass');
    expect(unpaid.message).toContain('69%');
    expect(unpaid.message).toContain('1 qualitative key question left out');
  });

  it('says that 2.1 shows two of the three key questions the text announces', () => {
    const assessment = check(doc, 'key-question-band', '2.1');
    expect(assessment.status).toBe('skipped');
    expect(assessment.message).toContain('the table shows 2 of the 3 key questions the text announces');
  });

  it('has no key-question-band entry for the domain-one standards, which are judgements', () => {
    expect(doc.checks.filter((c) => c.id === 'key-question-band').map((c) => c.subject)).toEqual(['2.1', '2.2', '2.3', '2.4', '4.1', '4.2']);
  });
});
