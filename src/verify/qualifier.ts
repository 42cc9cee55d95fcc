/**
 * Whether a figure the report states bears out a claim with its qualifier: "more than 12,600" is
 * borne out by 12,650 and not by 12,000; "almost 70 per cent" by 68 and not by 55.
 */
export type Comparison = { holds: boolean; note: string | null };

/** How far below the claimed figure "almost" and "nearly" may go. */
const ALMOST_MARGIN = 0.1;
/** How far either side "around", "about" and "approximately" may go. */
const AROUND_MARGIN = 0.1;

export function compareWithQualifier(claimed: number, qualifier: string | null, actual: number): Comparison {
  const q = (qualifier ?? '').toLowerCase().trim();
  const rounded = (value: number) => Number.isInteger(claimed) && Math.round(value) === claimed;
  switch (q) {
    case '':
    case 'average':
      return { holds: actual === claimed || rounded(actual), note: actual !== claimed && rounded(actual) ? `the report's ${actual} rounds to ${claimed}` : null };
    case 'more than':
    case 'over':
    case 'just over':
    case 'more than half':
      return { holds: actual > claimed, note: actual > claimed * 1.5 ? `the report's figure is much higher (${actual})` : null };
    case 'no fewer than':
    case 'at least':
      return { holds: actual >= claimed, note: null };
    case 'almost':
    case 'nearly':
    case 'just under':
    case 'almost half':
    case 'nearly half':
      return { holds: actual <= claimed && actual >= claimed * (1 - ALMOST_MARGIN), note: null };
    case 'fewer than':
    case 'less than':
    case 'under':
    case 'fewer than half':
    case 'less than half':
      return { holds: actual < claimed, note: null };
    case 'up to':
    case 'no more than':
      return { holds: actual <= claimed, note: null };
    case 'around':
    case 'about':
    case 'approximately':
    case 'roughly':
    case 'some':
    case 'around half':
    case 'about half':
      return { holds: Math.abs(actual - claimed) <= Math.abs(claimed) * AROUND_MARGIN, note: null };
    default: {
      // "more than a third" and the like: the first word decides the direction.
      if (/^(?:more|over)/.test(q)) return compareWithQualifier(claimed, 'more than', actual);
      if (/^(?:fewer|less|under)/.test(q)) return compareWithQualifier(claimed, 'fewer than', actual);
      if (/^(?:almost|nearly)/.test(q)) return compareWithQualifier(claimed, 'almost', actual);
      if (/^(?:around|about)/.test(q)) return compareWithQualifier(claimed, 'around', actual);
      return { holds: actual === claimed, note: `qualifier "${qualifier}" read as exact` };
    }
  }
}
