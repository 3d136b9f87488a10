// Name, street and postal-area lists for the synthetic population (synthetic.ts).
//
// The lists are common names, not people: combinations are drawn at random, so any match with
// a real person is a coincidence. Finnish given names are split into three birth cohorts so that
// a person born in 1940 is called Pirkko or Pentti and one born in 2015 Aino or Eino.

/** A surname in its male and female form; the same string for Finnish and Swedish surnames. */
export interface SurnameForms {
  readonly m: string;
  readonly f: string;
}

export interface NameCohorts {
  /** Born before 1960. */
  readonly old: readonly string[];
  /** Born 1960–1989. */
  readonly mid: readonly string[];
  /** Born 1990 or later. */
  readonly young: readonly string[];
}

export const FINNISH_MALE_FIRST_NAMES: NameCohorts = {
  old: [
    'Pentti', 'Matti', 'Kari', 'Erkki', 'Veikko', 'Pekka', 'Heikki', 'Seppo', 'Raimo', 'Jorma',
    'Kalevi', 'Esko', 'Markku', 'Ilkka', 'Reijo', 'Martti', 'Tapani', 'Olavi', 'Unto', 'Aarne',
    'Eero', 'Osmo', 'Paavo', 'Tauno', 'Väinö', 'Yrjö', 'Arvo', 'Keijo', 'Pertti', 'Kauko',
    'Lasse', 'Risto', 'Hannu', 'Aulis', 'Sulo',
  ],
  mid: [
    'Mika', 'Timo', 'Jari', 'Juha', 'Jukka', 'Sami', 'Marko', 'Petri', 'Janne', 'Mikko',
    'Tommi', 'Antti', 'Ville', 'Tuomas', 'Jussi', 'Teemu', 'Harri', 'Ari', 'Kimmo', 'Vesa',
    'Pasi', 'Jyrki', 'Tero', 'Jarmo', 'Toni', 'Sampo', 'Arto', 'Esa', 'Jouni', 'Panu',
    'Jani', 'Kalle',
  ],
  young: [
    'Eino', 'Väinö', 'Onni', 'Leo', 'Elias', 'Oliver', 'Aapo', 'Eelis', 'Niilo', 'Veeti',
    'Joona', 'Aleksi', 'Lauri', 'Juho', 'Eetu', 'Otto', 'Emil', 'Aatu', 'Akseli', 'Valtteri',
    'Rasmus', 'Leevi', 'Matias', 'Niko', 'Joel', 'Lenni', 'Toivo', 'Hugo', 'Eemeli', 'Iiro',
    'Santeri', 'Arttu', 'Severi', 'Nooa', 'Julius', 'Viljami', 'Peetu', 'Ilmari',
  ],
};

export const FINNISH_FEMALE_FIRST_NAMES: NameCohorts = {
  old: [
    'Pirkko', 'Tuula', 'Anneli', 'Ritva', 'Marjatta', 'Leena', 'Sirkka', 'Liisa', 'Eeva', 'Helena',
    'Kaarina', 'Raili', 'Pirjo', 'Seija', 'Sinikka', 'Marja', 'Terttu', 'Hilkka', 'Aili', 'Irma',
    'Irja', 'Kyllikki', 'Maire', 'Aune', 'Orvokki', 'Hellevi', 'Annikki', 'Eila', 'Kaija', 'Leila',
    'Elvi', 'Lempi', 'Tyyne', 'Sylvi', 'Rauha', 'Kirsti',
  ],
  mid: [
    'Päivi', 'Sirpa', 'Minna', 'Tiina', 'Sari', 'Johanna', 'Kirsi', 'Satu', 'Marjo', 'Hanna',
    'Susanna', 'Jaana', 'Heidi', 'Katja', 'Riikka', 'Anu', 'Nina', 'Pia', 'Elina', 'Laura',
    'Jenni', 'Anna', 'Sanna', 'Niina', 'Mervi', 'Henna', 'Suvi', 'Tanja', 'Salla', 'Outi',
    'Kaisa', 'Merja', 'Mari', 'Tuija',
  ],
  young: [
    'Aino', 'Helmi', 'Aada', 'Sofia', 'Eevi', 'Emma', 'Ella', 'Olivia', 'Lilja', 'Venla',
    'Iida', 'Linnea', 'Pihla', 'Enni', 'Isla', 'Elli', 'Emilia', 'Kerttu', 'Siiri', 'Vilma',
    'Veera', 'Sara', 'Julia', 'Nella', 'Oona', 'Milla', 'Saana', 'Kaisla', 'Ilona', 'Lumi',
    'Hilla', 'Alma', 'Elsa', 'Hertta', 'Aurora', 'Martta', 'Inka', 'Selma', 'Iines',
  ],
};

