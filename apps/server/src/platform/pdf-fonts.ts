import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Chinese fonts for generated PDFs (certificates, feedback and annual reports): Noto Sans Hans (SIL OFL)
 * from the npm package @embedpdf/fonts-sc, read once and embedded (subset) by pdfkit.
 * One place to load fonts so every PDF the platform makes uses the same face.
 */
const require = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

export type PdfFontWeight = 'regular' | 'bold';
const FILES: Record<PdfFontWeight, string> = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };
/** The package exports only its index; the fonts sit in its fonts/ folder beside dist/. */
const fontDir = () => join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

export function chineseFont(weight: PdfFontWeight = 'regular'): Buffer {
  let font = cache.get(weight);
  if (!font) {
    font = readFileSync(join(fontDir(), FILES[weight]));
    cache.set(weight, font);
  }
  return font;
}
