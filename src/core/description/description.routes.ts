import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import type { Lang } from '../i18n.ts';
import type { RegisterModule } from '../module.ts';
import { buildDescription, DESCRIPTION_PAGES, renderDescriptionHtml } from './description.ts';
import { loadOrganisationSettings } from './settings.ts';

export function descriptionRoutes(registers: RegisterModule[]): RouteDefinition[] {
  return [
    defineRoute<unknown, { lang?: Lang }>({
      method: 'GET',
      url: '/public/description',
      summary: 'The public description of registers and datasets (Tiedonhallintalaki 28 §)',
      tags: ['public'],
      action: 'public',
      audit: null,
      schema: {
        querystring: { type: 'object', properties: { lang: { type: 'string', enum: ['fi', 'sv', 'en'] } }, additionalProperties: false },
      },
      handler: async ({ tx, query, lang }) => buildDescription(registers, await loadOrganisationSettings(tx), query.lang ?? lang),
    }),
  ];
}

/**
 * The description as plain HTML pages (/kuvaus, /beskrivning, /description), outside the
 * API and ahead of the web application's fallback. Public, no personal data, so not logged.
 */
export function registerDescriptionPages(fastify: FastifyInstance, db: Db, registers: RegisterModule[]): void {
  for (const [lang, path] of Object.entries(DESCRIPTION_PAGES) as [Lang, string][]) {
    fastify.get(path, { schema: { hide: true } as any }, async (_req, reply) => {
      const html = renderDescriptionHtml(buildDescription(registers, await loadOrganisationSettings(db), lang));
      return reply.type('text/html; charset=utf-8').send(html);
    });
  }
}
