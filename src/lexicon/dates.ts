/** Months and seasons as documents name them, for dates and for the periods that are not figures. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** Words before a duration that make it a period of time, not a finding ("the last 12 months", "within three months"). */
export const PERIOD_BEFORE = ['the last', 'the past', 'the next', 'the previous', 'the coming', 'the first', 'the following', 'over the last', 'over the past', 'in the last', 'in the past', 'within', 'another', 'every', 'each'] as const;

/** Words after a duration that make it a period ("12 months previously", "four years ago"). */
export const PERIOD_AFTER = ['ago', 'previously', 'earlier', 'later'] as const;

/** Duration nouns and the unit a claim gives them. */
export const DURATION_UNITS: Record<string, string> = {
  year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks', day: 'days', days: 'days', hour: 'hours', hours: 'hours',
};
