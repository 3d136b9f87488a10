import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeDb } from './db.ts';
import { testApp } from './http.ts';
import { allRegisters } from '../src/registers/index.ts';
import { defineAction, globalRole } from '../src/core/access/actions.ts';
import { defineRoute } from '../src/core/http/route.ts';
import { defineRegister, type RegisterModule } from '../src/core/module.ts';
import { buildDescription, renderDescriptionHtml } from '../src/core/description/description.ts';
import { SETTING_KEYS, type OrganisationSettings } from '../src/core/description/settings.ts';

// The organisation's published descriptions, in shared/ beside the repository.
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

interface SeedRegister {
  file: string;
  title: string;
  datasets: string[];
}

/** The registers of the seed descriptions: the title two paragraphs above "Tietoaineistot" and the numbered list under it. */
function parseSeed(file: string, text: string): SeedRegister[] {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
  const out: SeedRegister[] = [];
  lines.forEach((line, i) => {
    if (line !== 'Tietoaineistot') return;
    const datasets: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const m = /^\d+\.\s+(.*)$/.exec(lines[j]!);
      if (!m) break;
      datasets.push(m[1]!);
    }
    out.push({ file, title: lines[i - 2]!, datasets });
  });
  return out;
}

const seedRegisters = (() => {
  try {
    return readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => parseSeed(f, readFileSync(SEEDS + f, 'utf8')));
  } catch {
    return null;
  }
})();

/** "Sijoitus- ja maksupäätökset" and "Sijoitus ja maksupäätökset" are the same dataset. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/-\s+(ja|tai)\s/g, ' $1 ')
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const noSettings: OrganisationSettings = { organisationName: null, title: null, intro: null, recordsReference: null, legacySystems: {}, contact: null };

/** A register that uses every part of the contract the description reads, and the rest with minimal content. */
const example: RegisterModule = defineRegister({
  id: 'sample',
  names: { fi: 'Näytepalveluiden tietovaranto', sv: 'Informationsresurs för provtjänster', en: 'Sample services register' },
  purpose: { fi: 'Näytepalveluiden järjestäminen.', sv: 'Ordnande av provtjänster.', en: 'Providing sample services.' },
  systems: ['Näyte 2.0'],
  openInterfaces: true,
  datasets: [
    {
      id: 'clients',
      names: { fi: 'Asiakkaan yhteystiedot', sv: 'Klientens kontaktuppgifter', en: 'Client contact details' },
      description: { fi: 'Nimi ja osoite.', sv: 'Namn och adress.', en: 'Name and address.' },
      legalBasis: ['Laki näytteistä 1/2000'],
      retention: { text: { fi: '5 vuotta', sv: '5 år', en: '5 years' }, basis: 'KA/1', years: 5, trigger: 'case_closed' },
    },
    {
      id: 'records',
      names: { fi: 'Asiakaskertomus <luottamuksellinen>', sv: 'Klientberättelse', en: 'Client record' },
      description: { fi: 'Kirjaukset.', sv: 'Anteckningar.', en: 'Entries.' },
      legalBasis: [],
      retention: { text: { fi: 'Pysyvästi', sv: 'Permanent', en: 'Permanently' }, basis: 'KA/2', years: null, trigger: 'permanent' },
      sensitive: true,
    },
  ],
  migrations: [],
  roles: [{ id: 'sample.worker', names: { fi: 'Työntekijä', sv: 'Arbetare', en: 'Worker' }, scope: 'unit' } as any],
  actions: [defineAction('sample.Record.READ', 'person', globalRole('sample.worker'))],
  routes: [defineRoute({ method: 'GET', url: '/sample/ping', summary: 'ping', action: 'sample.Record.READ', audit: null, schema: {}, handler: async () => ({}) })],
  findByPerson: async () => [],
  statistics: [],
});

