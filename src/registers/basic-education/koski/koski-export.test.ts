// The KOSKI export checked against the KOSKI data model: every object's field names and
// required fields, and every code against its koodisto. The lists below were copied from the
// koski repository (Opetushallitus/koski, commit 180e806b, 2026-08-21):
//   field names   src/main/scala/fi/oph/koski/schema/{Oppija,Henkilo,NuortenPerusopetus,Koodiviite,
//                 Organisaatio,Vahvistus,Laajuus,YleissivistavaKoulutus,Opiskeluoikeus}.scala
//   code sets     src/main/resources/mockdata/koodisto/koodit/<koodistoUri>.json
//   fixed codes   @KoodistoKoodiarvo annotations of the same case classes
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { insertTestPerson } from '../../../../test/fixtures.ts';
import { LANGUAGES, SUBJECT_CODES } from '../assessment/subjects.ts';
import { enrol } from '../pupil/pupil.queries.ts';
import { insertGroup, insertSchool, insertStaff } from '../school/school.queries.ts';
import { koskiExport, PERUSOPETUS_DIAARINUMERO } from './koski-export.ts';

const CODES: Record<string, string[]> = {
  arviointiasteikkoyleissivistava: ['4', '5', '6', '7', '8', '9', '10', 'S', 'H', 'O'],
  koskiopiskeluoikeudentila: ['eronnut', 'hyvaksytystisuoritettu', 'katsotaaneronneeksi', 'keskeytynyt', 'lasna', 'loma', 'mitatoity', 'paattynyt', 'peruutettu', 'valiaikaisestikeskeytynyt', 'valmistunut'],
  perusopetuksenluokkaaste: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  koskioppiaineetyleissivistava: ['A', 'A1', 'A2', 'AI', 'AOM', 'B1', 'B2', 'B3', 'BI', 'ET', 'FI', 'FY', 'GE', 'HI', 'KE', 'KO', 'KS', 'KT', 'KU', 'LI', 'MA', 'MU', 'OP', 'OPA', 'PS', 'TE', 'XX', 'YH', 'YL'],
  oppiaineaidinkielijakirjallisuus: ['AI1', 'AI2', 'AI3', 'AI4', 'AI5', 'AI6', 'AI7', 'AI8', 'AI9', 'AI10', 'AI11', 'AI12', 'AIAI'],
  perusopetuksensuoritustapa: ['koulutus', 'erityinentutkinto'],
  kielivalikoima: '97 AF AM AR AZ BG BN BS CA CMN CS DA DE EL EN ES ET FA FI FIL FR FSE FSS GU HA HE HI HR HU HY ID IG IS IT JA KA KM KMR KN KO KU KX KY LA LN LT LV MK ML MN MNK MR MS NE NL NO PA PL PRS PS PT RI RO RU RW SE SH SI SK SL SME SMN SMS SO SQ SR SS ST SV SW TA TE TH TI TL TR TT UG UK UR VI VK WO XAI11 XAI12 XAI7 XAI8 XX YO YUE ZH fil'.split(' '),
  kieli: '98 99 AA AB AE AF AK AM AN AR AS AV AY AZ BA BE BG BH BI BM BN BO BR BS CA CE CH CO CR CS CU CV CY DA DE DV DZ EE EL EN EO ES ET EU FA FF FI FJ FO FR FY GA GD GG GL GN GU GV HA HE HI HO HR HT HU HY HZ IA ID IE IG II IK IM IO IS IT IU IW JA JE JV KA KE KG KI KJ KK KL KM KN KO KR KS KU KV KW KY LA LB LG LI LN LO LT LU LV MG MH MI MK ML MN MO MR MS MT MY NA NB ND NE NG NL NN NO NR NV NY OC OJ OM OR OS PA PI PL PS PT QU RI RM RN RO RU RW SA SC SD SE SG SH SI SK SL SM SN SO SQ SR SS ST SU SV SW TA TE TG TH TI TK TL TN TO TR TS TT TW TY UG UK UR UZ VE VI VK VO WA WO XH XX YI YO ZA ZH ZU'.split(' '),
};

