import { defineRoute, type RouteDefinition } from './http/route.ts';
import type { RegisterModule } from './module.ts';

/** The enabled registers and their datasets (tietoaineistot), for navigation and forms. */
export function registerRoutes(registers: RegisterModule[]): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/registers',
      summary: 'Enabled registers and their datasets',
      tags: ['registers'],
      action: 'authenticated',
      audit: null,
      schema: {},
      handler: async () => ({
        registers: registers.map((r) => ({
          id: r.id,
          names: r.names,
          purpose: r.purpose,
          datasets: r.datasets.map((d) => ({ id: d.id, names: d.names, sensitive: d.sensitive ?? false })),
          statistics: r.statistics.map((s) => ({ id: s.id, names: s.names, public: s.public })),
        })),
      }),
    }),
  ];
}
