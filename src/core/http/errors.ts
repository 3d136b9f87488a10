import type { Localized } from '../i18n.ts';

/**
 * An error with an HTTP status, a machine code and messages in fi/sv/en. Messages never
 * contain personal data (no names, no henkilötunnus), only what was wrong.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Localized,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
  }
}

export const badRequest = (code: string, messages: Localized, details?: Record<string, unknown>) =>
  new ApiError(400, code, messages, details);

export const notFoundOrDenied = () =>
  new ApiError(404, 'not_found', {
    fi: 'Tietoa ei löytynyt tai sinulla ei ole siihen käyttöoikeutta.',
    sv: 'Uppgiften hittades inte eller du saknar behörighet till den.',
    en: 'Not found or no access.',
  });

export const forbidden = () =>
  new ApiError(403, 'forbidden', {
    fi: 'Sinulla ei ole käyttöoikeutta tähän toimintoon.',
    sv: 'Du har inte behörighet till denna funktion.',
    en: 'You do not have permission for this action.',
  });

export const unauthorized = () =>
  new ApiError(401, 'unauthorized', {
    fi: 'Kirjaudu sisään.',
    sv: 'Logga in.',
    en: 'Please log in.',
  });

export const conflict = (code: string, messages: Localized) => new ApiError(409, code, messages);

export interface ErrorBody {
  error: { code: string; message: Localized; details?: Record<string, unknown> };
}

export const errorBodySchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: {
          type: 'object',
          properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
          required: ['fi', 'sv', 'en'],
        },
        details: { type: 'object', additionalProperties: true },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;