/** Second and third given names (toinen/kolmas etunimi): the classic ones of every cohort. */
export const FINNISH_MALE_MIDDLE_NAMES: readonly string[] = [
  'Johannes', 'Juhani', 'Antero', 'Kalevi', 'Olavi', 'Tapani', 'Ilmari', 'Mikael', 'Henrik',
  'Kristian', 'Aleksanteri', 'Oskari', 'Petteri', 'Tapio', 'Einari', 'Armas', 'Edvard', 'Sakari',
  'Aukusti', 'Valtteri', 'Matias', 'Eemil', 'Kustaa', 'Vilhelm',
];

export const FINNISH_FEMALE_MIDDLE_NAMES: readonly string[] = [
  'Maria', 'Johanna', 'Kaarina', 'Elina', 'Annikki', 'Sofia', 'Helena', 'Kristiina', 'Marjatta',
  'Inkeri', 'Orvokki', 'Susanna', 'Katariina', 'Emilia', 'Amanda', 'Elisabet', 'Tuulikki',
  'Hannele', 'Mirjami', 'Anneli', 'Eveliina', 'Aleksandra', 'Josefiina', 'Lyydia',
];

export const SWEDISH_MALE_FIRST_NAMES: readonly string[] = [
  'Anders', 'Bengt', 'Björn', 'Carl', 'Christer', 'Erik', 'Fredrik', 'Gustav', 'Göran', 'Håkan',
  'Henrik', 'Jan', 'Johan', 'Kaj', 'Lars', 'Leif', 'Magnus', 'Mats', 'Mikael', 'Nils',
  'Olof', 'Patrik', 'Rolf', 'Stefan', 'Sten', 'Tor', 'Ulf', 'Viktor', 'Oskar', 'Axel',
  'Isak', 'Ludvig', 'William', 'Alexander', 'Sebastian', 'Måns', 'Pär', 'Sixten', 'Ragnar',
  'Torbjörn', 'Holger', 'Edvin',
];

export const SWEDISH_FEMALE_FIRST_NAMES: readonly string[] = [
  'Anna', 'Annika', 'Birgitta', 'Britt', 'Camilla', 'Cecilia', 'Christina', 'Elin', 'Ellen',
  'Eva', 'Ingrid', 'Karin', 'Kerstin', 'Linnéa', 'Margareta', 'Marianne', 'Monica', 'Sara',
  'Ulla', 'Ulrika', 'Åsa', 'Ebba', 'Alva', 'Ida', 'Signe', 'Vera', 'Wilma', 'Astrid', 'Saga',
  'Maja', 'Gunilla', 'Solveig', 'Märta', 'Inger', 'Barbro', 'Siv', 'Ann-Christin', 'Stina',
];

export const FINNISH_SURNAMES: readonly string[] = [
  'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen',
  'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi',
  'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen',
  'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Hiltunen', 'Leinonen',
  'Miettinen', 'Hirvonen', 'Aaltonen', 'Pitkänen', 'Manninen', 'Väisänen', 'Ojala', 'Hakala',
  'Hyvönen', 'Kallio', 'Leppänen', 'Räsänen', 'Laaksonen', 'Anttila', 'Lehto', 'Nurmi',
  'Rissanen', 'Koivisto', 'Laakso', 'Peltonen', 'Ketola', 'Mustonen', 'Kettunen', 'Kärkkäinen',
  'Toivonen', 'Pelkonen', 'Honkanen', 'Hänninen', 'Koponen', 'Huttunen', 'Seppälä', 'Lappalainen',
  'Vainio', 'Kokkonen', 'Hakkarainen', 'Moilanen', 'Ruotsalainen', 'Jääskeläinen', 'Peltola',
  'Ahola', 'Heiskanen', 'Harju', 'Markkanen', 'Tikkanen', 'Mäki', 'Sirviö', 'Rautio', 'Kauppinen',
  'Keränen', 'Eskola', 'Korpela', 'Kiiskinen', 'Ikonen', 'Partanen', 'Koski', 'Hokkanen',
  'Rautiainen', 'Kivelä', 'Nurminen', 'Vesterinen', 'Hyttinen', 'Kolehmainen', 'Kurki', 'Suominen',
  'Valtonen', 'Lampinen', 'Aalto', 'Halonen', 'Niskanen', 'Juntunen', 'Karppinen', 'Saarela',
  'Hietala', 'Pesonen', 'Oksanen', 'Pulkkinen', 'Rinne', 'Tuomi', 'Lahti', 'Penttinen', 'Pietilä',
  'Mäenpää', 'Heino', 'Vuorinen', 'Kemppainen', 'Ruuskanen', 'Kauppila', 'Leskinen', 'Tolonen',
  'Karvonen', 'Rajala', 'Jaakkola', 'Syrjälä', 'Niemelä', 'Haapala', 'Valkonen', 'Kiviniemi',
  'Kuusisto', 'Lassila', 'Rönkkö', 'Kauppi', 'Väänänen', 'Sillanpää', 'Kumpulainen', 'Paananen',
  'Mäntylä', 'Pöllänen', 'Pyykkönen', 'Repo', 'Väyrynen', 'Ylönen', 'Jokela', 'Kangas',
  'Huhtala', 'Tanskanen', 'Puustinen', 'Alanen', 'Immonen', 'Mikkonen', 'Nykänen', 'Kokko',
  'Rantala', 'Kivinen', 'Pajunen', 'Ylinen',
];

