import type { PersonId } from '../ids.ts';

export type Sex = 'male' | 'female';
export type ContactLanguage = 'fi' | 'sv' | 'en';

export interface PersonSummary {
  id: PersonId;
  firstNames: string;
  callingName: string | null;
  lastName: string;
  birthDate: string;
  sex: Sex | null;
  dateOfDeath: string | null;
  /** Turvakielto: address, municipality and contact details are hidden. */
  nonDisclosure: boolean;
}

export interface Address {
  id: string;
  streetAddress: string;
  postalCode: string | null;
  postOffice: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface RelatedPerson {
  kind: 'guardian' | 'child_in_custody' | 'parent' | 'child' | 'partner';
  person: PersonSummary;
  validFrom: string;
  validTo: string | null;
}

export interface PersonDetails extends PersonSummary {
  hetu: string | null;
  hetuTemporary: boolean;
  previousNames: { firstNames: string; lastName: string; changedOn: string | null }[];
  nativeLanguage: string | null;
  contactLanguage: ContactLanguage;
  /** Kotikunta; null when hidden by turvakielto. */
  municipalityCode: string | null;
  addresses: Address[];
  phone: string | null;
  email: string | null;
  /** True when turvakielto hid the address, municipality and contact details from this user. */
  addressHidden: boolean;
  relationships: RelatedPerson[];
}

export interface NewPerson {
  hetu?: string | null;
  firstNames: string;
  callingName?: string | null;
  lastName: string;
  /** Required without a henkilötunnus; derived from it otherwise. */
  birthDate?: string | null;
  sex?: Sex | null;
  dateOfDeath?: string | null;
  nativeLanguage?: string | null;
  contactLanguage?: ContactLanguage;
  municipalityCode?: string | null;
  phone?: string | null;
  email?: string | null;
  nonDisclosure?: boolean;
  externalKey?: string | null;
  previousNames?: { firstNames: string; lastName: string; changedOn?: string | null }[];
  address?: { streetAddress: string; postalCode?: string | null; postOffice?: string | null; validFrom: string } | null;
}

const personSummaryProps = {
  id: { type: 'string', format: 'uuid' },
  firstNames: { type: 'string' },
  callingName: { type: ['string', 'null'] },
  lastName: { type: 'string' },
  birthDate: { type: 'string', format: 'date' },
  sex: { type: ['string', 'null'], enum: ['male', 'female', null] },
  dateOfDeath: { type: ['string', 'null'], format: 'date' },
  nonDisclosure: { type: 'boolean' },
} as const;

export const personSummarySchema = {
  type: 'object',
  properties: personSummaryProps,
  required: ['id', 'firstNames', 'lastName', 'birthDate', 'nonDisclosure'],
} as const;

export const addressSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    streetAddress: { type: 'string' },
    postalCode: { type: ['string', 'null'] },
    postOffice: { type: ['string', 'null'] },
    validFrom: { type: 'string', format: 'date' },
    validTo: { type: ['string', 'null'], format: 'date' },
  },
} as const;

export const personDetailsSchema = {
  type: 'object',
  properties: {
    ...personSummaryProps,
    hetu: { type: ['string', 'null'] },
    hetuTemporary: { type: 'boolean' },
    previousNames: {
      type: 'array',
      items: {
        type: 'object',
        properties: { firstNames: { type: 'string' }, lastName: { type: 'string' }, changedOn: { type: ['string', 'null'] } },
      },
    },
    nativeLanguage: { type: ['string', 'null'] },
    contactLanguage: { type: 'string' },
    municipalityCode: { type: ['string', 'null'] },
    addresses: { type: 'array', items: addressSchema },
    phone: { type: ['string', 'null'] },
    email: { type: ['string', 'null'] },
    addressHidden: { type: 'boolean' },
    relationships: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' },
          person: personSummarySchema,
          validFrom: { type: 'string' },
          validTo: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;