// A field's type: a scalar, a code of a koodisto (optionally one fixed code), an object of a
// named class, a list, or a union resolved from the value.
type F = 'string' | 'date' | 'boolean' | 'number' | 'localized' | { koodi: string; fixed?: string } | { obj: string } | { list: F } | { union: (v: any) => string };
type Shape = { required: Record<string, F>; optional: Record<string, F> };

const date: F = 'date';
const koodi = (uri: string, fixed?: string): F => ({ koodi: uri, ...(fixed ? { fixed } : {}) });
const obj = (name: string): F => ({ obj: name });
const list = (f: F): F => ({ list: f });
const organisaatio = obj('OidOrganisaatio');

const oppiaine = (v: any) => {
  if (v?.tunniste?.koodistoUri === undefined) return 'NuortenPerusopetuksenPaikallinenOppiaine';
  if (v.tunniste.koodiarvo === 'AI') return 'NuortenPerusopetuksenÄidinkieliJaKirjallisuus';
  if (['A1', 'A2', 'B1', 'B2', 'B3', 'AOM'].includes(v.tunniste.koodiarvo)) return 'NuortenPerusopetuksenVierasTaiToinenKotimainenKieli';
  if (v.tunniste.koodiarvo === 'KT') return 'NuortenPerusopetuksenUskonto';
  return 'MuuNuortenPerusopetuksenOppiaine';
};
const arviointi = (v: any) => (/^\d+$/.test(v?.arvosana?.koodiarvo) ? 'NumeerinenPerusopetuksenOppiaineenArviointi' : 'SanallinenPerusopetuksenOppiaineenArviointi');
const suoritus = (v: any) => (v?.tyyppi?.koodiarvo === 'perusopetuksenoppimaara' ? 'NuortenPerusopetuksenOppimääränSuoritus' : 'PerusopetuksenVuosiluokanSuoritus');
const laajuus: F = obj('LaajuusVuosiviikkotunneissa');
const oppiaineBase = { pakollinen: 'boolean', perusteenDiaarinumero: 'string', laajuus, kuvaus: 'localized' } as const;

