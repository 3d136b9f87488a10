// A guardian's decisions: placement decisions of their children, and their fee and voucher
// value decisions, each as the PDF the family was sent.
import { Heading, Paragraph } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../i18n/i18n.tsx';
import { AsyncView, Page, useAsync } from '../components/common.tsx';
import { downloadUrl } from '../api/api.ts';
import { useCitizen } from './citizen-app.tsx';
import { useCitizenTexts } from './i18n.ts';

const euros = (n: number, lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { style: 'currency', currency: 'EUR' }).format(n);

export function DecisionsPage() {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const [state] = useAsync(() => api.decisions(), [api]);
  const period = (from: string, to: string | null) => `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  const pdf = (path: string, label: string) => (
    <a href={downloadUrl(path)} target="_blank" rel="noreferrer" aria-label={`${c.decisions.pdf}: ${label}`}>
      {c.decisions.pdf}
    </a>
  );
  return (
    <Page title={c.decisions.title}>
      <AsyncView state={state}>
        {(d) => (
          <>
            <section className="v-section" aria-labelledby="placement-decisions">
              <Heading variant="h2" id="placement-decisions">
                {c.decisions.placement}
              </Heading>
              {d.placementDecisions.length === 0 ? (
                <Paragraph>{c.decisions.none}</Paragraph>
              ) : (
                <table className="v-table" data-testid="citizen-placement-decisions">
                  <thead>
                    <tr>
                      <th scope="col">{c.decisions.decided}</th>
                      <th scope="col">{c.decisions.child}</th>
                      <th scope="col">{c.decisions.unit}</th>
                      <th scope="col">{c.decisions.period}</th>
                      <th scope="col">PDF</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.placementDecisions.map((x) => (
                      <tr key={x.id}>
                        <td>{formatDate(x.decisionDate, lang)}</td>
                        <td>{x.childFirstNames}</td>
                        <td>{x.unitName}</td>
                        <td>{period(x.startDate, x.endDate)}</td>
                        <td>{pdf(`/citizen/ecec/placement-decisions/${x.id}/pdf`, `${x.childFirstNames} ${formatDate(x.decisionDate, lang)}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="v-section" aria-labelledby="fee-decisions">
              <Heading variant="h2" id="fee-decisions">
                {c.decisions.fee}
              </Heading>
              {d.feeDecisions.length === 0 ? (
                <Paragraph>{c.decisions.none}</Paragraph>
              ) : (
                <table className="v-table" data-testid="citizen-fee-decisions">
                  <thead>
                    <tr>
                      <th scope="col">{c.decisions.decided}</th>
                      <th scope="col">{c.decisions.period}</th>
                      <th scope="col">{c.decisions.fee_}</th>
                      <th scope="col">PDF</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.feeDecisions.map((x) => (
                      <tr key={x.id}>
                        <td>{formatDate(x.decisionDate, lang)}</td>
                        <td>{period(x.validFrom, x.validTo)}</td>
                        <td>{euros(x.totalFee, lang)}</td>
                        <td>{pdf(`/citizen/ecec/fee-decisions/${x.id}/pdf`, `${c.decisions.fee} ${formatDate(x.validFrom, lang)}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="v-section" aria-labelledby="voucher-decisions">
              <Heading variant="h2" id="voucher-decisions">
                {c.decisions.voucher}
              </Heading>
              {d.voucherValueDecisions.length === 0 ? (
                <Paragraph>{c.decisions.none}</Paragraph>
              ) : (
                <table className="v-table" data-testid="citizen-voucher-decisions">
                  <thead>
                    <tr>
                      <th scope="col">{c.decisions.decided}</th>
                      <th scope="col">{c.decisions.child}</th>
                      <th scope="col">{c.decisions.period}</th>
                      <th scope="col">{c.decisions.coPayment}</th>
                      <th scope="col">PDF</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.voucherValueDecisions.map((x) => (
                      <tr key={x.id}>
                        <td>{formatDate(x.decisionDate, lang)}</td>
                        <td>{x.childFirstNames}</td>
                        <td>{period(x.validFrom, x.validTo)}</td>
                        <td>{euros(x.coPayment, lang)}</td>
                        <td>{pdf(`/citizen/ecec/voucher-value-decisions/${x.id}/pdf`, `${x.childFirstNames} ${formatDate(x.validFrom, lang)}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </AsyncView>
    </Page>
  );
}
