/**
 * Dates as documents write them: "Monday 28 October 2019", "10 March 2020", "October 2019",
 * "8 may 2019", "12/03/2024" (day first, as in the UK), "2020-03-10". A date without a year
 * ("(24 November)") is not a date we can state: null.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;

export const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
export const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{4})\\b`, 'i');

export interface FoundDate {
  /** "YYYY-MM-DD" or "YYYY-MM". */
  value: string;
  index: number;
  text: string;
}

function month(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, m: number, day?: number): boolean {
  if (year < 1990 || year > 2100 || m < 1 || m > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The first full or month-precision date in `text`. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [y, m, d] = [Number(dmy[3]), month(dmy[2]!), Number(dmy[1])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: dmy.index, text: dmy[0] });
  }
  const slash = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slash) {
    const [y, m, d] = [Number(slash[3]), Number(slash[2]), Number(slash[1])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: slash.index, text: slash[0] });
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (valid(y, m, d)) candidates.push({ value: `${y}-${pad(m)}-${pad(d)}`, index: iso.index, text: iso[0] });
  }
  const my = MONTH_YEAR.exec(text);
  if (my && !(dmy && dmy.index <= my.index && my.index < dmy.index + dmy[0].length)) {
    const [y, m] = [Number(my[2]), month(my[1]!)];
    if (valid(y, m)) candidates.push({ value: `${y}-${pad(m)}`, index: my.index, text: my[0] });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
