import type { CodeRange } from './to-unicode';

/** How a font's string bytes split into codes, and what each code reads as. */
export class FontText {
  constructor(
    readonly ranges: CodeRange[],
    readonly unicode: Map<number, string>,
    /** Code length when the CMap gives no codespace: 2 bytes for Type0 (Identity-H), 1 for simple fonts. */
    readonly defaultLength: number,
    readonly hasToUnicode: boolean,
  ) {}

  decode(bytes: string): string {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      const n = this.codeLength(bytes, i);
      let code = 0;
      for (let k = 0; k < n; k++) code = code * 256 + (bytes.charCodeAt(i + k) || 0);
      i += n;
      const text = this.unicode.get(code);
      if (text !== undefined) out += text;
      // Without a ToUnicode map, a simple font's codes are near enough Latin-1.
      else if (!this.hasToUnicode && this.defaultLength === 1) out += String.fromCharCode(code);
    }
    return out;
  }

  private codeLength(bytes: string, at: number): number {
    for (const range of this.ranges) {
      const n = range.low.length;
      if (at + n > bytes.length) continue;
      let inside = true;
      for (let k = 0; k < n && inside; k++) {
        const b = bytes.charCodeAt(at + k);
        inside = b >= (range.low[k] ?? 0) && b <= (range.high[k] ?? 255);
      }
      if (inside) return n;
    }
    return this.ranges[0]?.low.length ?? this.defaultLength;
  }
}
