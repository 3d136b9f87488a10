import { describe, expect, it } from 'vitest';
import { socialEn, socialFi, socialSv } from './i18n.ts';

// The types make sv and en complete; this catches values left in Finnish by copy-paste.
describe('social-work texts', () => {
  const walk = (fi: any, other: any, path: string, out: string[]) => {
    for (const k of Object.keys(fi)) {
      const p = path ? `${path}.${k}` : k;
      if (typeof fi[k] === 'string' && fi[k] === other[k] && fi[k].length > 3) out.push(p);
      else if (typeof fi[k] === 'function' && fi[k](2, 'x', 'y') === other[k](2, 'x', 'y')) out.push(p);
      else if (fi[k] && typeof fi[k] === 'object') walk(fi[k], other[k], p, out);
    }
    return out;
  };
  // Formats without words are the same in every language.
  const neutral = new Set(['section.authored', 'section.pdf', 'section.pdfLabel', 'section.euros']);
  it('has every Swedish and English text translated', () => {
    expect(walk(socialFi, socialSv, '', []).filter((p) => !neutral.has(p))).toEqual([]);
    expect(walk(socialFi, socialEn, '', []).filter((p) => !neutral.has(p))).toEqual([]);
  });
});
