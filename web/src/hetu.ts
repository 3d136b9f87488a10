// Client-side format check of a henkilötunnus, for an early validation message. The server
// decides; this only spares a round trip for typos.
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

export function isValidHetu(raw: string): boolean {
  const s = raw.trim().toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])$/.exec(s);
  if (!m) return false;
  const [, dd, mm, yy, sign, nnn, check] = m;
  const year = CENTURY[sign!]! + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return false;
  return CHECK[Number(dd! + mm! + yy! + nnn!) % 31] === check;
}
