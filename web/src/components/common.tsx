import { useEffect, useState, type DependencyList, type ReactNode } from 'react';
import { Heading, InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The message of an error in the user's language. */
export function useErrorText() {
  const { t, l } = useI18n();
  return (e: unknown) => (e instanceof ApiError ? l(e.messages) : t.common.unexpectedError);
}

export function ErrorAlert({ error }: { error: unknown }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <InlineAlert status="error" role="alert" className="v-mb">
      {text(error)}
    </InlineAlert>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <LoadingSpinner status="loading" text={t.common.loading} textAlign="right" variant="small" />;
}

/** A page: its title is the one h1 and the document title. */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t.common.appName}`;
  }, [title, t]);
  return (
    <div className="v-page">
      <div className="v-page-head">
        <Heading variant="h1" id="page-title">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </div>
  );
}

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T };

/** Loads data when the dependencies change; stale answers are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
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

export function AsyncView<T>({ state, children }: { state: AsyncState<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorAlert error={state.error} />;
  return <>{children(state.data)}</>;
}

/** A definition list of label–value pairs. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="v-facts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v === null || v === undefined || v === '' ? '–' : v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** yyyy-mm-dd, also a real calendar date. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
