// Form state shared by the management views of the registers: field messages that follow the user's language
// (client checks as text functions, API refusals with their fi/sv/en messages), one message for
// the form as a whole, and a status line after a successful save.
import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { AsyncState } from './common.tsx';
import { ApiError } from '../api/client.ts';
import type { Translations } from '../i18n/fi.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A message on a field: an API refusal (shown in the language chosen now) or a client check. */
export type FieldMessage = ApiError | ((t: Translations) => string);
export type FieldMessages<F extends string> = Partial<Record<F, FieldMessage>>;

export function useManagementForm<F extends string>(fields: readonly F[], codeFields: Record<string, F> = {}) {
  const { t, l } = useI18n();
  const [errors, setErrors] = useState<FieldMessages<F>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [done, setDone] = useState<((t: Translations) => string) | null>(null);
  const [busy, setBusy] = useState(false);
  const text = (m: FieldMessage | undefined) => (m === undefined ? '' : m instanceof ApiError ? l(m.messages) : m(t));

  /** Runs the client checks, then the save; an API refusal lands on its field when it has one. */
  const submit = async (check: () => FieldMessages<F>, save: () => Promise<((t: Translations) => string) | null>) => {
    setDone(null);
    setFormError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    setBusy(true);
    try {
      const message = await save();
      setDone(() => message);
      return true;
    } catch (e) {
      const field = errorField(e, codeFields) as F | null;
      if (field && (fields as readonly string[]).includes(field)) setErrors({ [field]: e as ApiError } as FieldMessages<F>);
      else setFormError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Props of a suomifi input for a field: error status and the message in the user's language. */
  const statusOf = (f: F) => (errors[f] ? { status: 'error' as const, statusText: text(errors[f]) } : { status: 'default' as const, statusText: '' });

  return { errors, formError, done: done ? done(t) : '', busy, submit, statusOf, clearDone: () => setDone(null) };
}

/** Parses a number as typed in Finnish or Swedish (decimal comma) or English; NaN when not one. */
export function parseNumber(s: string): number {
  const v = s.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
}

/**
 * Like useAsync, but a reload after a save keeps showing the data until the new answer comes:
 * the forms below stay mounted, with their status message and focus.
 */
export function useReloadable<T>(load: () => Promise<T>, deps: DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [n, setN] = useState(0);
  const last = useRef(deps);
  useEffect(() => {
    let live = true;
    const changed = deps.some((d, i) => d !== last.current[i]);
    last.current = deps;
    if (changed) setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ok', data }),
      (error) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, n]);
  return [state, () => setN((x) => x + 1)];
}

/**
 * The form field an API error belongs to: the field named by a schema validation error
 * (`details.field`), or the field a known error code concerns. Null when the error is the
 * form's as a whole.
 */
export function errorField(e: unknown, codes: Record<string, string> = {}): string | null {
  if (!(e instanceof ApiError)) return null;
  const field = e.details?.field;
  if (e.code === 'validation' && typeof field === 'string') return field.split('.')[0] ?? null;
  if (typeof field === 'string' && !codes[e.code]) return field;
  return codes[e.code] ?? null;
}

/** '' → null, trimmed otherwise: optional text fields of the forms. */
export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
