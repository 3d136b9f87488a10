import { Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, Page, useAsync } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import { registerViews } from '../registers/index.ts';

export function HomePage() {
  const { t, l } = useI18n();
  const { me, api } = useAuthenticated();
  const [registers] = useAsync(() => api.registers(), [api]);
  return (
    <Page title={`${t.home.title}, ${me.user.displayName}`}>
      <section aria-labelledby="roles-h" className="v-section">
        <Heading variant="h2" id="roles-h">
          {t.home.roles}
        </Heading>
        <ul>
          {me.user.grants.map((g, i) => (
            <li key={i}>
              {l(g.roleNames)} — {g.unitName ?? t.home.globalScope}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="registers-h" className="v-section">
        <Heading variant="h2" id="registers-h">
          {t.home.yourRegisters}
        </Heading>
        <AsyncView state={registers}>
          {({ registers: all }) => {
            const mine = all.filter((r) => me.registers.includes(r.id));
            if (mine.length === 0) return <Paragraph>{t.home.noRegisters}</Paragraph>;
            return (
              <ul className="v-cards">
                {mine.map((r) => {
                  const view = registerViews[r.id];
                  const first = view?.pages.find((p) => !p.action || me.permissions.includes(p.action));
                  return (
                    <li key={r.id} className="v-card">
                      <Heading variant="h3">{first ? <AppLink href={first.path}>{l(r.names)}</AppLink> : l(r.names)}</Heading>
                      <Paragraph>
                        {t.home.datasets}: {r.datasets.map((d) => l(d.names)).join(', ')}
                      </Paragraph>
                    </li>
                  );
                })}
              </ul>
            );
          }}
        </AsyncView>
      </section>
    </Page>
  );
}
