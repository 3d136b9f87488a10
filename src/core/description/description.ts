// The public description of registers and datasets (Tiedonhallintalaki 906/2019 28 §),
// generated from the module metadata of the enabled registers plus organisation settings.
import type { Lang, Localized } from '../i18n.ts';
import type { RegisterModule } from '../module.ts';
import type { OrganisationSettings } from './settings.ts';

const T = {
  title: {
    fi: 'Asiarekisterit ja tietoaineistot (tiedonhallintalaki 28 §)',
    sv: 'Ärenderegister och informationsmaterial (informationshanteringslagen 28 §)',
    en: 'Case registers and datasets (Act on Information Management, section 28)',
  },
  openInterfacesHeading: {
    fi: 'Tietoaineistojen saatavuus avoimesti teknisen rajapinnan avulla',
    sv: 'Tillgång till informationsmaterial öppet via ett tekniskt gränssnitt',
    en: 'Availability of datasets openly through a technical interface',
  },
  noOpenInterfaces: {
    fi: 'Tietoaineistot eivät ole saatavilla avoimesti teknisen rajapinnan avulla.',
    sv: 'Informationsmaterialet är inte tillgängligt öppet via ett tekniskt gränssnitt.',
    en: 'The datasets are not available openly through a technical interface.',
  },
  allOpenInterfaces: {
    fi: 'Tietoaineistot ovat saatavilla avoimesti teknisen rajapinnan avulla.',
    sv: 'Informationsmaterialet är tillgängligt öppet via ett tekniskt gränssnitt.',
    en: 'The datasets are available openly through a technical interface.',
  },
  someOpenInterfaces: {
    fi: 'Osa tietoaineistoista on saatavilla avoimesti teknisen rajapinnan avulla; ks. rekisterikohtaiset tiedot.',
    sv: 'En del av informationsmaterialet är tillgängligt öppet via ett tekniskt gränssnitt; se uppgifterna per register.',
    en: 'Some datasets are available openly through a technical interface; see each register.',
  },
  registerOpen: { fi: 'Avoin tekninen rajapinta on käytettävissä.', sv: 'Ett öppet tekniskt gränssnitt finns.', en: 'An open technical interface is available.' },
  registerClosed: { fi: 'Avointa teknistä rajapintaa ei ole.', sv: 'Inget öppet tekniskt gränssnitt finns.', en: 'There is no open technical interface.' },
  recordsHeading: {
    fi: 'Esityslistat, pöytäkirjat, viranhaltijapäätökset, sopimukset',
    sv: 'Föredragningslistor, protokoll, tjänsteinnehavarbeslut, avtal',
    en: 'Agendas, minutes, officials’ decisions, contracts',
  },
  purpose: { fi: 'Käyttötarkoitus', sv: 'Ändamål', en: 'Purpose' },
  datasets: { fi: 'Tietoaineistot', sv: 'Informationsmaterial', en: 'Datasets' },
  systems: { fi: 'Tietojärjestelmät', sv: 'Informationssystem', en: 'Information systems' },
  searchKeysHeading: {
    fi: 'Hakutekijät, joilla asiakirjoja on mahdollista hakea',
    sv: 'Sökfaktorer med vilka handlingar kan sökas',
    en: 'Search criteria by which documents can be found',
  },
  searchKeys: {
    fi: 'Tietopyynnöissä voidaan käyttää hakutekijöinä esimerkiksi henkilön nimeä ja henkilötunnusta.',
    sv: 'I begäranden om uppgifter kan till exempel personens namn och personbeteckning användas som sökfaktorer.',
    en: 'In information requests, for example the person’s name and personal identity code can be used as search criteria.',
  },
  retention: { fi: 'Säilytysaika', sv: 'Förvaringstid', en: 'Retention period' },
  legalBasis: { fi: 'Lainsäädäntö', sv: 'Lagstiftning', en: 'Legislation' },
  sensitive: { fi: 'Sisältää salassa pidettäviä tai erityisiä henkilötietoja.', sv: 'Innehåller sekretessbelagda eller särskilda personuppgifter.', en: 'Contains confidential or special category data.' },
  otherLanguages: { fi: 'Muilla kielillä', sv: 'På andra språk', en: 'Other languages' },
} satisfies Record<string, Localized>;

export interface PublicDataset {
  id: string;
  name: string;
  description: string;
  legalBasis: string[];
  retention: { text: string; basis: string; years: number | null; trigger: string };
  sensitive: boolean;
}

export interface PublicRegister {
  id: string;
  name: string;
  purpose: string;
  datasets: PublicDataset[];
  systems: string[];
  openInterfaces: boolean;
  openInterfacesText: string;
  searchKeys: string;
}

export interface PublicDescription {
  lang: Lang;
  title: string;
  organisation: string | null;
  intro: string | null;
  openInterfaces: { heading: string; text: string };
  recordsReference: { heading: string; text: string } | null;
  headings: { purpose: string; datasets: string; systems: string; searchKeys: string; retention: string; legalBasis: string };
  registers: PublicRegister[];
  contact: string | null;
}

