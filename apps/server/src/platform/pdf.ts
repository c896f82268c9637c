import PDFDocument from 'pdfkit';
import { chineseFont } from './pdf-fonts.ts';

/**
 * Server-side PDF documents with Chinese text (certificates, feedback reports, annual reports).
 * Fonts come from pdf-fonts.ts (one face for every PDF, there after `npm install`); pdfkit embeds
 * only the glyphs a document uses (decisions 0020, 0025). Fonts: 'cjk' and 'cjk-bold'.
 */
export const PDF_MIME = 'application/pdf';

export type PdfDoc = PDFKit.PDFDocument;

/** Renders a document (A4, CJK font preset) to a buffer. */
export function renderPdf(
  draw: (doc: PdfDoc) => void,
  options: { landscape?: boolean; title?: string } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin: 56,
    info: { Title: options.title ?? '' },
  });
  doc.registerFont('cjk', chineseFont('regular'));
  doc.registerFont('cjk-bold', chineseFont('bold'));
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
