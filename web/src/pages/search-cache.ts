import type { PersonSearchResult } from '../api/types.ts';

// The last name search, kept in memory only (never in the URL, history state or storage) so
// that "back" from a person card shows the results again. Cleared at logout and expiry.
export interface SearchCache {
  query: string;
  results: PersonSearchResult[] | null;
}
let cache: SearchCache = { query: '', results: null };
export const getSearchCache = () => cache;
export const setSearchCache = (c: SearchCache) => {
  cache = c;
};
export const clearSearchCache = () => {
  cache = { query: '', results: null };
};
