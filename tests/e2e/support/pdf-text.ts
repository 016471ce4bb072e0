import { ContentText } from './pdf/content-text';
import { PdfDocument } from './pdf/document';
import { foldRadicals } from './pdf/radicals';

export { foldRadicals };

/**
 * The text of a PDF as printed by Chromium (Skia), one string per page, so a test can check that a printed
 * report really carries its Chinese headings. Skia writes text with Identity-H fonts (2-byte glyph ids), so the
 * letters are only recoverable through each font's /ToUnicode CMap; this reads just enough PDF for that:
 * objects (and object streams), Flate streams, the page tree with inherited /Resources (pdf/document.ts), fonts
 * and their CMaps (pdf/to-unicode.ts, pdf/font-text.ts), and the text-showing operators of the content streams,
 * also inside Form XObjects (pdf/content-text.ts).
 *
 * Text objects (BT … ET) are separated by a newline and nothing is inferred from glyph positions, so compare
 * with whitespace removed on both sides (see `withoutWhitespace`).
 */
export function extractPdfText(pdf: Uint8Array): string[] {
  const doc = new PdfDocument(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'));
  const text = new ContentText(doc);
  return doc.pages().map((page) => {
    const out: string[] = [];
    text.showText(doc.contents(page.dict), page.resources, out, 0);
    return foldRadicals(out.join(''));
  });
}

/** All whitespace removed: how extracted text and the text it is expected to contain are compared. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
