import { PdfName, PdfOp, PdfString } from './values';

const WHITESPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** PDF tokens (numbers, names, strings, operators and marks) from `src`, beginning at `pos`. */
export class Lexer {
  constructor(
    readonly src: string,
    public pos: number,
    /** Whether `a b R` is read as a reference (object bodies; never in content streams). */
    readonly refs: boolean,
  ) {}

  skipSpace(): void {
    const { src } = this;
    while (this.pos < src.length) {
      const c = src[this.pos] as string;
      if (WHITESPACE.includes(c)) this.pos++;
      else if (c === '%') while (this.pos < src.length && src[this.pos] !== '\n' && src[this.pos] !== '\r') this.pos++;
      else break;
    }
  }

  /** The next token; undefined at the end. */
  token(): number | PdfName | PdfString | PdfOp | undefined {
    this.skipSpace();
    const { src } = this;
    if (this.pos >= src.length) return undefined;
    const c = src[this.pos] as string;
    if (c === '(') return this.literal();
    if (c === '<') {
      if (src[this.pos + 1] === '<') {
        this.pos += 2;
        return new PdfOp('<<');
      }
      const end = src.indexOf('>', this.pos);
      const stop = end < 0 ? src.length : end;
      const hex = src.slice(this.pos + 1, stop).replace(/[^0-9a-fA-F]/g, '');
      this.pos = stop + 1;
      const digits = hex.length % 2 ? `${hex}0` : hex;
      return new PdfString(Buffer.from(digits, 'hex').toString('latin1'));
    }
    if (c === '>' && src[this.pos + 1] === '>') {
      this.pos += 2;
      return new PdfOp('>>');
    }
    if ('[]{}'.includes(c) || c === '>' || c === ')') {
      this.pos++;
      return new PdfOp(c);
    }
    if (c === '/') {
      this.pos++;
      const word = this.word();
      return new PdfName(word.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    const word = this.word();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    return new PdfOp(word);
  }

  /** A run of regular characters (empty only for a bare `/`: token() reads a delimiter itself). */
  private word(): string {
    const { src } = this;
    const start = this.pos;
    while (this.pos < src.length) {
      const c = src[this.pos] as string;
      if (WHITESPACE.includes(c) || DELIMITERS.includes(c)) break;
      this.pos++;
    }
    return src.slice(start, this.pos);
  }

  /** A literal string `( … )`: balanced parentheses, backslash escapes, octal codes, line continuations. */
  private literal(): PdfString {
    const { src } = this;
    let depth = 0;
    let out = '';
    this.pos++;
    while (this.pos < src.length) {
      const c = src[this.pos++] as string;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '\\') {
        const e = src[this.pos++] ?? '';
        if (e in ESCAPES) out += ESCAPES[e];
        else if (/[0-7]/.test(e)) {
          let octal = e;
          while (octal.length < 3 && /[0-7]/.test(src[this.pos] ?? '')) octal += src[this.pos++];
          out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        } else if (e === '\r') {
          if (src[this.pos] === '\n') this.pos++;
        } else if (e !== '\n') out += e;
        continue;
      } else if (c === '\r') {
        // An unescaped end of line is a line feed, whichever it was.
        if (src[this.pos] === '\n') this.pos++;
        out += '\n';
        continue;
      }
      out += c;
    }
    return new PdfString(out);
  }
}