// Scala case class fields: `x: Option[…]` and fields with defaults are optional, the rest required.
const SHAPES: Record<string, Shape> = {
  Oppija: { required: { henkilö: obj('TäydellisetHenkilötiedot'), opiskeluoikeudet: list(obj('PerusopetuksenOpiskeluoikeus')) }, optional: {} },
  // We hold neither the oppija OID nor (by design) the henkilötunnus, so oid/hetu are absent.
  TäydellisetHenkilötiedot: { required: { etunimet: 'string', kutsumanimi: 'string', sukunimi: 'string' }, optional: { oid: 'string', hetu: 'string', syntymäaika: date, äidinkieli: koodi('kieli'), kansalaisuus: list(koodi('maatjavaltiot2')), turvakielto: 'boolean' } },
  PerusopetuksenOpiskeluoikeus: {
    required: { tila: obj('NuortenPerusopetuksenOpiskeluoikeudenTila'), suoritukset: list({ union: suoritus }) },
    optional: { oid: 'string', versionumero: 'number', oppilaitos: obj('Oppilaitos'), koulutustoimija: organisaatio, lisätiedot: obj('PerusopetuksenOpiskeluoikeudenLisätiedot'), tyyppi: koodi('opiskeluoikeudentyyppi', 'perusopetus'), alkamispäivä: date, päättymispäivä: date },
  },
  NuortenPerusopetuksenOpiskeluoikeudenTila: { required: { opiskeluoikeusjaksot: list(obj('NuortenPerusopetuksenOpiskeluoikeusjakso')) }, optional: {} },
  NuortenPerusopetuksenOpiskeluoikeusjakso: { required: { alku: date, tila: koodi('koskiopiskeluoikeudentila') }, optional: {} },
  PerusopetuksenOpiskeluoikeudenLisätiedot: { required: {}, optional: { aloittanutEnnenOppivelvollisuutta: 'boolean', kotiopetusjaksot: list(obj('Aikajakso')), ulkomaanjaksot: list(obj('Aikajakso')), kuljetusetu: obj('Aikajakso'), majoitusetu: obj('Aikajakso'), vuosiluokkiinSitoutumatonOpetus: 'boolean' } },
  PerusopetuksenVuosiluokanSuoritus: {
    required: { koulutusmoduuli: obj('PerusopetuksenLuokkaAste'), luokka: 'string', toimipiste: organisaatio, suorituskieli: koodi('kieli') },
    optional: { alkamispäivä: date, vahvistus: obj('HenkilövahvistusPaikkakunnalla'), suoritustapa: koodi('perusopetuksensuoritustapa'), muutSuorituskielet: list(koodi('kieli')), kielikylpykieli: koodi('kieli'), jääLuokalle: 'boolean', käyttäytymisenArvio: obj('PerusopetuksenKäyttäytymisenArviointi'), osasuoritukset: list(obj('NuortenPerusopetuksenOppiaineenSuoritus')), todistuksellaNäkyvätLisätiedot: 'localized', tyyppi: koodi('suorituksentyyppi', 'perusopetuksenvuosiluokka') },
  },
  NuortenPerusopetuksenOppimääränSuoritus: {
    required: { koulutusmoduuli: obj('NuortenPerusopetus'), toimipiste: organisaatio, suoritustapa: koodi('perusopetuksensuoritustapa'), suorituskieli: koodi('kieli') },
    optional: { vahvistus: obj('HenkilövahvistusPaikkakunnalla'), muutSuorituskielet: list(koodi('kieli')), osasuoritukset: list(obj('NuortenPerusopetuksenOppiaineenSuoritus')), todistuksellaNäkyvätLisätiedot: 'localized', tyyppi: koodi('suorituksentyyppi', 'perusopetuksenoppimaara') },
  },
  PerusopetuksenLuokkaAste: { required: { tunniste: koodi('perusopetuksenluokkaaste') }, optional: { perusteenDiaarinumero: 'string', koulutustyyppi: koodi('koulutustyyppi') } },
  NuortenPerusopetus: { required: {}, optional: { perusteenDiaarinumero: 'string', tunniste: koodi('koulutus', '201101'), koulutustyyppi: koodi('koulutustyyppi') } },
  NuortenPerusopetuksenOppiaineenSuoritus: {
    required: { koulutusmoduuli: { union: oppiaine } },
    optional: { yksilöllistettyOppimäärä: 'boolean', rajattuOppimäärä: 'boolean', painotettuOpetus: 'boolean', arviointi: list({ union: arviointi }), suorituskieli: koodi('kieli'), tyyppi: koodi('suorituksentyyppi', 'perusopetuksenoppiaine'), suoritustapa: koodi('perusopetuksensuoritustapa'), luokkaAste: koodi('perusopetuksenluokkaaste') },
  },
  MuuNuortenPerusopetuksenOppiaine: { required: { tunniste: koodi('koskioppiaineetyleissivistava') }, optional: oppiaineBase },
  NuortenPerusopetuksenUskonto: { required: { tunniste: koodi('koskioppiaineetyleissivistava', 'KT') }, optional: oppiaineBase },
  NuortenPerusopetuksenÄidinkieliJaKirjallisuus: { required: { kieli: koodi('oppiaineaidinkielijakirjallisuus') }, optional: { ...oppiaineBase, tunniste: koodi('koskioppiaineetyleissivistava', 'AI') } },
  NuortenPerusopetuksenVierasTaiToinenKotimainenKieli: { required: { tunniste: koodi('koskioppiaineetyleissivistava'), kieli: koodi('kielivalikoima') }, optional: oppiaineBase },
  NuortenPerusopetuksenPaikallinenOppiaine: { required: { tunniste: obj('PaikallinenKoodi'), kuvaus: 'localized' }, optional: { laajuus, perusteenDiaarinumero: 'string', pakollinen: 'boolean' } },
  PaikallinenKoodi: { required: { koodiarvo: 'string', nimi: 'localized' }, optional: { koodistoUri: 'string' } },
  // hyväksytty is a synthetic property: KOSKI returns it and ignores it on input.
  NumeerinenPerusopetuksenOppiaineenArviointi: { required: { arvosana: koodi('arviointiasteikkoyleissivistava') }, optional: { päivä: date, hyväksytty: 'boolean' } },
  SanallinenPerusopetuksenOppiaineenArviointi: { required: {}, optional: { arvosana: koodi('arviointiasteikkoyleissivistava'), kuvaus: 'localized', päivä: date, hyväksytty: 'boolean' } },
  PerusopetuksenKäyttäytymisenArviointi: { required: {}, optional: { arvosana: koodi('arviointiasteikkoyleissivistava'), kuvaus: 'localized', päivä: date } },
  LaajuusVuosiviikkotunneissa: { required: { arvo: 'number' }, optional: { yksikkö: koodi('opintojenlaajuusyksikko', '3') } },
  HenkilövahvistusPaikkakunnalla: { required: { päivä: date, paikkakunta: koodi('kunta'), myöntäjäOrganisaatio: organisaatio, myöntäjäHenkilöt: list(obj('Organisaatiohenkilö')) }, optional: {} },
  Organisaatiohenkilö: { required: { nimi: 'string', titteli: 'localized', organisaatio }, optional: {} },
  Oppilaitos: { required: { oid: 'string' }, optional: { oppilaitosnumero: koodi('oppilaitosnumero'), nimi: 'localized', kotipaikka: koodi('kunta') } },
  OidOrganisaatio: { required: { oid: 'string' }, optional: { nimi: 'localized', kotipaikka: koodi('kunta') } },
  Aikajakso: { required: { alku: date }, optional: { loppu: date } },
};
const KOODISTOKOODIVIITE = ['koodiarvo', 'nimi', 'lyhytNimi', 'koodistoUri', 'koodistoVersio'];
// Organisaatio.scala: OrganisaatioWithOid.oid
const OID = /^1\.2\.246\.562\.(10|99|199)\.\d{11,24}$/;

