import { renderPdf as renderDocument, type PdfDoc } from '../../platform/pdf.ts';
import type { ReportDoc, ReportTable } from './report.content.ts';

const MARGIN = 56;

/** The report model as an A4 PDF with an embedded Chinese font. */
export function renderPdf(doc: ReportDoc): Promise<Buffer> {
  return renderDocument(
    (pdf) => {
      pdf.font('cjk-bold').fontSize(20).text(doc.title, { align: 'center' });
      pdf.moveDown(0.3).font('cjk').fontSize(10).text(doc.subtitle, { align: 'center' }).moveDown();
      for (const s of doc.sections) {
        pdf.moveDown(0.5).font('cjk-bold').fontSize(15).text(s.heading, MARGIN).moveDown(0.3);
        for (const p of s.paragraphs)
          pdf.font('cjk').fontSize(12).text(p, MARGIN, undefined, { indent: 24, lineGap: 4 }).moveDown(0.3);
        if (s.table) table(pdf, s.table);
      }
    },
    { title: doc.title },
  );
}

function table(pdf: PdfDoc, t: ReportTable): void {
  const width = pdf.page.width - MARGIN * 2;
  const first = Math.min(width * 0.34, 170);
  const rest = (width - first) / Math.max(1, t.header.length - 1);
  const widths = t.header.map((_, i) => (i === 0 ? first : rest));
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'cjk-bold' : 'cjk').fontSize(9);
    const h = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 6 }))) + 6;
    if (pdf.y + h > pdf.page.height - MARGIN) pdf.addPage();
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      pdf.rect(x, y, widths[i], h).stroke('#999999');
      pdf.fillColor('#000000').text(c, x + 3, y + 3, { width: widths[i] - 6 });
      x += widths[i];
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  drawRow(t.header, true);
  for (const r of t.rows) drawRow(r, false);
  pdf.moveDown(0.5);
}
