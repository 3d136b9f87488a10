import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fi, type Translations } from './fi.ts';
import { sv } from './sv.ts';
import { en } from './en.ts';

export type Lang = 'fi' | 'sv' | 'en';
export const languages: Lang[] = ['fi', 'sv', 'en'];
export const translations: Record<Lang, Translations> = { fi, sv, en };
export const isLang = (v: unknown): v is Lang => v === 'fi' || v === 'sv' || v === 'en';

/** A value in all three languages, as the API returns names and error messages. */
export type Localized = Record<Lang, string>;

interface I18nValue {
  lang: Lang;
  t: Translations;
  setLang(lang: Lang): void;
  /** Picks the user's language from an API `{fi, sv, en}` value. */
  l(value: Partial<Localized> | null | undefined): string;
}

const I18nContext = createContext<I18nValue | null>(null);
// Only the language choice is stored in the browser; never personal data.
const STORAGE_KEY = 'varanto.lang';

function initialLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (isLang(stored)) return stored;
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'fi';
  return isLang(nav) ? nav : 'fi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18nValue>(
    () => ({
      lang,
      t: translations[lang],
      setLang: (l) => {
        localStorage.setItem(STORAGE_KEY, l);
        setLangState(l);
      },
      l: (v) => (v ? (v[lang] ?? v.fi ?? v.en ?? '') : ''),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** Formats an ISO date (yyyy-mm-dd) the Finnish/Swedish way d.m.yyyy, English yyyy-mm-dd. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!y || !m || !d) return iso;
  return lang === 'en' ? `${d}/${m}/${y}` : `${Number(d)}.${Number(m)}.${y}`;
}

export function formatDateTime(iso: string, lang: Lang): string {
  const locale = lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB';
  return new Date(iso).toLocaleString(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' });
}
