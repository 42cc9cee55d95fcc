/**
 * The Inspectorate and the people who speak in its documents: its names, the roles of its
 * officers and of the people quoted beside them, and the titles that stand before a name.
 */

/** The forms of "His Majesty's" that stand before the Inspectorate's and its Chief Inspector's names. */
export const HONORIFICS = ['HM', 'HMI', 'His Majesty’s', 'Her Majesty’s', "His Majesty's", "Her Majesty's"] as const;

/** The Inspectorate as documents name it. */
export const INSPECTORATE_NAMES = [
  ...HONORIFICS.filter((h) => h !== 'HMI').map((h) => `${h} Inspectorate of Probation`),
  'HMI Probation',
  'HMIP',
  'the Inspectorate of Probation',
  'Inspectorate of Probation',
  'the Inspectorate',
  'Arolygiaeth Prawf Ei Mawrhydi',
] as const;

export interface RoleEntry {
  /** Stable id: "chief-inspector", "inspector", "official". */
  id: string;
  /** The role's names, without the modifiers below ("Chief Inspector of Probation"). */
  forms: readonly string[];
  /** Whether "HM" / "His Majesty's" may stand before it. */
  honorific: boolean;
}

export const ROLES: readonly RoleEntry[] = [
  { id: 'chief-inspector', forms: ['Chief Inspector of Probation', 'Chief Inspector'], honorific: true },
  { id: 'inspector', forms: ['Inspector of Probation', 'Lead Inspector', 'lead inspector', 'Assistant Chief Inspector', 'Deputy Chief Inspector'], honorific: true },
  {
    id: 'official',
    forms: [
      'Secretary of State for Justice',
      'Justice Secretary',
      'Lord Chancellor',
      'Minister',
      'Probation Minister',
      'Prisons and Probation Minister',
      'Regional Probation Director',
      'Head of Service',
      'Director of Children’s Services',
      'Director',
      'Chief Executive Officer',
      'Chief Executive',
      'Chair',
      'Leader of the Council',
      'Council Leader',
      'Cabinet Member',
      'Head of Communications',
    ],
    honorific: false,
  },
];

/** Roles that name what they head with "of" and capitalised words ("Director of Operations", "Head of Youth Justice"). */
export const HEADED_ROLES = ['Director', 'Head', 'Chair', 'Chief Executive'] as const;

/** Words before a role that change it ("Interim Chief Inspector"). */
export const ROLE_MODIFIERS = ['Interim', 'interim', 'Acting', 'acting', 'outgoing', 'new', 'former'] as const;

/** Titles before a person's name. */
export const PERSON_TITLES = ['Dame', 'Sir', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Professor', 'Prof', 'Lord', 'Lady', 'Baroness', 'Councillor', 'Cllr'] as const;

/** Letters after a name, which are no part of it ("Martin Jones CBE said:"). */
export const POSTNOMINALS = ['CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'QPM', 'KC', 'QC', 'JP', 'MP'] as const;

/** Titles that, with a first name alone, make a short form ("Dame Glenys", "Sir Martin"). */
export const FIRST_NAME_TITLES = ['Dame', 'Sir', 'Lord', 'Lady'] as const;

/** Titles that, with a surname alone, make a short form ("Mr Russell"). */
export const SURNAME_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Professor', 'Prof', 'Councillor', 'Cllr'] as const;

/** Pronouns that refer back to the last person named. */
export const PERSONAL_PRONOUNS = ['he', 'she', 'they'] as const;
