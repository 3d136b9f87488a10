import { describe, expect, it } from 'vitest';
import { translations } from './i18n.tsx';

// The types already make sv and en complete; this catches values left in Finnish by copy-paste.
describe('translations', () => {
  it('every sv and en string differs from Finnish except names that are the same in every language', () => {
    const same = new Set(['common.appName', 'common.none', 'audit.register', 'audit.status', 'ir.status', 'home.datasets']);
    const walk = (fi: any, other: any, path: string, out: string[]) => {
      for (const k of Object.keys(fi)) {
        const p = path ? `${path}.${k}` : k;
        if (typeof fi[k] === 'string') {
          if (fi[k] === other[k] && !same.has(p) && fi[k].length > 3) out.push(p);
        } else if (fi[k] && typeof fi[k] === 'object') walk(fi[k], other[k], p, out);
      }
      return out;
    };
    expect(walk(translations.fi, translations.en, '', [])).toEqual([]);
  });
});
