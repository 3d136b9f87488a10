import type { AccessControl } from './access/access-control.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import type { CitizenOidcConfig, OidcConfig } from './auth/oidc.ts';
import { citizenAuthRoutes } from './auth/citizen-auth.routes.ts';
import { citizenRoutes } from './citizen/citizen.routes.ts';
import type { SessionPolicy } from './auth/session.ts';
import type { RouteDefinition } from './http/route.ts';
import type { RegisterModule } from './module.ts';
import { personRoutes } from './persons/person.routes.ts';
import { informationRequestRoutes } from './information-requests/information-request.routes.ts';
import { personRegister } from './persons/person-register.ts';
import { descriptionRoutes } from './description/description.routes.ts';
import { registerRoutes } from './registers.routes.ts';
import { statisticsRoutes } from './statistics/statistics.routes.ts';

export function coreRoutes(deps: {
  registers: RegisterModule[];
  access: AccessControl;
  policy: SessionPolicy;
  oidc: OidcConfig | null;
  citizenOidc: CitizenOidcConfig | null;
  citizenTestLogin: boolean;
  secureCookies: boolean;
}): RouteDefinition[] {
  return [
    ...authRoutes(deps),
    ...citizenAuthRoutes(deps),
    ...citizenRoutes(deps.registers),
    ...personRoutes(deps.registers),
    ...auditRoutes,
    ...adminRoutes(deps.registers),
    ...registerRoutes(deps.registers),
    ...statisticsRoutes(deps.registers),
    // Information requests also search the core person register for the subject's own basic data.
    ...informationRequestRoutes([...deps.registers, personRegister]),
    ...descriptionRoutes(deps.registers),
  ];
}
