/** Branded ids (eVaka lib-common/id-type.ts): a PersonId cannot be passed where a UnitId is due. */
export type Id<B extends string> = string & { readonly __brand: B };
export type PersonId = Id<'Person'>;
export type UnitId = Id<'Unit'>;
export type UserId = Id<'User'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
