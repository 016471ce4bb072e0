import type { Lexer } from './lexer';
import { PdfName, PdfOp, PdfRef, type PdfDict, type PdfValue } from './values';

/** The next value, or the operator/mark that stands where a value might; undefined at the end. */
export function readValue(lx: Lexer): PdfValue | PdfOp | undefined {
  const t = lx.token();
  if (t instanceof PdfOp) {
    switch (t.op) {
      case '[': {
        const items: PdfValue[] = [];
        for (;;) {
          const v = readValue(lx);
          if (v === undefined || (v instanceof PdfOp && v.op === ']')) return items;
          if (!(v instanceof PdfOp)) items.push(v);
        }
      }
      case '<<': {
        const dict: PdfDict = new Map();
        for (;;) {
          const key = readValue(lx);
          if (key === undefined || (key instanceof PdfOp && key.op === '>>')) return dict;
          if (!(key instanceof PdfName)) continue;
          const v = readValue(lx);
          if (v === undefined || (v instanceof PdfOp && v.op === '>>')) return dict;
          if (!(v instanceof PdfOp)) dict.set(key.name, v);
        }
      }
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      default:
        return t;
    }
  }
  if (lx.refs && typeof t === 'number' && Number.isInteger(t) && t >= 0) {
    const save = lx.pos;
    const gen = lx.token();
    if (typeof gen === 'number' && Number.isInteger(gen)) {
      const r = lx.token();
      if (r instanceof PdfOp && r.op === 'R') return new PdfRef(t);
    }
    lx.pos = save;
  }
  return t;
}
