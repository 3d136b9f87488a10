import { describe, expect, it } from 'vitest';
import { addDaysIso, formatTime, pageOf, parseTime } from './ecec-api.ts';

describe('times and dates of the ECEC views', () => {
  it('reads a time of day as staff type it and refuses what is not one', () => {
    expect(['8.05', '08:05', '805', '0805', '8,05'].map(parseTime)).toEqual(['08:05', '08:05', '08:05', '08:05', '08:05']);
    expect(parseTime('8')).toBe('08:00');
    expect(parseTime('16.30')).toBe('16:30');
    expect(['24.00', '8.60', 'klo 8', '', '8.5'].map(parseTime)).toEqual([null, null, null, null, null]);
  });
  it('writes an API time the Finnish way', () => {
    expect(formatTime('08:05')).toBe('8.05');
    expect(formatTime('16:30')).toBe('16.30');
    expect(formatTime(null)).toBe('');
  });
  it('moves a date over month and year ends', () => {
    expect(addDaysIso('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysIso('2027-01-01', -1)).toBe('2026-12-31');
  });
  it('pages a long list and keeps the page within the list', () => {
    const rows = Array.from({ length: 35_000 }, (_, i) => i);
    const p = pageOf(rows, 1, 100);
    expect([p.page, p.pages, p.first, p.last, p.rows.length, p.rows[0]]).toEqual([1, 350, 101, 200, 100, 100]);
    const last = pageOf(rows.slice(0, 250), 9, 100);
    expect([last.page, last.pages, last.first, last.last, last.rows]).toEqual([2, 3, 201, 250, rows.slice(200, 250)]);
    expect(pageOf([], 0, 100)).toEqual({ rows: [], page: 0, pages: 1, first: 1, last: 0 });
  });
});
