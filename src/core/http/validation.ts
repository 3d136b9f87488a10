import type { Localized } from '../i18n.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Turns a JSON-schema validation failure into a 400 with messages in fi/sv/en. The offending
 * value is never echoed (it may be a henkilötunnus); only the field and the rule are named.
 */
export function validationError(errors: AjvError[], context: string) {
  const e = errors[0];
  const field = e ? (e.instancePath.replace(/^\//, '').replaceAll('/', '.') || (e.params.missingProperty as string) || context) : context;
  const where = { fi: `Kenttä "${field}"`, sv: `Fältet "${field}"`, en: `Field "${field}"` };
  let messages: Localized;
  switch (e?.keyword) {
    case 'required':
      messages = {
        fi: `Pakollinen kenttä "${e.params.missingProperty}" puuttuu.`,
        sv: `Det obligatoriska fältet "${e.params.missingProperty}" saknas.`,
        en: `Required field "${e.params.missingProperty}" is missing.`,
      };
      break;
    case 'format':
    case 'pattern':
      messages = { fi: `${where.fi} on väärässä muodossa.`, sv: `${where.sv} har fel format.`, en: `${where.en} has the wrong format.` };
      break;
    case 'enum':
      messages = {
        fi: `${where.fi}: sallitut arvot ovat ${(e.params.allowedValues as unknown[]).join(', ')}.`,
        sv: `${where.sv}: tillåtna värden är ${(e.params.allowedValues as unknown[]).join(', ')}.`,
        en: `${where.en}: allowed values are ${(e.params.allowedValues as unknown[]).join(', ')}.`,
      };
      break;
    case 'additionalProperties':
      messages = {
        fi: `Tuntematon kenttä "${e.params.additionalProperty}".`,
        sv: `Okänt fält "${e.params.additionalProperty}".`,
        en: `Unknown field "${e.params.additionalProperty}".`,
      };
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      messages = {
        fi: `${where.fi} on sallitun rajan ulkopuolella (${e.keyword} ${e.params.limit}).`,
        sv: `${where.sv} ligger utanför den tillåtna gränsen (${e.keyword} ${e.params.limit}).`,
        en: `${where.en} is outside the allowed limit (${e.keyword} ${e.params.limit}).`,
      };
      break;
    case 'type':
      messages = {
        fi: `${where.fi} on väärän tyyppinen (odotettiin ${e.params.type}).`,
        sv: `${where.sv} har fel typ (förväntades ${e.params.type}).`,
        en: `${where.en} has the wrong type (expected ${e.params.type}).`,
      };
      break;
    default:
      messages = { fi: `${where.fi} on virheellinen.`, sv: `${where.sv} är ogiltigt.`, en: `${where.en} is invalid.` };
  }
  return { code: 'validation', messages, details: { field, rule: e?.keyword ?? 'unknown' } };
}
