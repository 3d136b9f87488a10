import { useState, type FormEvent } from 'react';
import { Block, Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { ErrorAlert } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import { useCitizenTexts } from '../citizen/i18n.ts';

export function LoginPage() {
  const { t } = useI18n();
  const c = useCitizenTexts();
  const { login, notice } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="v-login">
      <Heading variant="h1" id="page-title">
        {t.login.title}
      </Heading>
      <Paragraph className="v-mb">{t.login.intro}</Paragraph>
      {notice === 'expired' && (
        <InlineAlert status="warning" className="v-mb" data-testid="session-expired">
          {t.login.sessionExpired}
        </InlineAlert>
      )}
      {notice === 'loggedOut' && (
        <InlineAlert status="neutral" className="v-mb" data-testid="logged-out">
          {t.login.loggedOut}
        </InlineAlert>
      )}
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate aria-labelledby="page-title">
        <Block variant="div" mb="m">
          <TextInput
            labelText={t.login.username}
            name="username"
            autoComplete="username"
            value={username}
            onChange={(v) => setUsername(String(v ?? ''))}
            status={touched && !username.trim() ? 'error' : 'default'}
            statusText={touched && !username.trim() ? t.common.fieldRequired : ''}
            fullWidth
          />
        </Block>
        <Block variant="div" mb="m">
          <TextInput
            labelText={t.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(v) => setPassword(String(v ?? ''))}
            status={touched && !password ? 'error' : 'default'}
            statusText={touched && !password ? t.common.fieldRequired : ''}
            fullWidth
          />
        </Block>
        <Button type="submit" disabled={busy}>
          {t.login.submit}
        </Button>
      </form>
      <section className="v-section" aria-labelledby="citizen-login-heading">
        <Heading variant="h2" id="citizen-login-heading">
          {c.loginLink}
        </Heading>
        <Paragraph className="v-mb">{c.loginLinkIntro}</Paragraph>
        <AppLink href="/kuntalainen" data-testid="citizen-login-link">
          {c.loginLink}
        </AppLink>
      </section>
    </div>
  );
}
