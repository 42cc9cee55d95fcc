/** Verbs that introduce what someone said, and verbs that state a rating. */

/** Speech verbs, past and present ("said", "says", "added", "continued"). */
export const REPORTING_VERBS = [
  'said', 'says', 'added', 'adds', 'continued', 'continues', 'commented', 'comments', 'concluded', 'concludes',
  'stated', 'states', 'explained', 'explains', 'remarked', 'warned', 'warns', 'urged', 'urges', 'observed',
  'reflected', 'acknowledged', 'told', 'declared', 'went on', 'goes on', 'summarised', 'emphasised', 'stressed', 'adding', 'saying', 'noting', 'noted', 'recalled', 'highlighted',
] as const;

/** Phrases that introduce a statement as a quotation without a speech verb. */
export const STATEMENT_INTRODUCERS = ['has published the following statement', 'issued the following statement', 'made the following statement'] as const;

/** Verbs and nouns with which a document states a rating. */
export const RATING_VERBS = [
  'rated', 'rate', 'rates', 'rating', 'ratings', 'graded', 'grade', 'judged', 'assessed', 'awarded', 'given', 'gave',
  'received', 'receive', 'receives', 'retained', 'retains', 'retain', 'remains', 'remain', 'remained', 'scored',
  'deemed', 'found to be', 'was', 'were', 'is', 'are',
] as const;
