import type { Lang, Localized } from '../../i18n/i18n.tsx';

/**
 * The subjects of the core curriculum in certificate order, as the server lists them in
 * `src/registers/basic-education/assessment/subjects.ts` (the web bundle does not import server
 * code). The server validates the code; this list only names and orders them.
 */
export interface Subject {
  code: string;
  names: Localized;
  /** A foreign or second national language: the assessment needs a language code. */
  language?: boolean;
}

export const SUBJECTS: Subject[] = [
  { code: 'AI', names: { fi: 'Äidinkieli ja kirjallisuus', sv: 'Modersmål och litteratur', en: 'Mother tongue and literature' } },
  { code: 'A1', names: { fi: 'A1-kieli', sv: 'A1-språk', en: 'A1 language' }, language: true },
  { code: 'A2', names: { fi: 'A2-kieli', sv: 'A2-språk', en: 'A2 language' }, language: true },
  { code: 'B1', names: { fi: 'B1-kieli', sv: 'B1-språk', en: 'B1 language' }, language: true },
  { code: 'B2', names: { fi: 'B2-kieli', sv: 'B2-språk', en: 'B2 language' }, language: true },
  { code: 'MA', names: { fi: 'Matematiikka', sv: 'Matematik', en: 'Mathematics' } },
  { code: 'YL', names: { fi: 'Ympäristöoppi', sv: 'Omgivningslära', en: 'Environmental studies' } },
  { code: 'BI', names: { fi: 'Biologia', sv: 'Biologi', en: 'Biology' } },
  { code: 'GE', names: { fi: 'Maantieto', sv: 'Geografi', en: 'Geography' } },
  { code: 'FY', names: { fi: 'Fysiikka', sv: 'Fysik', en: 'Physics' } },
  { code: 'KE', names: { fi: 'Kemia', sv: 'Kemi', en: 'Chemistry' } },
  { code: 'TE', names: { fi: 'Terveystieto', sv: 'Hälsokunskap', en: 'Health education' } },
  { code: 'KT', names: { fi: 'Uskonto', sv: 'Religion', en: 'Religion' } },
  { code: 'ET', names: { fi: 'Elämänkatsomustieto', sv: 'Livsåskådningskunskap', en: 'Ethics' } },
  { code: 'HI', names: { fi: 'Historia', sv: 'Historia', en: 'History' } },
  { code: 'YH', names: { fi: 'Yhteiskuntaoppi', sv: 'Samhällslära', en: 'Social studies' } },
  { code: 'MU', names: { fi: 'Musiikki', sv: 'Musik', en: 'Music' } },
  { code: 'KU', names: { fi: 'Kuvataide', sv: 'Bildkonst', en: 'Visual arts' } },
  { code: 'KS', names: { fi: 'Käsityö', sv: 'Slöjd', en: 'Crafts' } },
  { code: 'LI', names: { fi: 'Liikunta', sv: 'Gymnastik', en: 'Physical education' } },
  { code: 'KO', names: { fi: 'Kotitalous', sv: 'Huslig ekonomi', en: 'Home economics' } },
  { code: 'OP', names: { fi: 'Oppilaanohjaus', sv: 'Elevhandledning', en: 'Pupil guidance' } },
  { code: 'KAY', names: { fi: 'Käyttäytyminen', sv: 'Uppförande', en: 'Behaviour' } },
];

/** Language codes of A1/A2/B1/B2 subjects offered in the form (named in i18n `basicEducation.languages`). */
export const LANGUAGE_CODES = ['EN', 'SV', 'FI', 'DE', 'FR', 'ES', 'RU'];

export const subjectOrder = (code: string) => {
  const i = SUBJECTS.findIndex((s) => s.code === code);
  return i < 0 ? 100 : i;
};

/** A subject's name; optional (VAL-) and local (PAI-) subjects carry their name in the code. */
export function subjectName(code: string, lang: Lang): string {
  return SUBJECTS.find((s) => s.code === code)?.names[lang] ?? code.replace(/^(VAL|PAI)-/, '');
}
