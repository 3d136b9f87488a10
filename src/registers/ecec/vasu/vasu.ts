// The child's ECEC plan (varhaiskasvatussuunnitelma, VakaL 23 §): the rules of a new version.
import { badRequest, conflict } from '../../../core/http/errors.ts';

export interface VasuSection {
  id: string;
  title: string;
  content: string;
}

export interface NewVasuVersion {
  sections: VasuSection[];
  visibleToGuardians?: boolean;
  /** The version the author started from (0 for the first); a newer one saved meanwhile is a conflict. */
  basedOnVersion?: number;
}

// jsonb does not keep key order: compare the fields, not the text.
const sameSections = (a: VasuSection[], b: VasuSection[]) =>
  a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.title === b[i]!.title && s.content === b[i]!.content);

const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });

/**
 * Checks a new version against the latest one. Two people editing the same plan must not
 * silently overwrite each other (the later one is told to reload, as in eVaka's document
 * editor); a version that changes nothing is refused, so that the history lists real changes.
 */
export function checkNewVersion(input: NewVasuVersion, latest: { version: number; sections: VasuSection[]; visibleToGuardians: boolean } | null) {
  const current = latest?.version ?? 0;
  if (input.basedOnVersion !== undefined && input.basedOnVersion !== current) {
    throw conflict('vasu_version_conflict', msg(
      `Suunnitelmasta on tallennettu uudempi versio (${current}) muokkauksesi aikana. Lataa suunnitelma uudelleen ja tee muutoksesi siihen.`,
      `En nyare version (${current}) av planen sparades medan du redigerade. Ladda om planen och gör dina ändringar i den.`,
      `A newer version (${current}) of the plan was saved while you were editing. Reload the plan and make your changes to it.`,
    ));
  }
  const ids = new Set<string>();
  for (const s of input.sections) {
    if (ids.has(s.id)) throw badRequest('duplicate_section', msg('Suunnitelmassa on kaksi samaa osiota.', 'Planen har två likadana avsnitt.', 'The plan has the same section twice.'));
    ids.add(s.id);
    if (s.title.trim() === '') throw badRequest('section_title_required', msg('Jokaisella osiolla on oltava otsikko.', 'Varje avsnitt ska ha en rubrik.', 'Every section needs a title.'));
  }
  if (input.sections.every((s) => s.content.trim() === '')) {
    throw badRequest('vasu_empty', msg('Suunnitelma on tyhjä: kirjoita ainakin yhteen osioon.', 'Planen är tom: skriv i minst ett avsnitt.', 'The plan is empty: write in at least one section.'));
  }
  const visible = input.visibleToGuardians ?? false;
  if (latest && visible === latest.visibleToGuardians && sameSections(input.sections, latest.sections)) {
    throw badRequest('vasu_unchanged', msg('Suunnitelmaan ei ole tehty muutoksia edelliseen versioon.', 'Planen har inte ändrats sedan föregående version.', 'Nothing has changed since the previous version.'));
  }
}
