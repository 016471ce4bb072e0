import { constants, inflateSync } from 'node:zlib';
import { Lexer } from './lexer';
import { readValue } from './read-value';
import { isDict, nameOf, PdfOp, PdfRef, type PdfDict, type PdfValue } from './values';

interface PdfObject {
  value: PdfValue | undefined;
  /** The raw stream bytes (latin1), when the object is a stream. */
  stream?: string;
}

/**
 * A PDF's objects (also those kept in object streams) and its page tree: just enough of a PDF reader to find
 * each page's content streams and resources.
 */
export class PdfDocument {
  private readonly objects = new Map<number, PdfObject>();
  private readonly decoded = new Map<number, string | undefined>();

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

  dict(v: PdfValue | undefined): PdfDict | undefined {
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

  streamOf(v: PdfValue | undefined): { dict: PdfDict; data: string } | undefined {
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
}
