import PDFDocument from 'pdfkit';
import type { Lang } from '../i18n.ts';

/** Building blocks of an official document (decision, certificate, report). */
export type Block =
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'fields'; fields: [label: string, value: string][] }
  | { kind: 'table'; columns: { label: string; width?: number; align?: 'left' | 'right' | 'center' }[]; rows: string[][] }
  | { kind: 'redacted'; text: string }
  | { kind: 'spacer'; height?: number }
  | { kind: 'pageBreak' };

export interface DocumentSpec {
  lang: Lang;
  /** Organisation name in the letterhead. */
  organisation: string;
  title: string;
  /** e.g. the decision date and number, shown under the title. */
  subtitle?: string;
  blocks: Block[];
  /** Footer text on every page (e.g. "Salassa pidettävä, JulkL 24 § 1 mom. 30 k."). */
  footer?: string;
  /** Fixed creation date for reproducible output; defaults to the PDF library's time. */
  createdAt?: Date;
}

const PAGE_LABEL: Record<Lang, string> = { fi: 'Sivu', sv: 'Sida', en: 'Page' };

/**
 * Renders a document to PDF with the built-in Helvetica (WinAnsi covers å, ä, ö and é),
 * so no font files are needed on the server.
 *
 * @example
 * const pdf = await renderPdf({ lang: 'fi', organisation: 'Varantolan kunta', title: 'Päätös', blocks: [{ kind: 'paragraph', text: '…' }] });
 */
export function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    lang: spec.lang,
    info: { Title: spec.title, Author: spec.organisation, Creator: 'Varanto', ...(spec.createdAt ? { CreationDate: spec.createdAt } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('Helvetica-Bold').fontSize(10).text(spec.organisation, { width });
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(16).text(spec.title, { width });
  if (spec.subtitle) doc.font('Helvetica').fontSize(10).fillColor('#444').text(spec.subtitle, { width }).fillColor('black');
  doc.moveDown();

  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'heading':
        doc.moveDown(0.6).font('Helvetica-Bold').fontSize(b.level === 1 ? 14 : b.level === 3 ? 10.5 : 12).text(b.text, { width });
        doc.moveDown(0.3);
        break;
      case 'paragraph':
        doc.font(b.bold ? 'Helvetica-Bold' : b.italic ? 'Helvetica-Oblique' : 'Helvetica').fontSize(10).text(b.text, { width, align: 'left' });
        doc.moveDown(0.5);
        break;
      case 'redacted': {
        const y = doc.y;
        doc.rect(doc.page.margins.left, y, width, 16).fill('#222');
        doc.fillColor('white').font('Helvetica-Bold').fontSize(9).text(b.text, doc.page.margins.left + 6, y + 4, { width: width - 12 });
        doc.fillColor('black').moveDown(0.8);
        doc.x = doc.page.margins.left;
        break;
      }
      case 'fields': {
        for (const [label, value] of b.fields) {
          const y = doc.y;
          doc.font('Helvetica-Bold').fontSize(10).text(label, doc.page.margins.left, y, { width: width * 0.35 });
          const yLabel = doc.y;
          doc.font('Helvetica').text(value || '–', doc.page.margins.left + width * 0.37, y, { width: width * 0.63 });
          doc.y = Math.max(doc.y, yLabel);
          doc.moveDown(0.2);
        }
        doc.x = doc.page.margins.left;
        doc.moveDown(0.4);
        break;
      }
      case 'table': {
        const total = b.columns.reduce((s, c) => s + (c.width ?? 1), 0);
        const widths = b.columns.map((c) => ((c.width ?? 1) / total) * width);
        const drawRow = (cells: string[], bold: boolean) => {
          if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
          const y = doc.y;
          let x = doc.page.margins.left;
          let maxY = y;
          cells.forEach((cell, i) => {
            doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(cell ?? '', x + 2, y, { width: widths[i]! - 4, align: b.columns[i]?.align ?? 'left' });
            maxY = Math.max(maxY, doc.y);
            x += widths[i]!;
          });
          doc.y = maxY + 3;
          doc.moveTo(doc.page.margins.left, doc.y - 1).lineTo(doc.page.margins.left + width, doc.y - 1).lineWidth(0.3).strokeColor('#999').stroke();
        };
        drawRow(b.columns.map((c) => c.label), true);
        for (const r of b.rows) drawRow(r, false);
        doc.x = doc.page.margins.left;
        doc.moveDown(0.6);
        break;
      }
      case 'spacer':
        doc.moveDown(b.height ?? 1);
        break;
      case 'pageBreak':
        doc.addPage();
        break;
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 48;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#555');
    if (spec.footer) doc.text(spec.footer, doc.page.margins.left, bottom, { width: width * 0.8, lineBreak: false });
    doc.text(`${PAGE_LABEL[spec.lang]} ${i + 1}/${range.count}`, doc.page.margins.left, bottom, { width, align: 'right', lineBreak: false });
    doc.fillColor('black');
  }
  doc.end();
  return done;
}

/** Dates in documents: 1.8.2025 (fi), 1.8.2025 (sv), 1 Aug 2025 (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (lang === 'en') return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${d}.${m}.${y}`;
}

export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang === 'sv' ? 'sv-FI' : 'fi-FI', { style: 'currency', currency: 'EUR' }).format(amount);
}
