// The residents' login: Suomi.fi identification, and in the demo the test identification (the
// henkilötunnus typed into a form and sent in the POST body, never in a URL).
import { useState, type FormEvent } from 'react';
import { Block, Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { AppLink } from '../router.tsx';
import { AsyncView, ErrorAlert, useAsync } from '../components/common.tsx';
import { useCitizenSession } from './citizen-app.tsx';
import { useCitizenTexts } from './i18n.ts';

export function CitizenLoginPage() {
  const { t } = useI18n();
  const c = useCitizenTexts();
  const { api, testLogin, notice } = useCitizenSession();
  const [options] = useAsync(() => api.loginOptions(), [api]);
  const [hetu, setHetu] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!hetu.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await testLogin(hetu.trim());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="v-login">
      <Heading variant="h1" id="page-title">
        {c.login.title}
      </Heading>
      <Paragraph className="v-mb">{c.login.intro}</Paragraph>
      {notice === 'expired' && (
        <InlineAlert status="warning" className="v-mb" data-testid="citizen-session-expired">
          {c.login.expired}
        </InlineAlert>
      )}
      {notice === 'loggedOut' && (
        <InlineAlert status="neutral" className="v-mb" data-testid="citizen-logged-out">
          {c.login.loggedOut}
        </InlineAlert>
      )}
      <AsyncView state={options}>
        {(o) => (
          <>
            {o.suomifi && (
              <Block variant="div" mb="l">
                <a className="v-button-link" href="/api/v1/citizen/auth/suomifi/login" data-testid="suomifi-login">
                  {c.login.suomifi}
                </a>
              </Block>
            )}
            {!o.suomifi && !o.testLogin && <Paragraph>{c.login.none}</Paragraph>}
            {o.testLogin && (
              <section className="v-section" aria-labelledby="test-login-heading">
                <Heading variant="h2" id="test-login-heading">
                  {c.login.testTitle}
                </Heading>
                <Paragraph className="v-mb">{c.login.testIntro}</Paragraph>
                <ErrorAlert error={error} />
                <form onSubmit={submit} noValidate aria-labelledby="test-login-heading" data-testid="test-login-form">
                  <Block variant="div" mb="m">
                    <TextInput
                      labelText={c.login.hetu}
                      name="hetu"
                      autoComplete="off"
                      value={hetu}
                      onChange={(v) => setHetu(String(v ?? ''))}
                      status={touched && !hetu.trim() ? 'error' : 'default'}
                      statusText={touched && !hetu.trim() ? t.common.fieldRequired : ''}
                    />
                  </Block>
                  <Button type="submit" disabled={busy} data-testid="test-login-submit">
                    {c.login.submit}
                  </Button>
                </form>
                {o.demoResidents.length > 0 && (
                  <>
                    <Heading variant="h3">
                      {c.login.demoResidents}
                    </Heading>
                    <ul className="v-plain-list" data-testid="demo-residents">
                      {o.demoResidents.map((r) => (
                        <li key={r.hetu}>
                          <Button variant="secondaryNoBorder" onClick={() => setHetu(r.hetu)} aria-label={`${c.login.useResident}: ${r.name}`}>
                            {r.name}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            )}
          </>
        )}
      </AsyncView>
      <div className="v-section">
        <AppLink href="/">{c.staffLogin}</AppLink>
      </div>
    </div>
  );
}
