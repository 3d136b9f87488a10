// Adding a person to the person register by hand: a newborn or a newcomer not yet in an import,
// or a person with no henkilötunnus (a foreign client). The henkilötunnus travels in the POST
// body only, and the page goes to the new card by its opaque id.
import { useState, type FormEvent } from 'react';
import { Block, Button, Checkbox, Dropdown, DropdownItem, Heading, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { ErrorAlert, isIsoDate, Page } from '../components/common.tsx';
import { navigate } from '../router.tsx';
import { isValidHetu } from '../hetu.ts';
import type { PostPersonsBody } from '../generated/api-client.ts';

type Field = 'hetu' | 'firstNames' | 'lastName' | 'birthDate' | 'email' | 'postalCode' | 'streetAddress' | 'validFrom';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function PersonCreatePage() {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const c = t.personCreate;
  const [v, setV] = useState({
    hetu: '',
    firstNames: '',
    callingName: '',
    lastName: '',
    birthDate: '',
    sex: '',
    contactLanguage: 'fi',
    nativeLanguage: '',
    municipalityCode: '',
    phone: '',
    email: '',
    nonDisclosure: false,
    streetAddress: '',
    postalCode: '',
    postOffice: '',
    validFrom: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (x: unknown) => setV((old) => ({ ...old, [k]: typeof old[k] === 'boolean' ? Boolean(x) : String(x ?? '') }));

  const validate = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    const hetu = v.hetu.trim().toUpperCase();
    if (hetu && !isValidHetu(hetu)) e.hetu = t.search.hetuInvalid;
    if (!v.firstNames.trim()) e.firstNames = t.common.fieldRequired;
    if (!v.lastName.trim()) e.lastName = t.common.fieldRequired;
    // Without a henkilötunnus the birth date is what tells persons of the same name apart.
    if (!hetu && !v.birthDate.trim()) e.birthDate = c.birthDateRequired;
    if (v.birthDate.trim() && !isIsoDate(v.birthDate.trim())) e.birthDate = t.common.invalidDate;
    if (v.email.trim() && !EMAIL.test(v.email.trim())) e.email = c.emailInvalid;
    const anyAddress = v.streetAddress.trim() || v.postalCode.trim() || v.postOffice.trim();
    if (anyAddress && !v.streetAddress.trim()) e.streetAddress = t.common.fieldRequired;
    if (v.postalCode.trim() && !/^[0-9]{5}$/.test(v.postalCode.trim())) e.postalCode = c.postalCodeInvalid;
    if (v.validFrom.trim() && !isIsoDate(v.validFrom.trim())) e.validFrom = t.common.invalidDate;
    return e;
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const opt = (s: string) => (s.trim() ? s.trim() : null);
    const body: PostPersonsBody = {
      hetu: opt(v.hetu.toUpperCase()),
      firstNames: v.firstNames.trim(),
      callingName: opt(v.callingName),
      lastName: v.lastName.trim(),
      birthDate: opt(v.birthDate),
      sex: (opt(v.sex) as 'male' | 'female' | null) ?? null,
      contactLanguage: v.contactLanguage as 'fi' | 'sv' | 'en',
      nativeLanguage: opt(v.nativeLanguage),
      municipalityCode: opt(v.municipalityCode),
      phone: opt(v.phone),
      email: opt(v.email),
      nonDisclosure: v.nonDisclosure,
      address: v.streetAddress.trim()
        ? { streetAddress: v.streetAddress.trim(), postalCode: opt(v.postalCode), postOffice: opt(v.postOffice), validFrom: opt(v.validFrom) ?? new Date().toISOString().slice(0, 10) }
        : null,
    };
    setBusy(true);
    try {
      const res = await api.createPerson(body);
      navigate(`/persons/${res.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const input = (k: Field | 'callingName' | 'nativeLanguage' | 'municipalityCode' | 'phone' | 'postOffice', label: string, hint?: string) => (
    <Block variant="div" mb="s">
      <TextInput
        labelText={label}
        {...(hint ? { hintText: hint } : {})}
        {...(['firstNames', 'lastName'].includes(k) ? {} : { optionalText: c.optional })}
        name={k}
        autoComplete="off"
        value={v[k]}
        onChange={set(k)}
        status={errors[k as Field] ? 'error' : 'default'}
        statusText={errors[k as Field] ?? ''}
        fullWidth
      />
    </Block>
  );

  return (
    <Page title={c.title}>
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate aria-labelledby="page-title" className="v-form">
        <Heading variant="h2">{c.identity}</Heading>
        {input('hetu', t.search.hetu, c.hetuHint)}
        {input('firstNames', c.firstNames)}
        {input('callingName', c.callingName)}
        {input('lastName', c.lastName)}
        {input('birthDate', c.birthDate, c.birthDateHint)}
        <Block variant="div" mb="s">
          <Dropdown labelText={c.sex} name="sex" value={v.sex || 'unknown'} onChange={(x) => set('sex')(x === 'unknown' ? '' : x)}>
            <DropdownItem value="unknown">{c.sexUnknown}</DropdownItem>
            <DropdownItem value="female">{c.female}</DropdownItem>
            <DropdownItem value="male">{c.male}</DropdownItem>
          </Dropdown>
        </Block>
        <Heading variant="h2">{c.contact}</Heading>
        <Block variant="div" mb="s">
          <Dropdown labelText={c.contactLanguage} name="contactLanguage" value={v.contactLanguage} onChange={set('contactLanguage')}>
            <DropdownItem value="fi">Suomi</DropdownItem>
            <DropdownItem value="sv">Svenska</DropdownItem>
            <DropdownItem value="en">English</DropdownItem>
          </Dropdown>
        </Block>
        {input('nativeLanguage', c.nativeLanguage, c.nativeLanguageHint)}
        {input('municipalityCode', c.municipalityCode, c.municipalityCodeHint)}
        {input('phone', c.phone)}
        {input('email', c.email)}
        <Block variant="div" mb="s">
          <Checkbox checked={v.nonDisclosure} onClick={({ checkboxState }) => set('nonDisclosure')(checkboxState)} hintText={c.nonDisclosureHint}>
            {c.nonDisclosure}
          </Checkbox>
        </Block>
        <Heading variant="h2">{c.address}</Heading>
        {input('streetAddress', c.streetAddress)}
        {input('postalCode', c.postalCode)}
        {input('postOffice', c.postOffice)}
        {input('validFrom', c.validFrom, c.validFromHint)}
        <Button type="submit" disabled={busy}>
          {c.submit}
        </Button>
      </form>
    </Page>
  );
}
