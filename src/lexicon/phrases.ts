/**
 * Words that end a noun phrase after a figure ("9,000 offenders across the four counties",
 * "72 cases were inspected"): prepositions, verbs of being and having, pronouns, conjunctions
 * other than "and".
 */
export const PHRASE_STOPS = [
  'of', 'in', 'at', 'on', 'for', 'to', 'with', 'by', 'from', 'across', 'within', 'into', 'over', 'under', 'who', 'which', 'that', 'whose',
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'must', 'being', 'been', 'be', 'did',
  'do', 'does', 'than', 'as', 'per', 'each', 'a', 'an', 'the', 'this', 'these', 'those', 'their', 'our', 'its', 'his', 'her', 'they', 'we',
  'it', 'he', 'she', 'there', 'where', 'when', 'while', 'but', 'or', 'if', 'so', 'after', 'before', 'since', 'during', 'because', 'including',
  'such', 'like', 'through', 'between', 'among', 'about', 'around', 'said', 'says', 'also', 'not', 'only', 'more', 'less', 'fewer', 'out',
  'against', 'until', 'via', 'both', 'all', 'some', 'many', 'most', 'every', 'since', 'then', 'now', 'here', 'today', 'yet', 'still', 'ago',
  'previously', 'respectively', 'overall', 'involved', 'inspected', 'examined', 'interviewed', 'supervised', 'remaining', 'left',
] as const;

/** Words before a figure that make it the rest of a set stated before ("the remaining seven"). */
export const REMAINDER_BEFORE = ['the remaining', 'the rest of the', 'the other remaining'] as const;

/** Words after a figure that refer back to the things just counted ("Three of these"). */
export const ANAPHORA_AFTER = ['of these', 'of them', 'of those', 'of which'] as const;

/** Lower-case words that go on naming an addressee of recommendations after its first word ("the Blackpool youth justice executive board"). */
export const ADDRESSEE_WORDS = ['of', 'and', 'head', 'heads', 'board', 'service', 'services', 'team', 'youth', 'justice', 'executive', 'management', 'partnership', 'strategic', 'local', 'probation'] as const;

/** Adjectives that may follow the noun they describe, which stays the head ("staff responsible", "places available", "people eligible", "staff present", "cases subject to"). */
export const POSTPOSITIVE_ADJECTIVES = ['responsible', 'available', 'eligible', 'present', 'subject'] as const;
