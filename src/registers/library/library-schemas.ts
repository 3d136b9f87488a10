// JSON schemas shared by the library routes.
import { UUID_PATTERN } from '../../core/ids.ts';

export const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
export const isoDate = { type: 'string', format: 'date' } as const;
export const barcode = { type: 'string', minLength: 1, maxLength: 50, pattern: '^\\S(.*\\S)?$' } as const;
export const cardNumber = { type: 'string', pattern: '^[0-9A-Za-z]{4,20}$' } as const;
export const pin = { type: 'string', pattern: '^[0-9]{4,8}$' } as const;

export const idParams = (...names: string[]) =>
  ({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, uuid])), required: names }) as const;

export const okSchema = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } as const;
