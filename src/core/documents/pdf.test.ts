import { describe, expect, it } from 'vitest';
import { formatDate, renderPdf } from './pdf.ts';

describe('renderPdf', () => {
  it('renders a multi-page document with tables and a redaction as a valid PDF', async () => {
    const pdf = await renderPdf({
      lang: 'fi',
      organisation: 'Varantolan kunta',
      title: 'Päätös varhaiskasvatuksen asiakasmaksusta',
      subtitle: '1.8.2025',
      footer: 'Salassa pidettävä',
      blocks: [
        { kind: 'paragraph', text: 'Äiti ja lapsi: Åsa Öhman.' },
        { kind: 'fields', fields: [['Lapsi', 'Testi Testinen'], ['Maksu', '124 €']] },
        { kind: 'table', columns: [{ label: 'A' }, { label: 'B', align: 'right' }], rows: Array.from({ length: 80 }, (_, i) => [`rivi ${i}`, String(i)]) },
        { kind: 'redacted', text: 'Poistettu: kolmannen osapuolen tieto' },
      ],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
  });
  it('formats dates the Finnish, Swedish and English way', () => {
    expect(formatDate('2025-08-01', 'fi')).toBe('1.8.2025');
    expect(formatDate('2025-08-01', 'sv')).toBe('1.8.2025');
    expect(formatDate('2025-08-01', 'en')).toBe('1 Aug 2025');
  });
});
