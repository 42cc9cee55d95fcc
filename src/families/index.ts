/** The families, merged: what the core knows of every report family comes from here. */
import type { Family } from '../schema.js';
import { crcFamily } from './crc.js';
import { legacyFamily } from './legacy.js';
import { npsFamily } from './nps.js';
import { pduFamily } from './pdu.js';
import { regionalFamily } from './regional.js';
import { thematicFamily } from './thematic.js';
import type { FamilyExtension, ProviderNoun, RatedArea } from './types.js';
import { yosFamily } from './yos.js';

export const FAMILIES: readonly FamilyExtension[] = [crcFamily, npsFamily, yosFamily, pduFamily, regionalFamily, thematicFamily, legacyFamily];

export function familyOf(family: Family): FamilyExtension | null {
  return FAMILIES.find((f) => f.family === family && f.frameworks.length > 0) ?? null;
}

export function providerNoun(id: string): (ProviderNoun & { family: Family }) | undefined {
  return PROVIDER_NOUNS.find((n) => n.id === id);
}

/** Every provider noun, with its family. */
export const PROVIDER_NOUNS: readonly (ProviderNoun & { family: Family })[] = FAMILIES.flatMap((f) => f.providers.map((p) => ({ ...p, family: f.family })));

export function areasOf(family: Family): readonly RatedArea[] {
  return familyOf(family)?.areas ?? [];
}

export type { FamilyExtension, FamilySignal, ProviderNoun, RatedArea } from './types.js';

/** A rated area by its key, the report's family's first. */
export function areaByKey(key: string, family: Family): RatedArea | null {
  return areasOf(family).find((a) => a.key === key) ?? FAMILIES.flatMap((f) => f.areas).find((a) => a.key === key) ?? null;
}
