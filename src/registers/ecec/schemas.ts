// JSON-schema pieces shared by the ECEC routes.
import { UUID_PATTERN } from '../../core/ids.ts';

export const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
export const date = { type: 'string', format: 'date' } as const;
export const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
export const text = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength }) as const;
export const nullableText = (maxLength = 200) => ({ type: ['string', 'null'], maxLength }) as const;
export const idParams = { type: 'object', properties: { id: uuid }, required: ['id'] } as const;
export const time = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
