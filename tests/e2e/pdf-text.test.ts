import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractPdfText, foldRadicals, withoutWhitespace } from './support/pdf-text';
import { useBrowser } from './support/session';

/** A PDF of numbered objects (the reader needs no xref table); a `stream` is appended after the dictionary. */
function handMadePdf(objects: { dict: string; stream?: Buffer }[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  objects.forEach(({ dict, stream }, k) => {
    parts.push(Buffer.from(`${k + 1} 0 obj\n${dict}\n`, 'latin1'));
    if (stream) parts.push(Buffer.from('stream\r\n', 'latin1'), stream, Buffer.from('\r\nendstream\n', 'latin1'));
    parts.push(Buffer.from('endobj\n', 'latin1'));
  });
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return Buffer.concat(parts);
}

describe('the PDF text extractor', () => {
  const session = useBrowser();

  it('reads the Chinese and Latin text, page by page, of a PDF that Chromium prints', async () => {
    const page = await session.browser.newPage();
    await page.setContent(
      '<h1>一、统计</h1><p><b>粗体</b> plain ABC 123</p>' +
        '<p style="font-family: \'Noto Serif CJK SC\', serif">宋体的字 Serif</p>' +
        '<div style="break-before: page">第二页 Page two</div>',
    );
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pages = extractPdfText(pdf).map(withoutWhitespace);
    expect(pages).toHaveLength(2);
    const [first = '', second = ''] = pages;
    // 一 is drawn with the glyph of ⼀ (KANGXI RADICAL ONE) and comes back as 一.
    for (const text of ['一、统计', '粗体', 'plainABC123', '宋体的字Serif']) expect(first).toContain(text);
    expect(second).toContain('第二页Pagetwo');
    // Text that was not printed is not found, and each page has only its own.
    expect(first).not.toContain('第二页');
    expect(pages.join('')).not.toContain('不在页上');
    expect(pages.join('')).not.toContain('ABD');
  });

  it('reads indirect lengths, inherited resources, CMap ranges, surrogate pairs and literal strings', () => {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      // 一, and U+2000B as a surrogate pair
      '2 beginbfchar <0001> <4E00> <0002> <D840DC0B> endbfchar',
      // A B C counted up from one destination; 统 计 listed one by one
      '2 beginbfrange <0010> <0012> <0041> <0020> <0021> [<7EDF> <8BA1>] endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const first = deflateSync(
      Buffer.from(
        'BT /F1 12 Tf <0001> Tj [<0010> -200 <00110012>] TJ ET\n' +
          'BT /F2 10 Tf (Hello \\(world\\)\\041) Tj (next) \' 1 2 (quoted) " ET',
        'latin1',
      ),
    );
    const second = Buffer.from('BT /F1 12 Tf <00200021> Tj <0002> Tj ET', 'latin1');
    const pdf = handMadePdf([
      { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
      // Resources on the /Pages node, inherited by both pages; the font dictionary is an object of its own.
      { dict: '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources << /Font 5 0 R >> >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>' },
      { dict: '<< /Type /Page /Parent 2 0 R /Contents [10 0 R] >>' },
      { dict: '<< /F1 6 0 R /F2 7 0 R >>' },
      { dict: '<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 11 0 R >>' },
      { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      // A /Length given by reference: the stream runs to `endstream`.
      { dict: '<< /Length 9 0 R /Filter /FlateDecode >>', stream: first },
      { dict: String(first.length) },
      { dict: `<< /Length ${second.length} >>`, stream: second },
      { dict: '<< /Length 12 0 R >>', stream: Buffer.from(cmap, 'latin1') },
      { dict: String(cmap.length) },
    ]);

    const pages = extractPdfText(pdf).map(withoutWhitespace);
    expect(pages).toEqual(['一ABCHello(world)!nextquoted', '统计\u{2000B}']);
  });

  it('folds radicals to the ideographs they are drawn as', () => {
    expect(foldRadicals('\u2f00、\u2f06、第\u2eda、⻔')).toBe('一、二、第页、门');
    expect(foldRadicals('（全角）ＡＢ')).toBe('（全角）ＡＢ');
  });
});
