import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';

/** Spreadsheet helpers: safe cell text in, formula-neutral text out. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Cells starting with = + - @ (or tab / CR) would run as formulas in Excel: prefix them with a quote. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

/** Reads the first worksheet of an .xlsx buffer into rows of trimmed strings (row 1 is the header). */
export async function readSheet(
  buffer: Buffer,
  maxRows: number,
): Promise<{ header: string[]; rows: { row: number; cells: string[] }[] } | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return null;
  const width = sheet.getRow(1).cellCount;
  const header = Array.from({ length: width }, (_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, index) => {
    if (index === 1 || rows.length > maxRows) return;
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    if (cells.some((c) => c !== '')) rows.push({ row: index, cells });
  });
  return { header, rows };
}

/** Streams a single-sheet workbook; every cell is text (ID numbers keep all 18 characters). */
export function streamSheet(sheetName: string, header: string[], rows: AsyncIterable<string[][]>): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(12, h.length * 2), style: { numFmt: '@' } }));
  void (async () => {
    try {
      for await (const batch of rows) for (const r of batch) sheet.addRow(r.map(neutraliseCell)).commit();
      sheet.commit();
      await wb.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

/** A small workbook built in memory (templates). */
export async function buildWorkbook(
  sheets: { name: string; header: string[]; rows: string[][]; textColumns?: boolean }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = wb.addWorksheet(s.name);
    sheet.columns = s.header.map((h) => ({
      header: h,
      width: Math.max(12, h.length * 2),
      style: s.textColumns ? { numFmt: '@' } : {},
    }));
    for (const r of s.rows) sheet.addRow(r.map(neutraliseCell));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