/** Every way the value breaks the shape, as "path: problem" lines (empty when it fits). */
function check(v: any, f: F, path: string, out: string[]): void {
  if (typeof f === 'string') {
    const ok =
      f === 'date' ? typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) :
      f === 'localized' ? v !== null && typeof v === 'object' && Object.keys(v).length > 0 && Object.entries(v).every(([k, s]) => ['fi', 'sv', 'en'].includes(k) && typeof s === 'string') :
      typeof v === f;
    if (!ok) out.push(`${path}: expected ${f}, got ${JSON.stringify(v)}`);
    return;
  }
  if ('list' in f) {
    if (!Array.isArray(v)) return void out.push(`${path}: expected a list`);
    v.forEach((x, i) => check(x, f.list, `${path}[${i}]`, out));
    return;
  }
  if ('union' in f) return check(v, { obj: f.union(v) }, path, out);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return void out.push(`${path}: expected an object`);
  if ('koodi' in f) {
    for (const k of Object.keys(v)) if (!KOODISTOKOODIVIITE.includes(k)) out.push(`${path}.${k}: not a field of Koodistokoodiviite`);
    if (v.koodistoUri !== f.koodi) out.push(`${path}.koodistoUri: expected ${f.koodi}, got ${v.koodistoUri}`);
    if (typeof v.koodiarvo !== 'string') out.push(`${path}.koodiarvo: missing`);
    if (f.fixed && v.koodiarvo !== f.fixed) out.push(`${path}.koodiarvo: expected ${f.fixed}, got ${v.koodiarvo}`);
    const codes = CODES[f.koodi];
    if (codes && !codes.includes(v.koodiarvo)) out.push(`${path}.koodiarvo: ${v.koodiarvo} is not in koodisto ${f.koodi}`);
    if (f.koodi === 'kunta' && !/^\d{3}$/.test(v.koodiarvo)) out.push(`${path}.koodiarvo: not a kunta code`);
    return;
  }
  const shape = SHAPES[f.obj];
  if (!shape) return void out.push(`${path}: no shape ${f.obj}`);
  for (const k of Object.keys(shape.required)) if (!(k in v)) out.push(`${path}.${k}: required by ${f.obj}`);
  for (const [k, x] of Object.entries(v)) {
    const ft = shape.required[k] ?? shape.optional[k];
    if (!ft) out.push(`${path}.${k}: not a field of ${f.obj}`);
    else if (x !== undefined) check(x, ft, `${path}.${k}`, out);
  }
  if ('oid' in shape.required && !OID.test(v.oid)) out.push(`${path}.oid: not an organisation OID`);
  if (f.obj === 'HenkilövahvistusPaikkakunnalla' && v.myöntäjäHenkilöt?.length < 1) out.push(`${path}.myöntäjäHenkilöt: at least one`);
  if (f.obj === 'NuortenPerusopetuksenOpiskeluoikeudenTila' && v.opiskeluoikeusjaksot?.length < 1) out.push(`${path}.opiskeluoikeusjaksot: at least one`);
}

