import type { Lexer } from './lexer';
import { readValue } from './read-value';
import { PdfOp, type PdfValue } from './values';

/**
 * The operators of a content stream or a CMap in order, each with the operands written before it (PDF's postfix
 * syntax). The caller may move `lx.pos` between operators (past an inline image's data, say).
 */
export function* operations(lx: Lexer): Generator<{ op: string; operands: PdfValue[] }> {
  let operands: PdfValue[] = [];
  for (let v = readValue(lx); v !== undefined; v = readValue(lx)) {
    if (v instanceof PdfOp) {
      yield { op: v.op, operands };
      operands = [];
    } else operands.push(v);
  }
}
