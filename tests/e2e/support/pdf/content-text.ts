import type { PdfDocument } from './document';
import { FontText } from './font-text';
import { Lexer } from './lexer';
import { operations } from './operations';
import { parseToUnicode } from './to-unicode';
import { nameOf, PdfString, type PdfDict, type PdfValue } from './values';

/** The text a document's content streams show, read through each font's ToUnicode CMap (fonts read once). */
export class ContentText {
  private readonly fonts = new Map<PdfDict, FontText>();

  constructor(private readonly doc: PdfDocument) {}

  /** Walks a content stream's operators, appending the text it shows to `out`. */
  showText(content: string, resources: PdfDict | undefined, out: string[], depth: number): void {
    const fonts = this.doc.dict(resources?.get('Font'));
    const xobjects = this.doc.dict(resources?.get('XObject'));
    let font: FontText | undefined;
    const show = (s: PdfValue | undefined): void => {
      if (s instanceof PdfString && font) out.push(font.decode(s.bytes));
    };
    const lx = new Lexer(content, 0, false);
    for (const { op, operands } of operations(lx)) {
      switch (op) {
        case 'Tf':
          font = this.fontText(fonts?.get(nameOf(operands[0]) ?? ''));
          break;
        case 'Tj':
          show(operands[0]);
          break;
        case "'":
          out.push('\n');
          show(operands[0]);
          break;
        case '"':
          out.push('\n');
          show(operands[2]);
          break;
        case 'TJ': {
          const items = operands[0];
          if (Array.isArray(items)) for (const item of items) show(item);
          break;
        }
        case 'ET':
          out.push('\n');
          break;
        case 'Do': {
          const ref = xobjects?.get(nameOf(operands[0]) ?? '');
          const form = this.doc.streamOf(ref);
          if (form && nameOf(form.dict.get('Subtype')) === 'Form' && depth < 16) {
            const own = this.doc.dict(form.dict.get('Resources'));
            this.showText(form.data, own ?? resources, out, depth + 1);
          }
          break;
        }
        case 'BI': {
          // An inline image: skip its data, which is not text and may hold any bytes.
          const id = /\sID[\s]/g;
          id.lastIndex = lx.pos - 1;
          const at = id.exec(content);
          const ei = /\sEI(?=[\s]|$)/g;
          ei.lastIndex = at ? id.lastIndex : lx.pos;
          lx.pos = ei.exec(content) ? ei.lastIndex : content.length;
          break;
        }
      }
    }
  }

  private fontText(v: PdfValue | undefined): FontText | undefined {
    const font = this.doc.dict(v);
    if (!font) return undefined;
    let text = this.fonts.get(font);
    if (!text) {
      const composite = nameOf(font.get('Subtype')) === 'Type0';
      const toUnicode = this.doc.streamOf(font.get('ToUnicode'));
      const { ranges, unicode } = toUnicode ? parseToUnicode(toUnicode.data) : { ranges: [], unicode: new Map() };
      text = new FontText(ranges, unicode, composite ? 2 : 1, toUnicode !== undefined);
      this.fonts.set(font, text);
    }
    return text;
  }
}