describeDb('KOSKI export', (ctx) => {
  let pupil: string;
  let out: any;

  beforeAll(async () => {
    pupil = await insertTestPerson(ctx.db, { firstNames: 'Kaisa Maria', lastName: 'Koski', birthDate: '2009-03-03', nativeLanguage: 'fi' });
    await ctx.db.transaction().execute(async (tx) => {
      const a = await insertSchool(tx, { name: 'Koskelan koulu', language: 'fi', oid: '1.2.246.562.10.00000000011', municipalityCode: '091' });
      const b = await insertSchool(tx, { name: 'Forsby skola', language: 'sv', oid: '1.2.246.562.10.00000000022' });
      await insertStaff(tx, { schoolId: a, firstNames: 'Raili', lastName: 'Rehtori', title: 'principal', validFrom: '2015-08-01' });
      const class8 = await insertGroup(tx, { schoolId: a, schoolYear: 2023, name: '8B', kind: 'class', grade: 8 });
      const class9 = await insertGroup(tx, { schoolId: a, schoolYear: 2024, name: '9B', kind: 'class', grade: 9 });
      await enrol(tx, { pupilId: pupil, schoolId: b, classId: null, grade: 0, startDate: '2015-08-12', previousEndReason: null });
      await enrol(tx, { pupilId: pupil, schoolId: b, classId: null, grade: 7, startDate: '2022-08-10', previousEndReason: 'grade_change' });
      await enrol(tx, { pupilId: pupil, schoolId: a, classId: class8, grade: 8, startDate: '2023-08-10', previousEndReason: 'moved_school' });
      await enrol(tx, { pupilId: pupil, schoolId: a, classId: class9, grade: 9, startDate: '2024-08-01', previousEndReason: 'grade_change' });
      await tx.updateTable('be_enrolment').set({ end_date: '2025-06-01', end_reason: 'completed' }).where('pupil_id', '=', pupil).where('end_date', 'is', null).execute();
      const base = { pupil_id: pupil, school_id: a };
      const annual = { ...base, school_year: 2023, grade_level: 8, kind: 'annual', assessed_on: '2024-06-01' };
      const final = { ...base, school_year: 2024, grade_level: 9, kind: 'final', assessed_on: '2025-05-30' };
      await tx
        .insertInto('be_assessment')
        .values([
          { ...annual, subject_code: 'AI', numeric_grade: 8 },
          { ...annual, subject_code: 'A1', language_code: 'EN', numeric_grade: 9 },
          { ...annual, subject_code: 'B1', language_code: 'SV', numeric_grade: 7 },
          { ...annual, subject_code: 'MA', numeric_grade: 6, syllabus: 'individualised' },
          { ...annual, subject_code: 'KT', numeric_grade: 8 },
          { ...annual, subject_code: 'OP', verbal_mark: 'O' },
          { ...annual, subject_code: 'VAL-ohjelmointi', optional: true, weekly_lessons: 1, verbal_mark: 'S' },
          { ...annual, subject_code: 'KAY', numeric_grade: 9 },
          { ...final, subject_code: 'AI', numeric_grade: 9 },
          { ...final, subject_code: 'MA', numeric_grade: 7 },
          { ...final, subject_code: 'LI', optional: true, weekly_lessons: 2, numeric_grade: 10 },
          { ...final, subject_code: 'PAI-teatteri', local_subject: true, weekly_lessons: 1.5, verbal_mark: 'S' },
        ])
        .execute();
      await tx
        .insertInto('be_decision')
        .values([
          { pupil_id: pupil, kind: 'early_start', decided_on: '2015-03-01', valid_from: '2015-08-01', decided_by: 'Opetustoimi', grounds: 'Valmiudet.' },
          { pupil_id: pupil, kind: 'exemption', subject_code: 'LI', decided_on: '2023-09-01', valid_from: '2023-09-01', valid_to: '2023-12-31', decided_by: 'Rehtori', grounds: 'Lääkärinlausunto.' },
        ])
        .execute();
    });
    out = await koskiExport(ctx.db, pupil);
  });

  it('fits the field names, required fields and code sets of the KOSKI data model', () => {
    const problems: string[] = [];
    check(out, obj('Oppija'), 'oppija', problems);
    expect(problems).toEqual([]);
    expect(JSON.stringify(out)).not.toMatch(/\d{6}[-+A-Y]\d{3}[0-9A-Y]/);
  });

  it('uses only codes that exist in the KOSKI koodistot for every subject and language we record', () => {
    expect(SUBJECT_CODES.filter((c) => c !== 'KAY' && !CODES.koskioppiaineetyleissivistava!.includes(c))).toEqual([]);
    expect(Object.keys(LANGUAGES).filter((c) => !CODES.kielivalikoima!.includes(c))).toEqual([]);
  });

  it('gives one study right per school, ended as eronnut on moving and valmistunut on completion, without pre-primary', () => {
    expect(out.henkilö).toEqual({ syntymäaika: '2009-03-03', etunimet: 'Kaisa Maria', kutsumanimi: 'Kaisa', sukunimi: 'Koski', äidinkieli: { koodiarvo: 'FI', koodistoUri: 'kieli' } });
    const [b, a] = out.opiskeluoikeudet;
    expect(out.opiskeluoikeudet).toHaveLength(2);
    expect(b.oppilaitos.oid).toBe('1.2.246.562.10.00000000022');
    expect(b.tila.opiskeluoikeusjaksot.map((j: any) => [j.alku, j.tila.koodiarvo])).toEqual([['2022-08-10', 'lasna'], ['2023-08-09', 'eronnut']]);
    expect(b.suoritukset.map((s: any) => s.koulutusmoduuli.tunniste.koodiarvo)).toEqual(['7']);
    expect(b.suoritukset[0]).toMatchObject({ luokka: '7', suorituskieli: { koodiarvo: 'SV' } });
    expect(b.suoritukset[0].vahvistus).toBeUndefined();
    expect(a.tila.opiskeluoikeusjaksot.map((j: any) => [j.alku, j.tila.koodiarvo])).toEqual([['2023-08-10', 'lasna'], ['2025-06-01', 'valmistunut']]);
    expect([a.alkamispäivä, a.päättymispäivä]).toEqual(['2023-08-10', '2025-06-01']);
    expect(a.lisätiedot).toEqual({ aloittanutEnnenOppivelvollisuutta: true });
  });

  it('maps subjects to KOSKI’s subject classes: mother tongue syllabus, languages, local subjects, passes and individualised syllabi', () => {
    const grade8 = out.opiskeluoikeudet[1].suoritukset.find((s: any) => s.tyyppi.koodiarvo === 'perusopetuksenvuosiluokka' && s.koulutusmoduuli.tunniste.koodiarvo === '8');
    expect(grade8.koulutusmoduuli.perusteenDiaarinumero).toBe(PERUSOPETUS_DIAARINUMERO);
    expect(grade8.luokka).toBe('8B');
    expect(grade8.käyttäytymisenArvio).toEqual({ arvosana: { koodiarvo: '9', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2024-06-01' });
    const by = (code: string) => grade8.osasuoritukset.find((o: any) => o.koulutusmoduuli.tunniste.koodiarvo === code);
    expect(by('AI').koulutusmoduuli.kieli).toEqual({ koodiarvo: 'AI1', koodistoUri: 'oppiaineaidinkielijakirjallisuus' });
    expect(by('A1').koulutusmoduuli.kieli).toEqual({ koodiarvo: 'EN', koodistoUri: 'kielivalikoima' });
    expect(by('MA').yksilöllistettyOppimäärä).toBe(true);
    expect(by('OP').arviointi[0]).toMatchObject({ arvosana: { koodiarvo: 'O' }, hyväksytty: false });
    expect(by('VAL-ohjelmointi')).toMatchObject({
      koulutusmoduuli: { tunniste: { koodiarvo: 'VAL-ohjelmointi', nimi: { fi: 'ohjelmointi' } }, kuvaus: { fi: 'ohjelmointi' }, pakollinen: false, laajuus: { arvo: 1, yksikkö: { koodiarvo: '3' } } },
      arviointi: [{ hyväksytty: true }],
      tyyppi: { koodiarvo: 'perusopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' },
    });
    expect(grade8.osasuoritukset.some((o: any) => o.koulutusmoduuli.tunniste.koodiarvo === 'KAY')).toBe(false);
  });

  it('confirms completed grades and the syllabus with the principal and the school’s municipality', () => {
    const a = out.opiskeluoikeudet[1];
    const grade8 = a.suoritukset.find((s: any) => s.koulutusmoduuli.tunniste?.koodiarvo === '8');
    expect(grade8.vahvistus).toEqual({
      päivä: '2024-06-01',
      paikkakunta: { koodiarvo: '091', koodistoUri: 'kunta' },
      myöntäjäOrganisaatio: { oid: '1.2.246.562.10.00000000011', nimi: { fi: 'Koskelan koulu' } },
      myöntäjäHenkilöt: [{ nimi: 'Raili Rehtori', titteli: { fi: 'rehtori', sv: 'rektor' }, organisaatio: { oid: '1.2.246.562.10.00000000011', nimi: { fi: 'Koskelan koulu' } } }],
    });
    const syllabus = a.suoritukset.find((s: any) => s.tyyppi.koodiarvo === 'perusopetuksenoppimaara');
    expect(syllabus.vahvistus.päivä).toBe('2025-06-01');
    expect(syllabus.koulutusmoduuli).toEqual({ perusteenDiaarinumero: PERUSOPETUS_DIAARINUMERO, tunniste: { koodiarvo: '201101', koodistoUri: 'koulutus' } });
    expect(syllabus.osasuoritukset.map((o: any) => [o.koulutusmoduuli.tunniste.koodiarvo, o.koulutusmoduuli.pakollinen])).toEqual([
      ['AI', true], ['LI', false], ['MA', true], ['PAI-teatteri', false],
    ]);
  });
});