export const SWEDISH_SURNAMES: readonly string[] = [
  'Lindholm', 'Nyström', 'Öhman', 'Åberg', 'Sjöberg', 'Lindqvist', 'Lindström', 'Holmström',
  'Forsman', 'Sundström', 'Eriksson', 'Johansson', 'Karlsson', 'Andersson', 'Nyman', 'Lindberg',
  'Björkman', 'Grönroos', 'Wikström', 'Berglund', 'Strömberg', 'Söderström', 'Holmberg',
  'Lundqvist', 'Westerlund', 'Ekholm', 'Blomqvist', 'Backman', 'Forsström', 'Sandberg', 'Åström',
  'Engström', 'Nordström', 'Sjöholm', 'Granholm', 'Lindroos', 'Mattsson', 'Björklund', 'Wallin',
  'Fagerström', 'Enqvist', 'Hägglund', 'Östman', 'Storbacka', 'Söderlund',
];

export interface ForeignNames {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly surnames: readonly SurnameForms[];
}

function same(...names: string[]): SurnameForms[] {
  return names.map((n) => ({ m: n, f: n }));
}

/** Given names and surnames for the most common foreign native languages in Finland. */
export const FOREIGN_NAMES: Readonly<Record<'ru' | 'et' | 'ar' | 'so' | 'en', ForeignNames>> = {
  ru: {
    male: ['Aleksandr', 'Dmitri', 'Sergei', 'Andrei', 'Ivan', 'Mihail', 'Nikolai', 'Artjom', 'Maksim', 'Denis'],
    female: ['Olga', 'Tatjana', 'Jelena', 'Natalja', 'Irina', 'Svetlana', 'Anastasia', 'Marija', 'Jekaterina', 'Darja'],
    surnames: [
      { m: 'Ivanov', f: 'Ivanova' },
      { m: 'Smirnov', f: 'Smirnova' },
      { m: 'Kuznetsov', f: 'Kuznetsova' },
      { m: 'Popov', f: 'Popova' },
      { m: 'Petrov', f: 'Petrova' },
      { m: 'Sokolov', f: 'Sokolova' },
      { m: 'Volkov', f: 'Volkova' },
      { m: 'Morozov', f: 'Morozova' },
      { m: 'Lebedev', f: 'Lebedeva' },
      { m: 'Novikov', f: 'Novikova' },
    ],
  },
  et: {
    male: ['Mart', 'Jaan', 'Andres', 'Toomas', 'Rein', 'Priit', 'Kristjan', 'Rasmus', 'Karl', 'Margus'],
    female: ['Kadri', 'Katrin', 'Liis', 'Kersti', 'Triin', 'Piret', 'Maarja', 'Kertu', 'Merike', 'Ülle'],
    surnames: same('Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel'),
  },
  ar: {
    male: ['Mohammed', 'Ahmed', 'Ali', 'Omar', 'Hassan', 'Hussein', 'Youssef', 'Karim', 'Mustafa', 'Ibrahim'],
    female: ['Fatima', 'Aisha', 'Maryam', 'Zainab', 'Noor', 'Layla', 'Sara', 'Huda', 'Amina', 'Rania'],
    surnames: same('Ali', 'Hassan', 'Hussein', 'Ahmed', 'Abdullah', 'Ibrahim', 'Al-Sayed', 'Salem', 'Khalil', 'Haddad'),
  },
  so: {
    male: ['Abdi', 'Abdirahman', 'Mohamed', 'Ahmed', 'Hassan', 'Yusuf', 'Ismail', 'Abdullahi', 'Farah', 'Omar'],
    female: ['Hodan', 'Fadumo', 'Amina', 'Hawa', 'Sahra', 'Ifrah', 'Ayaan', 'Nimco', 'Hamdi', 'Fartun'],
    surnames: same('Mohamed', 'Abdullahi', 'Hassan', 'Ali', 'Farah', 'Warsame', 'Osman', 'Jama', 'Aden', 'Hirsi'),
  },
  en: {
    male: ['James', 'John', 'David', 'Michael', 'Thomas', 'Daniel', 'William', 'Oliver', 'George', 'Jack'],
    female: ['Emily', 'Sarah', 'Emma', 'Jessica', 'Olivia', 'Sophie', 'Charlotte', 'Lucy', 'Hannah', 'Grace'],
    surnames: same('Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Johnson', 'Williams', 'Davies', 'Evans', 'Walker'),
  },
};

