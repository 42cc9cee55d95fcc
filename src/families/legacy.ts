/**
 * Providers inspected before the 2014 split of probation into the CRCs and the NPS: the probation
 * trusts. No rating framework of today applies, so the family stays unknown.
 */
import type { FamilyExtension } from './types.js';

export const legacyFamily: FamilyExtension = {
  family: 'unknown',
  describes: 'a probation trust (before 2014)',
  frameworks: [],
  providers: [
    {
      id: 'legacy.trust',
      forms: ['Probation Trust'],
      abbreviations: [],
      placement: 'before',
      name: '{place} Probation Trust',
      shortName: '{place} Probation Trust',
      type: 'Probation Trust',
      examples: [{ text: 'Norfolk and Suffolk Probation Trust was well led and committed to improving its work with offenders', expect: { place: 'Norfolk and Suffolk' }, source: 'real/113' }],
      counterexamples: [],
    },
  ],
  signals: [],
  areas: [],
};
