// Organisation configuration (organisation_setting rows), not code: the organisation's name,
// the texts of the public description and the names of legacy systems per register.
import type { ReadTx } from '../db/database.ts';
import type { Lang, Localized } from '../i18n.ts';

export const SETTING_KEYS = {
  organisationName: 'organisation.name',
  title: 'description.title',
  intro: 'description.intro',
  recordsReference: 'description.records_reference',
  legacySystems: 'description.legacy_systems',
  contact: 'description.contact',
} as const;

export interface OrganisationSettings {
  organisationName: Localized | null;
  title: Localized | null;
  intro: Localized | null;
  /** Where agendas, minutes, officials' decisions and contracts are described ("esityslistat…"). */
  recordsReference: Localized | null;
  /** Systems used earlier, per register id, listed with the register's systems. */
  legacySystems: Record<string, string[]>;
  contact: Localized | null;
}

/** A setting may be one string for every language or { fi, sv, en }; a missing language falls back to Finnish. */
function localized(v: unknown): Localized | null {
  if (typeof v === 'string') return { fi: v, sv: v, en: v };
  if (v && typeof v === 'object' && typeof (v as any).fi === 'string') {
    const o = v as Partial<Localized> & { fi: string };
    return { fi: o.fi, sv: o.sv ?? o.fi, en: o.en ?? o.fi };
  }
  return null;
}

export async function loadOrganisationSettings(db: ReadTx): Promise<OrganisationSettings> {
  const rows = await db.selectFrom('organisation_setting').select(['key', 'value']).where('key', 'in', Object.values(SETTING_KEYS)).execute();
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  const legacy = get(SETTING_KEYS.legacySystems);
  const legacySystems: Record<string, string[]> = {};
  if (legacy && typeof legacy === 'object' && !Array.isArray(legacy)) {
    for (const [id, names] of Object.entries(legacy)) {
      if (Array.isArray(names)) legacySystems[id] = names.filter((n): n is string => typeof n === 'string');
    }
  }
  return {
    organisationName: localized(get(SETTING_KEYS.organisationName)),
    title: localized(get(SETTING_KEYS.title)),
    intro: localized(get(SETTING_KEYS.intro)),
    recordsReference: localized(get(SETTING_KEYS.recordsReference)),
    legacySystems,
    contact: localized(get(SETTING_KEYS.contact)),
  };
}

const FALLBACK_NAME: Localized = { fi: 'Varanto', sv: 'Varanto', en: 'Varanto' };

export async function organisationName(db: ReadTx, lang: Lang): Promise<string> {
  return ((await loadOrganisationSettings(db)).organisationName ?? FALLBACK_NAME)[lang];
}
