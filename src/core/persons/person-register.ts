import { defineRegister, type PersonRecordItem } from '../module.ts';
import type { PersonId } from '../ids.ts';
import { getPersonDetails } from './person.queries.ts';

const L = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const permanent = { text: L('Henkilötiedot säilytetään asiakkuuksien ajan', 'Personuppgifterna bevaras under klientrelationerna', 'Kept for as long as any client relationship'), basis: 'Asiakastietolaki 703/2023 liite', years: 2, trigger: 'death' as const };

/**
 * The core person register seen through the module contract, so that an information request
 * also gives the person their own basic data (GDPR art. 15). It is not one of the published
 * registers (the description lists each register's contact dataset instead) and has no routes.
 */
export const personRegister = defineRegister({
  id: 'persons',
  names: L('Henkilörekisteri (perustiedot)', 'Personregister (grunduppgifter)', 'Person register (basic data)'),
  purpose: L('Asiakkaiden ja heidän omaistensa perustiedot kaikkia rekistereitä varten.', 'Grunduppgifter om klienter och deras anhöriga för alla register.', 'Basic data of clients and their relatives for all registers.'),
  systems: ['Varanto'],
  openInterfaces: false,
  datasets: [
    { id: 'identity', names: L('Henkilö- ja yhteystiedot', 'Person- och kontaktuppgifter', 'Identity and contact details'), description: L('Nimet, henkilötunnus, kielet, kotikunta, osoitteet ja yhteystiedot.', 'Namn, personbeteckning, språk, hemkommun, adresser och kontaktuppgifter.', 'Names, identity code, languages, municipality, addresses and contact details.'), legalBasis: ['Tietosuoja-asetus 6 art. 1 c ja e'], retention: permanent },
    { id: 'relationships', names: L('Perhesuhteet', 'Familjeförhållanden', 'Family relationships'), description: L('Huoltajuus, vanhemmuus ja puolisot voimassaoloaikoineen.', 'Vårdnad, föräldraskap och makar med giltighetstider.', 'Custody, parenthood and partners with their periods.'), legalBasis: ['Tietosuoja-asetus 6 art. 1 c ja e'], retention: permanent },
  ],
  migrations: [],
  roles: [],
  actions: [],
  routes: [],
  statistics: [],
  async findByPerson(db, personId, ctx) {
    // The subject sees their own address also under turvakielto: it hides it from others.
    const p = await getPersonDetails(db, personId, { today: ctx.clock.today(), mayReadNonDisclosed: true });
    if (!p) return [];
    const items: PersonRecordItem[] = [
      {
        id: p.id,
        datasetId: 'identity',
        role: 'subject',
        date: null,
        title: L('Henkilötiedot', 'Personuppgifter', 'Personal details'),
        data: {
          firstNames: p.firstNames, callingName: p.callingName, lastName: p.lastName, previousNames: p.previousNames,
          hetu: p.hetu, birthDate: p.birthDate, sex: p.sex, dateOfDeath: p.dateOfDeath, nativeLanguage: p.nativeLanguage,
          contactLanguage: p.contactLanguage, municipalityCode: p.municipalityCode, phone: p.phone, email: p.email,
          nonDisclosure: p.nonDisclosure, addresses: p.addresses,
        },
      },
    ];
    for (const r of p.relationships) {
      items.push({
        id: `${p.id}:${r.kind}:${r.person.id}:${r.validFrom}`,
        datasetId: 'relationships',
        role: 'subject',
        date: r.validFrom,
        title: L(`Perhesuhde: ${r.kind}`, `Familjeförhållande: ${r.kind}`, `Family relationship: ${r.kind}`),
        // Only the relative's name: their own data is theirs.
        data: { kind: r.kind, name: `${r.person.firstNames} ${r.person.lastName}`, validFrom: r.validFrom, validTo: r.validTo },
        otherPersonIds: [r.person.id as PersonId],
      });
    }
    return items;
  },
});
