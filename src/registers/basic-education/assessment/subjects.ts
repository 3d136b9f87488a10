import type { Localized } from '../../../core/i18n.ts';

/**
 * Subjects of basic education with the KOSKI code (koodisto koskioppiaineetyleissivistava) and
 * the order in which the core curriculum lists them on certificates.
 */
export interface Subject {
  code: string;
  names: Localized;
  /** A foreign or second national language: needs a language code (kielivalikoima). */
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
export const SUBJECT_CODES = SUBJECTS.map((s) => s.code);
/** Optional and local subjects are free codes: a prefix and a short name, e.g. "VAL-ohjelmointi". */
export const isKnownSubject = (code: string) => SUBJECT_CODES.includes(code) || /^(VAL|PAI)-[\p{L}0-9 _-]{1,40}$/u.test(code);
export const subjectOrder = (code: string) => {
  const i = SUBJECT_CODES.indexOf(code);
  return i < 0 ? 100 : i;
};
export function subjectName(code: string, lang: 'fi' | 'sv' | 'en'): string {
  const s = SUBJECTS.find((x) => x.code === code);
  if (s) return s.names[lang];
  return code.replace(/^(VAL|PAI)-/, '');
}

/** Language names for A1/A2/B1/B2 (KOSKI kielivalikoima codes). */
export const LANGUAGES: Record<string, Localized> = {
  EN: { fi: 'englanti', sv: 'engelska', en: 'English' },
  SV: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  FI: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  DE: { fi: 'saksa', sv: 'tyska', en: 'German' },
  FR: { fi: 'ranska', sv: 'franska', en: 'French' },
  ES: { fi: 'espanja', sv: 'spanska', en: 'Spanish' },
  RU: { fi: 'venäjä', sv: 'ryska', en: 'Russian' },
  SE: { fi: 'saame', sv: 'samiska', en: 'Sami' },
  ZH: { fi: 'kiina', sv: 'kinesiska', en: 'Chinese' },
  IT: { fi: 'italia', sv: 'italienska', en: 'Italian' },
};
