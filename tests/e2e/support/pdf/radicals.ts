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
