import { constants, inflateSync } from 'node:zlib';

/**
 * The text of a PDF as printed by Chromium (Skia), one string per page, so a test can check that a printed
 * report really carries its Chinese headings. Skia writes text with Identity-H fonts (2-byte glyph ids), so the
 * letters are only recoverable through each font's /ToUnicode CMap; this reads just enough PDF for that:
 * objects (and object streams), Flate streams, the page tree with inherited /Resources, fonts and their
 * CMaps, and the text-showing operators of the content streams (also inside Form XObjects).
 *
 * Text objects (BT … ET) are separated by a newline and nothing is inferred from glyph positions, so compare
 * with whitespace removed on both sides (see `withoutWhitespace`).
 */
export function extractPdfText(pdf: Uint8Array): string[] {
  const doc = new PdfDocument(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'));
  return doc.pages().map((page) => {
    const out: string[] = [];
    doc.showText(doc.contents(page.dict), page.resources, out, 0);
    return foldRadicals(out.join(''));
  });
}

/** All whitespace removed: how extracted text and the text it is expected to contain are compared. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Skia's ToUnicode names a glyph by the lowest code point the font maps to it, and CJK fonts draw a radical
 * and the ideograph it equals with one glyph: 一 comes out as ⼀ (KANGXI RADICAL ONE), 页 as ⻚. Kangxi radicals
 * fold to their ideographs by NFKC; CJK Radicals Supplement ones have no decomposition, so they fold by this
 * table of pairs (radical, ideograph), Unicode's Equivalent_Unified_Ideograph property for U+2E80–U+2EFF.
 */
const RADICAL_PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑' +
  '⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王' +
  '⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑' +
  '⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長' +
  '⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼' +
  '⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';
const RADICALS: ReadonlyMap<string, string> = (() => {
  const chars = Array.from(RADICAL_PAIRS);
  const map = new Map<string, string>();
  for (let k = 0; k + 1 < chars.length; k += 2) map.set(chars[k] as string, chars[k + 1] as string);
  return map;
})();

/** Radicals (as Skia's ToUnicode gives them) back to the ideographs on the page. */
export function foldRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/gu, (c) => RADICALS.get(c) ?? c.normalize('NFKC'));
}

// ---- values and lexing -------------------------------------------------------------------------------------

class PdfName {
  constructor(readonly name: string) {}
}
class PdfRef {
  constructor(readonly num: number) {}
}
/** A string's bytes, one char per byte (latin1). */
class PdfString {
  constructor(readonly bytes: string) {}
}
/** An operator or keyword in a content stream, or a structural mark ([ ] << >> { }). */
class PdfOp {
  constructor(readonly op: string) {}
}
type PdfDict = Map<string, PdfValue>;
type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

const WHITESPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