/**
 * Builds the description in one language. Everything comes from the registers' metadata,
 * except the organisation's own texts and legacy system names, which are settings.
 *
 * @example
 * buildDescription(allRegisters, await loadOrganisationSettings(db), 'fi').registers[0].datasets
 */
export function buildDescription(registers: RegisterModule[], settings: OrganisationSettings, lang: Lang): PublicDescription {
  const open = registers.filter((r) => r.openInterfaces).length;
  const openText = open === 0 ? T.noOpenInterfaces : open === registers.length ? T.allOpenInterfaces : T.someOpenInterfaces;
  return {
    lang,
    title: settings.title?.[lang] ?? T.title[lang],
    organisation: settings.organisationName?.[lang] ?? null,
    intro: settings.intro?.[lang] ?? null,
    openInterfaces: { heading: T.openInterfacesHeading[lang], text: openText[lang] },
    recordsReference: settings.recordsReference ? { heading: T.recordsHeading[lang], text: settings.recordsReference[lang] } : null,
    headings: {
      purpose: T.purpose[lang],
      datasets: T.datasets[lang],
      systems: T.systems[lang],
      searchKeys: T.searchKeysHeading[lang],
      retention: T.retention[lang],
      legalBasis: T.legalBasis[lang],
    },
    registers: registers.map((r) => ({
      id: r.id,
      name: r.names[lang],
      purpose: r.purpose[lang],
      datasets: r.datasets
        .filter((d) => !d.partOf)
        .map((d) => ({
          id: d.id,
          name: d.names[lang],
          description: [d.description[lang], ...r.datasets.filter((p) => p.partOf === d.id).map((p) => `${p.names[lang]}: ${p.description[lang]}`)].join(' '),
          legalBasis: [...new Set([...d.legalBasis, ...r.datasets.filter((p) => p.partOf === d.id).flatMap((p) => p.legalBasis)])],
          retention: { text: d.retention.text[lang], basis: d.retention.basis, years: d.retention.years, trigger: d.retention.trigger },
          sensitive: (d.sensitive ?? false) || r.datasets.some((p) => p.partOf === d.id && p.sensitive),
        })),
      systems: [...new Set([...r.systems, ...(settings.legacySystems[r.id] ?? [])])],
      openInterfaces: r.openInterfaces,
      openInterfacesText: (r.openInterfaces ? T.registerOpen : T.registerClosed)[lang],
      searchKeys: T.searchKeys[lang],
    })),
    contact: settings.contact?.[lang] ?? null,
  };
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** The HTML page paths of the description, one per language. */
export const DESCRIPTION_PAGES: Record<Lang, string> = { fi: '/kuvaus', sv: '/beskrivning', en: '/description' };

/** A self-contained, accessible HTML page (no scripts), as served at /kuvaus, /beskrivning and /description. */
export function renderDescriptionHtml(d: PublicDescription): string {
  const h = d.headings;
  const others = (Object.keys(DESCRIPTION_PAGES) as Lang[]).filter((l) => l !== d.lang);
  const langName: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };
  const regs = d.registers
    .map(
      (r) => `
<section id="${esc(r.id)}">
  <h2>${esc(r.name)}</h2>
  <p>${esc(r.purpose)}</p>
  <h3>${esc(h.datasets)}</h3>
  <ol>
${r.datasets
  .map(
    (ds) => `    <li><strong>${esc(ds.name)}</strong>${ds.description ? `<br>${esc(ds.description)}` : ''}
      <br><small>${esc(h.retention)}: ${esc(ds.retention.text)} (${esc(ds.retention.basis)})${ds.legalBasis.length ? `; ${esc(h.legalBasis)}: ${esc(ds.legalBasis.join(', '))}` : ''}</small></li>`,
  )
  .join('\n')}
  </ol>
  <h3>${esc(h.systems)}</h3>
  <ol>
${r.systems.map((s) => `    <li>${esc(s)}</li>`).join('\n')}
  </ol>
  <p>${esc(r.openInterfacesText)}</p>
  <h3>${esc(h.searchKeys)}</h3>
  <p>${esc(r.searchKeys)}</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)}${d.organisation ? ` – ${esc(d.organisation)}` : ''}</title>
${others.map((l) => `<link rel="alternate" hreflang="${l}" href="${DESCRIPTION_PAGES[l]}">`).join('\n')}
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}small{color:#444}</style>
</head>
<body>
<nav aria-label="${esc(T.otherLanguages[d.lang])}">${others.map((l) => `<a href="${DESCRIPTION_PAGES[l]}" lang="${l}" hreflang="${l}">${langName[l]}</a>`).join(' | ')}</nav>
<main>
${d.organisation ? `<p><strong>${esc(d.organisation)}</strong></p>` : ''}
<h1>${esc(d.title)}</h1>
${d.intro ? `<p>${esc(d.intro)}</p>` : ''}
<h2>${esc(d.openInterfaces.heading)}</h2>
<p>${esc(d.openInterfaces.text)}</p>
${d.recordsReference ? `<h2>${esc(d.recordsReference.heading)}</h2>\n<p>${esc(d.recordsReference.text)}</p>` : ''}
${regs}
${d.contact ? `<footer><p>${esc(d.contact)}</p></footer>` : ''}
</main>
</body>
</html>
`;
}