describe('public description', () => {
  it('reads six registers from the seed descriptions', () => {
    expect(seedRegisters, `seed files under ${SEEDS}`).not.toBeNull();
    expect(seedRegisters!.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Perusopetuksen tietovaranto', 'Varhaiskasvatuksen tietovaranto', 'Kirjastopalveluiden asiakasrekisteri', 'Ikäihmisten palveluiden tietovaranto']),
    );
    expect(seedRegisters!.every((s) => s.datasets.length >= 4)).toBe(true);
  });

  it('lists in Finnish the same registers and datasets as the seeds for every register in the registry list', () => {
    const d = buildDescription(allRegisters, noSettings, 'fi');
    const html = renderDescriptionHtml(d);
    for (const r of d.registers) {
      const seeds = seedRegisters!.filter((s) => norm(s.title) === norm(r.name));
      expect(seeds.map((s) => s.title), `register ${r.id} "${r.name}" is a register of the seeds`).not.toEqual([]);
      const generated = r.datasets.map((x) => norm(x.name)).sort();
      const matches = seeds.some((s) => JSON.stringify(s.datasets.map(norm).sort()) === JSON.stringify(generated));
      expect(matches, `datasets of ${r.id}: ${generated.join(' | ')}\nseeds: ${seeds.map((s) => s.datasets.map(norm).join(' | ')).join('\n')}`).toBe(true);
      expect(html).toContain(`<h2>${r.name}</h2>`);
      expect(r.searchKeys).toContain('henkilön nimeä ja henkilötunnusta');
    }
    expect(d.registers.map((r) => r.id)).toEqual(allRegisters.map((r) => r.id));
  });

  it('builds every part of the description from the module contract and the organisation settings', () => {
    const settings: OrganisationSettings = {
      ...noSettings,
      organisationName: { fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun', en: 'Municipality of Esimerkkilä' },
      recordsReference: { fi: 'Katso hallintopalvelut, asianhallintarekisteri.', sv: 'Se förvaltningstjänster.', en: 'See administration.' },
      legacySystems: { sample: ['Vanha Näyte'] },
    };
    const sv = buildDescription([example], settings, 'sv');
    expect(sv).toMatchObject({
      organisation: 'Exempelby kommun',
      openInterfaces: { text: 'Informationsmaterialet är tillgängligt öppet via ett tekniskt gränssnitt.' },
      recordsReference: { text: 'Se förvaltningstjänster.' },
    });
    expect(sv.registers[0]).toMatchObject({
      id: 'sample',
      name: 'Informationsresurs för provtjänster',
      purpose: 'Ordnande av provtjänster.',
      systems: ['Näyte 2.0', 'Vanha Näyte'],
      openInterfaces: true,
    });
    expect(sv.registers[0]!.datasets).toEqual([
      expect.objectContaining({ name: 'Klientens kontaktuppgifter', legalBasis: ['Laki näytteistä 1/2000'], retention: expect.objectContaining({ text: '5 år', years: 5 }), sensitive: false }),
      expect.objectContaining({ name: 'Klientberättelse', sensitive: true }),
    ]);
    const fi = renderDescriptionHtml(buildDescription([example], settings, 'fi'));
    expect(fi).toContain('<html lang="fi">');
    expect(fi).toContain('Asiakaskertomus &lt;luottamuksellinen&gt;');
    expect(fi).not.toContain('<luottamuksellinen>');
    expect(fi).toContain('href="/beskrivning"');
    const closed = buildDescription([{ ...example, openInterfaces: false }], noSettings, 'fi');
    expect(closed.openInterfaces.text).toBe('Tietoaineistot eivät ole saatavilla avoimesti teknisen rajapinnan avulla.');
    expect(closed.recordsReference).toBeNull();
  });
});

describeDb(
  'public description over HTTP',
  (ctx) => {
    it('serves the description as JSON and as HTML pages in three languages from configuration, without logging anyone', async () => {
      await ctx.db
        .insertInto('organisation_setting')
        .values([
          { key: SETTING_KEYS.organisationName, value: JSON.stringify({ fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun', en: 'Municipality of Esimerkkilä' }) },
          { key: SETTING_KEYS.intro, value: JSON.stringify('Sivistyspalveluiden hallinnoimat tietovarannot.') },
          { key: SETTING_KEYS.legacySystems, value: JSON.stringify({ sample: ['Vanha Näyte'] }) },
        ])
        .execute();
      const t = await testApp(ctx.database, { registers: [example] });
      const before = await ctx.db.selectFrom('audit_event').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const json = await t.anonymous.get('/api/v1/public/description?lang=en');
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({ lang: 'en', organisation: 'Municipality of Esimerkkilä', intro: 'Sivistyspalveluiden hallinnoimat tietovarannot.' });
      expect(json.body.registers[0].systems).toEqual(['Näyte 2.0', 'Vanha Näyte']);
      const bad = await t.anonymous.get('/api/v1/public/description?lang=de');
      expect(bad.status).toBe(400);
      for (const [path, lang, heading] of [
        ['/kuvaus', 'fi', 'Tietoaineistot'],
        ['/beskrivning', 'sv', 'Informationsmaterial'],
        ['/description', 'en', 'Datasets'],
      ] as const) {
        const page = await t.anonymous.get(path);
        expect(page.status).toBe(200);
        expect(page.headers['content-type']).toContain('text/html');
        expect(page.raw).toContain(`<html lang="${lang}">`);
        expect(page.raw).toContain(`<h3>${heading}</h3>`);
        expect(page.raw).toContain('Vanha Näyte');
      }
      const after = await ctx.db.selectFrom('audit_event').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
      await t.close();
    });
  },
  [example],
);