class Lexer {
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

/** The next value, or the operator/mark that stands where a value might; undefined at the end. */
function readValue(lx: Lexer): PdfValue | PdfOp | undefined {
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

// ---- fonts and CMaps ---------------------------------------------------------------------------------------

interface CodeRange {
  low: number[];
  high: number[];
}

/** How a font's string bytes split into codes, and what each code reads as. */
class FontText {
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
  let operands: PdfValue[] = [];
  for (;;) {
    const v = readValue(lx);
    if (v === undefined) break;
    if (!(v instanceof PdfOp)) {
      operands.push(v);
      continue;
    }
    if (v.op === 'endcodespacerange') {
      for (let k = 0; k + 1 < operands.length; k += 2) {
        const [low, high] = [operands[k], operands[k + 1]];
        if (low instanceof PdfString && high instanceof PdfString)
          ranges.push({
            low: [...low.bytes].map((c) => c.charCodeAt(0)),
            high: [...high.bytes].map((c) => c.charCodeAt(0)),
          });
      }
    } else if (v.op === 'endbfchar') {
      for (let k = 0; k + 1 < operands.length; k += 2) {
        const [src, dst] = [operands[k], operands[k + 1]];
        if (src instanceof PdfString && dst instanceof PdfString) unicode.set(codeOf(src.bytes), utf16be(dst.bytes));
      }
    } else if (v.op === 'endbfrange') {
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
    operands = [];
  }
  // Shorter codes are tried first.
  ranges.sort((a, b) => a.low.length - b.low.length);
  return { ranges, unicode };
}

// ---- the document ------------------------------------------------------------------------------------------

interface PdfObject {
  value: PdfValue | undefined;
  /** The raw stream bytes (latin1), when the object is a stream. */
  stream?: string;
}

function isDict(v: unknown): v is PdfDict {
  return v instanceof Map;
}

function nameOf(v: PdfValue | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined;
}

class PdfDocument {
  private readonly objects = new Map<number, PdfObject>();
  private readonly decoded = new Map<number, string | undefined>();
  private readonly fonts = new Map<PdfDict, FontText>();

  constructor(private readonly src: string) {
    this.parseObjects();
    for (const [, obj] of [...this.objects]) {
      if (isDict(obj.value) && nameOf(obj.value.get('Type')) === 'ObjStm') this.parseObjectStream(obj);
    }
  }

  /** Every `N G obj … endobj`, in file order; a later definition (an incremental update) wins. */
  private parseObjects(): void {
    const { src } = this;
    const header = /(\d+)\s+\d+\s+obj\b/g;
    for (let m = header.exec(src); m; m = header.exec(src)) {
      const num = Number(m[1]);
      const lx = new Lexer(src, header.lastIndex, true);
      const read = readValue(lx);
      const value = read instanceof PdfOp ? undefined : read;
      lx.skipSpace();
      if (!src.startsWith('stream', lx.pos)) {
        this.objects.set(num, { value });
        header.lastIndex = lx.pos;
        continue;
      }
      let start = lx.pos + 'stream'.length;
      if (src[start] === '\r') start++;
      if (src[start] === '\n') start++;
      const length = isDict(value) ? value.get('Length') : undefined;
      let end: number;
      if (typeof length === 'number' && /^\s*endstream/.test(src.slice(start + length, start + length + 12)))
        end = start + length;
      else {
        // /Length as an indirect reference (or wrong): the data runs up to the end-of-line before `endstream`.
        end = src.indexOf('endstream', start);
        if (end < 0) end = src.length;
        if (src[end - 1] === '\n') end--;
        if (src[end - 1] === '\r') end--;
      }
      this.objects.set(num, { value, stream: src.slice(start, end) });
      header.lastIndex = end;
    }
  }

  /** Objects kept compressed in an object stream (PDF 1.5); Skia does not write them, other producers do. */
  private parseObjectStream(obj: PdfObject): void {
    const data = this.decode(obj);
    const dict = obj.value;
    if (data === undefined || !isDict(dict)) return;
    const first = Number(dict.get('First') ?? 0);
    const count = Number(dict.get('N') ?? 0);
    const lx = new Lexer(data, 0, false);
    const offsets: [number, number][] = [];
    for (let k = 0; k < count; k++) {
      const [num, offset] = [lx.token(), lx.token()];
      if (typeof num === 'number' && typeof offset === 'number') offsets.push([num, offset]);
    }
    for (const [num, offset] of offsets) {
      if (this.objects.has(num)) continue;
      const read = readValue(new Lexer(data, first + offset, true));
      this.objects.set(num, { value: read instanceof PdfOp ? undefined : read });
    }
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; v instanceof PdfRef && hops < 32; hops++) v = this.objects.get(v.num)?.value;
    return v;
  }

  private dict(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(v);
    return isDict(r) ? r : undefined;
  }

  /** A stream's data with its filters undone; undefined for a filter this reader does not know. */
  private decode(obj: PdfObject): string | undefined {
    if (obj.stream === undefined || !isDict(obj.value)) return undefined;
    const filter = this.resolve(obj.value.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter === undefined ? [] : [filter]).map((f) => nameOf(f));
    let data = Buffer.from(obj.stream, 'latin1');
    for (const f of filters) {
      if (f !== 'FlateDecode' && f !== 'Fl') return undefined;
      try {
        data = inflateSync(data);
      } catch {
        // A stream cut short (or with a stray byte at its end): keep what inflates.
        data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
      }
    }
    return data.toString('latin1');
  }

  private streamOf(v: PdfValue | undefined): { dict: PdfDict; data: string } | undefined {
    if (!(v instanceof PdfRef)) return undefined;
    if (!this.decoded.has(v.num)) {
      const obj = this.objects.get(v.num);
      this.decoded.set(v.num, obj ? this.decode(obj) : undefined);
    }
    const data = this.decoded.get(v.num);
    const dict = this.dict(v);
    return data === undefined || dict === undefined ? undefined : { dict, data };
  }

  /** The pages in order, each with the /Resources it has or inherits from its /Pages ancestors. */
  pages(): { dict: PdfDict; resources: PdfDict | undefined }[] {
    const trailer = /trailer\s*<<[^]*?\/Root\s+(\d+)\s+\d+\s+R/.exec(this.src);
    let catalog = trailer ? this.dict(new PdfRef(Number(trailer[1]))) : undefined;
    if (nameOf(catalog?.get('Type')) !== 'Catalog') {
      catalog = [...this.objects.values()]
        .map((o) => o.value)
        .filter(isDict)
        .find((d) => nameOf(d.get('Type')) === 'Catalog');
    }
    const pages: { dict: PdfDict; resources: PdfDict | undefined }[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict | undefined, inherited: PdfDict | undefined): void => {
      if (!node || seen.has(node)) return;
      seen.add(node);
      const resources = this.dict(node.get('Resources')) ?? inherited;
      const kids = this.resolve(node.get('Kids'));
      if (nameOf(node.get('Type')) === 'Page' || !Array.isArray(kids)) pages.push({ dict: node, resources });
      else for (const kid of kids) walk(this.dict(kid), resources);
    };
    walk(this.dict(catalog?.get('Pages')), undefined);
    return pages;
  }

  /** A page's content streams, decoded and joined. */
  contents(page: PdfDict): string {
    const contents = page.get('Contents');
    const resolved = this.resolve(contents);
    const refs = Array.isArray(resolved) ? resolved : [contents];
    return refs.map((ref) => this.streamOf(ref)?.data ?? '').join('\n');
  }

  private fontText(v: PdfValue | undefined): FontText | undefined {
    const font = this.dict(v);
    if (!font) return undefined;
    let text = this.fonts.get(font);
    if (!text) {
      const composite = nameOf(font.get('Subtype')) === 'Type0';
      const toUnicode = this.streamOf(font.get('ToUnicode'));
      const { ranges, unicode } = toUnicode ? parseToUnicode(toUnicode.data) : { ranges: [], unicode: new Map() };
      text = new FontText(ranges, unicode, composite ? 2 : 1, toUnicode !== undefined);
      this.fonts.set(font, text);
    }
    return text;
  }

  /** Walks a content stream's operators, appending the text it shows to `out`. */
  showText(content: string, resources: PdfDict | undefined, out: string[], depth: number): void {
    const fonts = this.dict(resources?.get('Font'));
    const xobjects = this.dict(resources?.get('XObject'));
    let font: FontText | undefined;
    const show = (s: PdfValue | undefined): void => {
      if (s instanceof PdfString && font) out.push(font.decode(s.bytes));
    };
    const lx = new Lexer(content, 0, false);
    let operands: PdfValue[] = [];
    for (;;) {
      const v = readValue(lx);
      if (v === undefined) break;
      if (!(v instanceof PdfOp)) {
        operands.push(v);
        continue;
      }
      switch (v.op) {
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
          const form = this.streamOf(ref);
          if (form && nameOf(form.dict.get('Subtype')) === 'Form' && depth < 16) {
            const own = this.dict(form.dict.get('Resources'));
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
      operands = [];
    }
  }
}
