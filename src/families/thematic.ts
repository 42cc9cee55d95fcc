/** Thematic and annual reports and the Dynamic Inspections of Public Protection: never rated. */
import { thematic } from '../frameworks/thematic.js';
import type { FamilyExtension } from './types.js';

export const thematicFamily: FamilyExtension = {
  family: 'thematic',
  describes: 'thematic, annual and public-protection reports',
  frameworks: [thematic],
  providers: [],
  signals: [
    {
      id: 'thematic.public-protection',
      phrases: ['Dynamic Inspection of Public Protection', 'dynamic inspection of public protection', 'Chief Inspector’s judgment', 'Chief Inspector’s judgement', "Chief Inspector's judgment", "Chief Inspector's judgement", 'review of public protection', 'public protection measures'],
      weight: 4,
      examples: [{ text: 'Dynamic Inspection of Public Protection in Greater Manchester', source: 'real/029' }],
    },
    {
      id: 'thematic.report',
      phrases: ['thematic inspection', 'thematic review', 'thematic report', 'joint thematic', 'annual report'],
      weight: 3,
      examples: [{ text: 'Chief Inspector calls for an independent review of the Probation Service, publishing his final annual report', source: 'real/042' }],
    },
  ],
  areas: [],
};
