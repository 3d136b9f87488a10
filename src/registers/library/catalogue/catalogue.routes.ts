// The collection over HTTP. No personal data: these routes write no audit events.
import { badRequest, conflict, notFoundOrDenied } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { libraryActions } from '../library-access.ts';
import { barcode, idParams, uuid } from '../library-schemas.ts';
import { biblioById, biblioSchema, importRecords, recordOf, searchCatalogue, upsertBiblio } from './catalogue.ts';
import { normaliseIsbn, readIso2709, readMarcXml } from './marc.ts';

const marcFieldSchema = {
  type: 'object',
  properties: {
    tag: { type: 'string' },
    value: { type: 'string' },
    ind1: { type: 'string' },
    ind2: { type: 'string' },
    subfields: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
  },
  required: ['tag'],
} as const;

const problemSchema = {
  type: 'object',
  properties: {
    position: { type: 'integer' },
    offset: { type: 'integer' },
    code: { type: 'string' },
    message: { type: 'object', properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } }, required: ['fi', 'sv', 'en'] },
    detail: { type: 'string' },
  },
  required: ['position', 'offset', 'code', 'message', 'detail'],
} as const;

interface NewItem {
  unitId: string;
  barcode: string;
  biblioId?: string;
  title?: string;
  author?: string | null;
  isbn?: string | null;
  itemType?: string;
  callNumber?: string | null;
}

