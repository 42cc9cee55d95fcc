/**
 * What a reader process of the pool reads once before it says it is ready: a few lines of a report,
 * as text. The first document a fresh reader reads otherwise pays for compiling the schema and the first runs
 * of the classification and extraction code, which every format shares: 60–90 ms for a 2 KB text
 * on 2 cores, against 5–10 ms for the same file once warm. That cost is the reader's start, not
 * the document's work, and the time limit, which the pool starts only when the reader is ready,
 * must not charge it to the document. (A first PDF or HTML page still loads pdf.js or cheerio
 * within its own time: loading them here would cost every reader 0.4 s and more memory than a
 * small --memory-mb allows, for formats a run may never meet.)
 */
type ProcessBytes = (bytes: Uint8Array, path: string) => Promise<unknown>;

const SAMPLE = [
  'Westshire CRC rated Requires improvement',
  'An inspection of probation services in: Westshire Community Rehabilitation Company',
  'Overall rating\tRequires improvement',
  '1.1 Leadership\tGood',
  "HM Inspectorate of Probation rated Westshire CRC 'Requires improvement' overall, the same grade as in 2018. Inspectors rated all four aspects of case supervision 'Inadequate'.",
  'Chief Inspector of Probation Justin Russell said: “Almost 70 per cent of staff said their workloads were unmanageable. The CRC supervises more than 5,000 people and spent £17.7m.”',
  'Fieldwork for this inspection started in October 2019. The report, published on 10 March 2020, makes seven recommendations.',
  'Notes to editors',
  '1. The report is available at justiceinspectorates.gov.uk/hmiprobation on 10 March 2020.',
].join('\n\n');

export async function warmUp(processBytes: ProcessBytes): Promise<void> {
  // A sample that fails would only leave the reader cold: never a reason not to start.
  await processBytes(new TextEncoder().encode(SAMPLE), 'warm-up.txt').catch(() => {});
}
