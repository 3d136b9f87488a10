/** A text in the three languages every user-facing string must have. */
export interface Localized {
  fi: string;
  sv: string;
  en: string;
}
export type Lang = keyof Localized;
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
export const isLang = (s: unknown): s is Lang => s === 'fi' || s === 'sv' || s === 'en';
