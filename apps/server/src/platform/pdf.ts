import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * Server-side PDF documents with Chinese text. The font is Noto Sans SC (SIL OFL) shipped inside
 * the npm package @expo-google-fonts/noto-sans-sc, so it is there after `npm install` on any
 * machine; pdfkit embeds only the glyphs a document uses (decision 0020).
 */
const require = createRequire(import.meta.url);
export const CJK_FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const PDF_MIME = 'application/pdf';
/** Read once per process (10 MB): every document parses it but never reads the disk again. */
let fontBytes: Buffer | null = null;
const cjkFont = (): Buffer => (fontBytes ??= readFileSync(CJK_FONT_FILE));

export type PdfDoc = PDFKit.PDFDocument;

/** Renders a document (A4, CJK font preset) to a buffer. */
export function renderPdf(draw: (doc: PdfDoc) => void, options: { landscape?: boolean; title?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: options.landscape ? 'landscape' : 'portrait', margin: 56, info: { Title: options.title ?? '' } });
  doc.registerFont('cjk', cjkFont());
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

/** Content-Disposition for a download with a Chinese file name and an ASCII fallback. */
export const attachmentName = (base: string, ascii: string, ext: string): string =>
  `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(base)}.${ext}`;
