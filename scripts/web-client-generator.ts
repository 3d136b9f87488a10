// Turns an OpenAPI 3 document into a typed TypeScript client: one type per request body, query,
// path parameters and response, and one function per operation that calls an injected transport.
// Kept free of I/O so that it can be unit-tested.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  format?: string;
  default?: unknown;
  $ref?: string;
  [k: string]: unknown;
}

interface Parameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const API_PREFIX = '/api/v1';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `GET /persons/{id}/audit-trail` → `getPersonsByIdAuditTrail`. */
export function operationName(method: string, path: string): string {
  const parts = path
    .replace(API_PREFIX, '')
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith('{') ? 'By' + pascal(seg.slice(1, -1)) : pascal(seg)));
  return method.toLowerCase() + parts.join('');
}

const key = (k: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k));

/**
 * A TypeScript type for a JSON schema. In responses (`out`) every declared property is treated
 * as present, because handlers return whole objects and the schema only serialises them; in
 * requests (`in`) only `required` properties are mandatory.
 */
export function schemaToTs(s: JsonSchema | boolean | undefined, mode: 'in' | 'out', indent = ''): string {
  if (s === undefined || s === true || s === false) return 'unknown';
  if (s.$ref) return 'unknown';
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in s) return JSON.stringify(s.const);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return alts.map((a) => schemaToTs(a, mode, indent)).join(' | ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : [];
  if (types.length === 0) return 'unknown';
  return types
    .map((t) => {
      switch (t) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array': {
          const item = schemaToTs(s.items, mode, indent);
          return /^[A-Za-z]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
        }
        case 'object': {
          const props = Object.entries(s.properties ?? {});
          const extra = s.additionalProperties;
          if (props.length === 0) {
            return extra && typeof extra === 'object' ? `Record<string, ${schemaToTs(extra, mode, indent)}>` : 'Record<string, unknown>';
          }
          const inner = indent + '  ';
          const req = new Set(s.required ?? []);
          const lines = props.map(([k, v]) => {
            const optional = mode === 'in' ? !req.has(k) : false;
            return `${inner}${key(k)}${optional ? '?' : ''}: ${schemaToTs(v, mode, inner)};`;
          });
          if (extra === true) lines.push(`${inner}[key: string]: unknown;`);
          return `{\n${lines.join('\n')}\n${indent}}`;
        }
        default:
          return 'unknown';
      }
    })
    .join(' | ');
}

function paramsSchema(params: Parameter[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** The whole client module as source text. */
export function generateClient(doc: OpenApiDocument): string {
  const out: string[] = [
    '// GENERATED FILE: no manual modifications',
    '// Source: the OpenAPI document of the Varanto API (the `defineRoute` schemas in src/core and',
    '// src/registers). Regenerate with `npx tsx scripts/generate-web-client.ts`.',
    '/* eslint-disable */',
    '',
    "export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';",
    'export interface ApiRequest {',
    '  method: HttpMethod;',
    '  /** Path under /api/v1, parameters already encoded. */',
    '  path: string;',
    '  query?: Record<string, unknown> | undefined;',
    '  body?: unknown;',
    '}',
    '/** Sends a request and resolves to the parsed JSON body of a 2xx response. */',
    'export type ApiTransport = (req: ApiRequest) => Promise<unknown>;',
    '',
  ];
  const operations: string[] = [];
  const paths = Object.keys(doc.paths).sort();
  for (const path of paths) {
    if (!path.startsWith(API_PREFIX + '/')) continue;
    for (const method of METHODS) {
      const op = doc.paths[path]![method];
      if (!op) continue;
      const name = operationName(method, path);
      const T = name[0]!.toUpperCase() + name.slice(1);
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const okCode = Object.keys(op.responses ?? {}).find((c) => c.startsWith('2'));
      const resSchema = okCode ? op.responses![okCode]!.content?.['application/json']?.schema : undefined;
      const rel = path.slice(API_PREFIX.length);
      out.push(`// ${method.toUpperCase()} ${rel}${op.summary ? ` — ${op.summary.replace(/\n/g, ' ')}` : ''}`);
      const args: string[] = ['http: ApiTransport'];
      if (pathParams.length) {
        out.push(`export type ${T}Params = ${schemaToTs(paramsSchema(pathParams), 'in')};`);
        args.push(`params: ${T}Params`);
      }
      if (body) {
        out.push(`export type ${T}Body = ${schemaToTs(body, 'in')};`);
        args.push(`body: ${T}Body`);
      }
      if (queryParams.length) {
        out.push(`export type ${T}Query = ${schemaToTs(paramsSchema(queryParams), 'in')};`);
        const optional = !queryParams.some((p) => p.required);
        args.push(`query${optional ? '?' : ''}: ${T}Query`);
      }
      out.push(`export type ${T}Response = ${schemaToTs(resSchema, 'out')};`);
      const url = rel.replace(/\{([^}]+)\}/g, (_, p: string) => `\${encodeURIComponent(String(params.${p}))}`);
      const fields = [`method: '${method.toUpperCase()}'`, `path: \`${url}\``];
      if (queryParams.length) fields.push('query');
      if (body) fields.push('body');
      out.push(`export function ${name}(${args.join(', ')}): Promise<${T}Response> {`);
      out.push(`  return http({ ${fields.join(', ')} }) as Promise<${T}Response>;`);
      out.push('}', '');
      operations.push(`  { name: '${name}', method: '${method.toUpperCase()}', path: '${rel}' },`);
    }
  }
  out.push('/** Every operation of the API, for tests and diagnostics. */');
  out.push('export const operations = [', ...operations, '] as const;', '');
  return out.join('\n');
}