export type AreaKind = 'centre' | 'suburb' | 'village';

export interface PostalArea {
  readonly postalCode: string;
  readonly postOffice: string;
  readonly kind: AreaKind;
  /** Relative share of households. */
  readonly weight: number;
  readonly streets: readonly string[];
}

const CENTRE_STREETS = [
  'Koulukatu', 'Kirkkokatu', 'Asemakatu', 'Puistokatu', 'Kauppakatu', 'Rantakatu', 'Torikatu',
  'Sepänkatu', 'Myllykatu', 'Satamakatu', 'Kaivokatu', 'Linnankatu', 'Tehtaankatu', 'Raatihuoneenkatu',
  'Läntinen Rantakatu', 'Itäinen Puistokatu', 'Hämeenkatu', 'Välikatu',
];
const SUBURB_STREETS = [
  'Koivukuja', 'Mäntytie', 'Kuusitie', 'Pihlajatie', 'Haapakuja', 'Leppäpolku', 'Vaahterakuja',
  'Katajatie', 'Tammitie', 'Pajutie', 'Kielotie', 'Sireenipolku', 'Orvokkikuja', 'Ruusutie',
  'Kanervatie', 'Sammalkuja', 'Käpytie', 'Tervaskanto', 'Päivänkakkarantie', 'Ahomansikankuja',
];
const VILLAGE_STREETS = [
  'Rantatie', 'Myllytie', 'Pappilantie', 'Kylätie', 'Metsätie', 'Järvitie', 'Mäkitie', 'Peltotie',
  'Kirkonkyläntie', 'Ahotie', 'Niittytie', 'Kangastie', 'Harjutie', 'Lammintie', 'Vanha Postitie',
  'Myllykoskentie', 'Riihitie', 'Saunalahdentie',
];

/** Postal areas of the fictional demo municipality of Varantola. */
export const POSTAL_AREAS: readonly PostalArea[] = [
  { postalCode: '99100', postOffice: 'VARANTOLA', kind: 'centre', weight: 16, streets: CENTRE_STREETS },
  { postalCode: '99110', postOffice: 'VARANTOLA', kind: 'centre', weight: 12, streets: CENTRE_STREETS },
  { postalCode: '99120', postOffice: 'VARANTOLA', kind: 'centre', weight: 10, streets: CENTRE_STREETS },
  { postalCode: '99130', postOffice: 'VARANTOLA', kind: 'suburb', weight: 12, streets: SUBURB_STREETS },
  { postalCode: '99140', postOffice: 'VARANTOLA', kind: 'suburb', weight: 11, streets: SUBURB_STREETS },
  { postalCode: '99150', postOffice: 'VARANTOLA', kind: 'suburb', weight: 10, streets: SUBURB_STREETS },
  { postalCode: '99160', postOffice: 'VARANTOLA', kind: 'suburb', weight: 9, streets: SUBURB_STREETS },
  { postalCode: '99170', postOffice: 'VARANTOLAN ASEMA', kind: 'suburb', weight: 8, streets: SUBURB_STREETS },
  { postalCode: '99180', postOffice: 'ALA-VARANTOLA', kind: 'village', weight: 5, streets: VILLAGE_STREETS },
  { postalCode: '99190', postOffice: 'YLÄ-VARANTOLA', kind: 'village', weight: 4, streets: VILLAGE_STREETS },
  { postalCode: '99195', postOffice: 'VARANTOLANJÄRVI', kind: 'village', weight: 3, streets: VILLAGE_STREETS },
];

/** Domains reserved for documentation (RFC 2606): e-mail sent to them never reaches anybody. */
export const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org'];

/** Finnish mobile prefixes without the leading zero, as in +358 40 …. */
export const MOBILE_PREFIXES: readonly string[] = ['40', '41', '44', '45', '46', '50'];
