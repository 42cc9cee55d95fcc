/**
 * Which report of a batch each press release announces: a pure function of the documents' kinds,
 * inspection ids, providers and dates (no text, so the batch can pair an archive from what it
 * keeps of each document). A release is paired first by the dataset's inspection ids (src/id.ts):
 * with a report of its `inspectionId` (same-inspection), else with the report whose
 * `previousInspectionId` it is (previous-inspection: the 2018 release and the 2020 report that
 * names the 2018 inspection as its previous one). Where no id pairs it, by provider and dates
 * (`relate`): a report of the same provider whose inspection it is about, failing that the report
 * whose previous inspection it is about.
 */
import type { Document } from '../schema.js';
import type { Relation } from './schema.js';
import { relate, type RelateFacts } from './verify.js';

export type PairingFacts = RelateFacts & Pick<Document, 'id' | 'kind' | 'source' | 'inspectionId' | 'previousInspectionId'>;

export interface Pairing {
  release: string;
  /** The report's id; null when the batch holds no report the release can be checked against. */
  report: string | null;
  relation: Relation | null;
  /** How the two were paired, or why the release is unpaired, in one sentence. */
  reason: string;
}

/** Relations a release can be paired by, the better first. */
const PAIRABLE: Partial<Record<Relation, number>> = { 'same-inspection': 0, 'previous-inspection': 1 };

function providerKey(d: PairingFacts): string | null {
  const name = d.provider?.shortName;
  return name ? name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : null;
}

/** Of reports of one inspection (its PDF, its web page, a text copy): the one whose quotes carry page numbers, then by path. */
function preferred(a: PairingFacts, b: PairingFacts): number {
  return Number(a.source.pages === null) - Number(b.source.pages === null) || a.source.path.localeCompare(b.source.path);
}

/** The month a report speaks of: its fieldwork, else its publication. */
const monthOf = (d: PairingFacts) => (d.fieldworkStarted ?? d.published ?? '').slice(0, 7);

/** The report of the release's inspection by the inspection ids, the preferred copy where several have them; null where no id pairs it. */
function pairById(release: PairingFacts, reports: readonly PairingFacts[]): Pairing | null {
  const id = release.inspectionId;
  if (!id) return null;
  const first = (matching: PairingFacts[]) => matching.sort(preferred)[0];
  const same = first(reports.filter((r) => r.inspectionId === id));
  if (same) return { release: release.id, report: same.id, relation: 'same-inspection', reason: `The release and the report are of one inspection, ${id} (their inspection_id).` };
  const next = first(reports.filter((r) => r.previousInspectionId === id));
  if (next) {
    return { release: release.id, report: next.id, relation: 'previous-inspection', reason: `The release is of inspection ${id}, which the report names as its previous one (its previous_inspection_id); its claims are checked against what the report says of that previous inspection.` };
  }
  return null;
}

export function pairReleases(documents: readonly PairingFacts[]): Pairing[] {
  const allReports = documents.filter((d) => d.kind === 'inspection-report');
  const reportsOf = new Map<string, PairingFacts[]>();
  for (const d of allReports) {
    const key = providerKey(d);
    if (key) reportsOf.set(key, [...(reportsOf.get(key) ?? []), d]);
  }
  return documents
    .filter((d) => d.kind === 'press-release')
    .map((release): Pairing => {
      const byId = pairById(release, allReports);
      if (byId) return byId;
      const key = providerKey(release);
      if (!key) return { release: release.id, report: null, relation: null, reason: 'The provider of the release could not be read, so no report can be paired with it.' };
      const reports = reportsOf.get(key) ?? [];
      if (!reports.length) return { release: release.id, report: null, relation: null, reason: `The batch holds no inspection report of ${release.provider!.shortName}.` };
      const related = reports.map((report) => ({ report, ...relate(release, report) })).filter((r) => PAIRABLE[r.relation] !== undefined);
      related.sort(
        (a, b) =>
          PAIRABLE[a.relation]! - PAIRABLE[b.relation]! ||
          // For the previous inspection, the next report after it (the one that calls it previous).
          (a.relation === 'previous-inspection' ? monthOf(a.report).localeCompare(monthOf(b.report)) : 0) ||
          preferred(a.report, b.report),
      );
      const best = related[0];
      if (!best) {
        return { release: release.id, report: null, relation: null, reason: `None of the batch's ${reports.length} report${reports.length === 1 ? '' : 's'} of ${release.provider!.shortName} is of the inspection the release is about, or the next one: ${relate(release, reports[0]!).note}` };
      }
      return { release: release.id, report: best.report.id, relation: best.relation, reason: best.note };
    });
}
