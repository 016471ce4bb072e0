import { Lexer } from './lexer';
import { operations } from './operations';
import { PdfString } from './values';

export interface CodeRange {
  low: number[];
  high: number[];
}

/** The bytes of a string as a number (big-endian). */
function codeOf(bytes: string): number {
  let code = 0;
  for (let k = 0; k < bytes.length; k++) code = code * 256 + bytes.charCodeAt(k);
  return code;
}

/** UTF-16BE bytes as a JS string (a JS string is UTF-16, so surrogate pairs carry over as they are). */
function utf16be(bytes: string, increment = 0): string {
  const units: number[] = [];
  for (let k = 0; k + 1 < bytes.length; k += 2) units.push(bytes.charCodeAt(k) * 256 + bytes.charCodeAt(k + 1));
  if (bytes.length % 2) units.push(bytes.charCodeAt(bytes.length - 1));
  if (increment && units.length) units[units.length - 1] = ((units[units.length - 1] ?? 0) + increment) & 0xffff;
  return String.fromCharCode(...units);
}

/** A ToUnicode CMap: its codespace ranges and its bfchar/bfrange entries. */
export function parseToUnicode(cmap: string): { ranges: CodeRange[]; unicode: Map<number, string> } {
  const ranges: CodeRange[] = [];
  const unicode = new Map<number, string>();
  const lx = new Lexer(cmap, 0, false);
  for (const { op, operands } of operations(lx)) {
    if (op === 'endcodespacerange') {
      for (let k = 0; k + 1 < operands.length; k += 2) {
        const [low, high] = [operands[k], operands[k + 1]];
        if (low instanceof PdfString && high instanceof PdfString)
          ranges.push({
            low: [...low.bytes].map((c) => c.charCodeAt(0)),
            high: [...high.bytes].map((c) => c.charCodeAt(0)),
          });
      }
    } else if (op === 'endbfchar') {
      for (let k = 0; k + 1 < operands.length; k += 2) {
        const [src, dst] = [operands[k], operands[k + 1]];
        if (src instanceof PdfString && dst instanceof PdfString) unicode.set(codeOf(src.bytes), utf16be(dst.bytes));
      }
    } else if (op === 'endbfrange') {
      for (let k = 0; k + 2 < operands.length; k += 3) {
        const [lo, hi, dst] = [operands[k], operands[k + 1], operands[k + 2]];
        if (!(lo instanceof PdfString && hi instanceof PdfString)) continue;
        const [first, last] = [codeOf(lo.bytes), codeOf(hi.bytes)];
        for (let code = first; code <= last && code - first <= 0xffff; code++) {
          if (dst instanceof PdfString) unicode.set(code, utf16be(dst.bytes, code - first));
          else if (Array.isArray(dst)) {
            const item = dst[code - first];
            if (item instanceof PdfString) unicode.set(code, utf16be(item.bytes));
          }
        }
      }
    }
  }
  // Shorter codes are tried first.
  ranges.sort((a, b) => a.low.length - b.low.length);
  return { ranges, unicode };
}