export const catalogueRoutes: RouteDefinition[] = [
  defineRoute<unknown, { q: string; limit?: number; offset?: number }>({
    method: 'GET',
    url: '/library/catalogue',
    summary: 'Search the collection by title, author, subject, ISBN or a copy’s barcode',
    action: libraryActions.catalogueRead.name,
    audit: null,
    datasetId: 'collection',
    readOnly: true,
    schema: {
      querystring: {
        type: 'object',
        properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 100 }, offset: { type: 'integer', minimum: 0, maximum: 10000 } },
        required: ['q'],
        additionalProperties: false,
      },
      response: { 200: { type: 'object', properties: { total: { type: 'integer' }, results: { type: 'array', items: biblioSchema } }, required: ['total', 'results'] } },
    },
    handler: async ({ tx, query }) => searchCatalogue(tx, query.q, query.limit ?? 20, query.offset ?? 0),
  }),
  defineRoute<unknown, unknown, { biblioId: string }>({
    method: 'GET',
    url: '/library/biblios/:biblioId',
    summary: 'A bibliographic record with its MARC21 fields and copies',
    action: libraryActions.catalogueRead.name,
    audit: null,
    datasetId: 'collection',
    readOnly: true,
    schema: {
      params: idParams('biblioId'),
      response: {
        200: {
          type: 'object',
          properties: {
            biblio: {
              type: 'object',
              properties: {
                ...biblioSchema.properties,
                marc: { anyOf: [{ type: 'null' }, { type: 'object', properties: { leader: { type: 'string' }, fields: { type: 'array', items: marcFieldSchema } }, required: ['leader', 'fields'] }] },
              },
              required: [...biblioSchema.required, 'marc'],
            },
          },
          required: ['biblio'],
        },
      },
    },
    handler: async ({ tx, params }) => {
      const biblio = await biblioById(tx, params.biblioId);
      if (!biblio) throw notFoundOrDenied();
      return { biblio };
    },
  }),
  defineRoute<{ unitId: string; format: 'iso2709' | 'marcxml'; data: string; skipInvalid?: boolean; defaultItemType?: string }>({
    method: 'POST',
    url: '/library/biblios/import',
    summary: 'Import MARC21 records (ISO 2709 in base64, or MARCXML) with their Koha 952 copies; invalid records refuse the import unless skipped',
    action: libraryActions.catalogueManage.name,
    audit: null,
    datasetId: 'collection',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          format: { type: 'string', enum: ['iso2709', 'marcxml'] },
          data: { type: 'string', minLength: 1, maxLength: 20_000_000 },
          skipInvalid: { type: 'boolean' },
          defaultItemType: { type: 'string', pattern: '^[a-z_]{2,30}$' },
        },
        required: ['unitId', 'format', 'data'],
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: { records: { type: 'integer' }, created: { type: 'integer' }, updated: { type: 'integer' }, items: { type: 'integer' }, problems: { type: 'array', items: problemSchema } },
          required: ['records', 'created', 'updated', 'items', 'problems'],
        },
      },
    },
    handler: async ({ tx, body, clock }) => {
      const itemType = body.defaultItemType ?? 'book';
      const known = await tx.selectFrom('library_item_type').select('code').where('code', '=', itemType).executeTakeFirst();
      if (!known) throw badRequest('unknown_item_type', { fi: 'Tuntematon aineistolaji.', sv: 'Okänd materialtyp.', en: 'Unknown item type.' });
      const read = body.format === 'marcxml' ? readMarcXml(body.data) : readIso2709(Buffer.from(body.data, 'base64'));
      const result = await importRecords(tx, read, { unitId: body.unitId, defaultItemType: itemType, now: clock.now() });
      if (result.records === 0 && result.problems.length === 0) {
        throw badRequest('no_records', { fi: 'Tiedostossa ei ole tietueita.', sv: 'Filen innehåller inga poster.', en: 'The file contains no records.' });
      }
      if (result.problems.length > 0 && !body.skipInvalid) {
        // Thrown inside the request transaction: nothing of the import is kept.
        throw badRequest(
          'marc_invalid_records',
          {
            fi: `${result.problems.length} tietuetta on virheellisiä; mitään ei tuotu. Korjaa tiedosto tai ohita virheelliset tietueet.`,
            sv: `${result.problems.length} poster är felaktiga; inget importerades. Rätta filen eller hoppa över de felaktiga posterna.`,
            en: `${result.problems.length} records are invalid; nothing was imported. Fix the file or skip the invalid records.`,
          },
          { problems: result.problems },
        );
      }
      return result;
    },
  }),
  defineRoute<{ title: string; author?: string | null; isbn?: string | null; publisher?: string | null; publicationYear?: number | null; language?: string | null }>({
    method: 'POST',
    url: '/library/biblios',
    summary: 'Catalogue a title by hand (a minimal MARC21 record is made for it)',
    action: libraryActions.catalogueEdit.name,
    audit: null,
    datasetId: 'collection',
    schema: {
      body: {
        type: 'object',
        properties: {
          title: { type: 'string', minLength: 1, maxLength: 500 },
          author: { type: ['string', 'null'], maxLength: 300 },
          isbn: { type: ['string', 'null'], maxLength: 20 },
          publisher: { type: ['string', 'null'], maxLength: 300 },
          publicationYear: { type: ['integer', 'null'], minimum: 1000, maximum: 2999 },
          language: { type: ['string', 'null'], pattern: '^[a-z]{3}$' },
        },
        required: ['title'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, body, clock, reply }) => {
      const isbn = body.isbn ? normaliseOrRefuse(body.isbn) : null;
      const b = await upsertBiblio(tx, recordOf({ ...body, isbn }), clock.now());
      reply.status(201);
      return { id: b.id };
    },
  }),
  defineRoute<NewItem>({
    method: 'POST',
    url: '/library/items',
    summary: 'Add a copy to the collection: to an existing record (biblioId) or with a title catalogued on the spot',
    action: libraryActions.catalogueManage.name,
    audit: null,
    datasetId: 'collection',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          barcode,
          biblioId: uuid,
          title: { type: 'string', minLength: 1, maxLength: 500 },
          author: { type: ['string', 'null'], maxLength: 300 },
          isbn: { type: ['string', 'null'], maxLength: 20 },
          itemType: { type: 'string', pattern: '^[a-z_]{2,30}$' },
          callNumber: { type: ['string', 'null'], maxLength: 50 },
        },
        required: ['unitId', 'barcode'],
        oneOf: [{ required: ['biblioId'] }, { required: ['title'] }],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' }, biblioId: { type: 'string' } }, required: ['id', 'biblioId'] } },
    },
    handler: async ({ tx, body, clock, reply }) => {
      const dup = await tx.selectFrom('library_item').select('id').where('barcode', '=', body.barcode).executeTakeFirst();
      if (dup) throw conflict('barcode_taken', { fi: 'Viivakoodi on jo käytössä.', sv: 'Streckkoden används redan.', en: 'The barcode is already in use.' });
      const itemType = body.itemType ?? 'book';
      const known = await tx.selectFrom('library_item_type').select('code').where('code', '=', itemType).executeTakeFirst();
      if (!known) throw badRequest('unknown_item_type', { fi: 'Tuntematon aineistolaji.', sv: 'Okänd materialtyp.', en: 'Unknown item type.' });
      let biblioId = body.biblioId;
      if (biblioId) {
        const b = await tx.selectFrom('library_biblio').select('id').where('id', '=', biblioId).executeTakeFirst();
        if (!b) throw badRequest('unknown_biblio', { fi: 'Nimekettä ei löydy.', sv: 'Titeln hittas inte.', en: 'The title was not found.' });
      } else {
        const isbn = body.isbn ? normaliseOrRefuse(body.isbn) : null;
        biblioId = (await upsertBiblio(tx, recordOf({ title: body.title!, author: body.author ?? null, isbn }), clock.now())).id;
      }
      const row = await tx
        .insertInto('library_item')
        .values({ unit_id: body.unitId, biblio_id: biblioId, barcode: body.barcode, item_type: itemType, call_number: body.callNumber ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id, biblioId };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/library/item-types',
    summary: 'Item types (aineistolajit) with their names',
    action: libraryActions.catalogueRead.name,
    audit: null,
    datasetId: 'collection',
    readOnly: true,
    schema: {
      response: {
        200: {
          type: 'object',
          properties: {
            itemTypes: {
              type: 'array',
              items: {
                type: 'object',
                properties: { code: { type: 'string' }, names: { type: 'object', properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } }, required: ['fi', 'sv', 'en'] } },
                required: ['code', 'names'],
              },
            },
          },
          required: ['itemTypes'],
        },
      },
    },
    handler: async ({ tx }) => {
      const rows = await tx.selectFrom('library_item_type').selectAll().orderBy('code').execute();
      return { itemTypes: rows.map((r) => ({ code: r.code, names: { fi: r.name_fi, sv: r.name_sv, en: r.name_en } })) };
    },
  }),
];

function normaliseOrRefuse(text: string): string {
  const isbn = normaliseIsbn(text);
  if (!isbn) throw badRequest('invalid_isbn', { fi: 'ISBN-tunnus on virheellinen.', sv: 'ISBN-numret är felaktigt.', en: 'The ISBN is invalid.' });
  return isbn;
}
