import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildOpenApiDocument } from '../scripts/generate-web-client.ts';
import { generateClient } from '../scripts/web-client-generator.ts';

it('has a web API client generated from the current route schemas (run npx tsx scripts/generate-web-client.ts)', async () => {
  const fresh = generateClient(await buildOpenApiDocument());
  const current = readFileSync(new URL('../web/src/generated/api-client.ts', import.meta.url), 'utf8');
  expect(current === fresh, 'web/src/generated/api-client.ts is stale').toBe(true);
});
