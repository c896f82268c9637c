import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportDoc } from './report.content.ts';

const FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const run = (text: string, bold = false, size = 24) => new TextRun({ text, bold, size, font: FONT });

/** The report model as a Word document (East Asian font named so Word picks a Chinese face). */
export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [run(doc.title, true, 36)],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(doc.subtitle, false, 21)] }),
  ];
  for (const s of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [run(s.heading, true, 30)],
      }),
    );
    for (const p of s.paragraphs)
      children.push(new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [run(p)] }));
    if (s.table) {
      const cell = (t: string, bold: boolean) =>
        new TableCell({ children: [new Paragraph({ children: [run(t, bold, 21)] })] });
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: s.table.header.map((h) => cell(h, true)) }),
            ...s.table.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
          ],
        }),
      );
    }
  }
  return Packer.toBuffer(new Document({ creator: 'Jishi', title: doc.title, sections: [{ children }] }));
}
