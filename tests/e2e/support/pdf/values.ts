/** The values of a PDF's object syntax, as the lexer and the reader give them. */

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(readonly num: number) {}
}
/** A string's bytes, one char per byte (latin1). */
export class PdfString {
  constructor(readonly bytes: string) {}
}
/** An operator or keyword in a content stream, or a structural mark ([ ] << >> { }). */
export class PdfOp {
  constructor(readonly op: string) {}
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export function isDict(v: unknown): v is PdfDict {
  return v instanceof Map;
}

export function nameOf(v: PdfValue | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined;
}
