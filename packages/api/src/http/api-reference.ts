/**
 * The API reference at /api/docs as one self-contained HTML page rendered from the OpenAPI document: no script,
 * no stylesheet or font from a CDN (government networks are closed), nothing but this response. Each operation
 * lists its parameters, request body and responses, with component schemas named and linked to their fields.
 */
type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** A table row of already-escaped cells. */
const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const star = (required: unknown) => (required ? ' *' : '');

/** A schema in one line: `Name` for a reference, `array<…>`, `a | b`, a type with its enum values. */
function typeOf(schema: unknown): string {
  if (!isObj(schema)) return '';
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.split('/').at(-1) ?? ref;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  const anyOf = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(anyOf)) return anyOf.map(typeOf).join(' | ');
  if (schema['type'] === 'array') return `array&lt;${typeOf(schema['items'])}&gt;`;
  if (Array.isArray(schema['enum'])) return schema['enum'].map((v) => `<code>${esc(v)}</code>`).join(' | ');
  const type = Array.isArray(schema['type']) ? schema['type'].join(' | ') : schema['type'];
  return esc(type ?? 'object') + (schema['format'] ? ` (${esc(schema['format'])})` : '');
}

function fieldsTable(schema: Json): string {
  const props = isObj(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
  const rows = Object.entries(props).map(([name, p]) => {
    const desc = isObj(p) ? (p['description'] ?? '') : '';
    return row([`<code>${esc(name)}</code>${star(required.has(name))}`, typeOf(p), esc(desc)]);
  });
  return rows.length
    ? `<table><tr><th>字段</th><th>类型</th><th>说明</th></tr>${rows.join('')}</table>`
    : `<p>${typeOf(schema)}</p>`;
}

function operation(path: string, method: string, op: Json): string {
  const params = (Array.isArray(op['parameters']) ? op['parameters'] : []).filter(isObj);
  const paramRows = params.map((p) => {
    const desc = p['description'] ?? (isObj(p['schema']) ? p['schema']['description'] : '');
    return row([`<code>${esc(p['name'])}</code>${star(p['required'])}`, esc(p['in']), typeOf(p['schema']), esc(desc)]);
  });
  const body =
    isObj(op['requestBody']) && isObj(op['requestBody']['content']) ? op['requestBody']['content'] : undefined;
  const bodyHtml = body
    ? Object.entries(body)
        .map(
          ([type, media]) => `<p>请求体 <code>${esc(type)}</code>：${isObj(media) ? typeOf(media['schema']) : ''}</p>`,
        )
        .join('')
    : '';
  const responses = isObj(op['responses']) ? op['responses'] : {};
  const respRows = Object.entries(responses).map(([status, r]) => {
    const content = isObj(r) && isObj(r['content']) ? r['content'] : {};
    const types = Object.values(content)
      .map((m) => (isObj(m) ? typeOf(m['schema']) : ''))
      .join(', ');
    return `<tr><td>${esc(status)}</td><td>${esc(isObj(r) ? r['description'] : '')}</td><td>${types}</td></tr>`;
  });
  const verb = `<span class="m ${esc(method)}">${esc(method.toUpperCase())}</span>`;
  return `<details class="op"><summary>${verb} <code>/api${esc(path)}</code> ${esc(op['summary'] ?? '')}</summary>
${op['description'] ? `<p>${esc(op['description'])}</p>` : ''}
${paramRows.length ? `<table><tr><th>参数</th><th>位置</th><th>类型</th><th>说明</th></tr>${paramRows.join('')}</table>` : ''}
${bodyHtml}
<table><tr><th>状态</th><th>说明</th><th>内容</th></tr>${respRows.join('')}</table></details>`;
}

export function renderApiReference(document: unknown, specUrl: string): string {
  const doc = isObj(document) ? document : {};
  const info = isObj(doc['info']) ? doc['info'] : {};
  const paths = isObj(doc['paths']) ? doc['paths'] : {};
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const tag = Array.isArray(op['tags']) && typeof op['tags'][0] === 'string' ? op['tags'][0] : '其他';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(path, method, op)]);
    }
  }
  const components =
    isObj(doc['components']) && isObj(doc['components']['schemas']) ? doc['components']['schemas'] : {};
  const schemas = Object.entries(components)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, s]) =>
        `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${isObj(s) ? fieldsTable(s) : ''}</section>`,
    );
  const tags = [...byTag.keys()];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info['title'])} 参考</title><style>
body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}
body{margin:0 auto;max-width:1100px;padding:16px;color:#222}
nav a{margin-right:12px}table{border-collapse:collapse;margin:8px 0;width:100%;font-size:14px}
td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f4f4f4}
.op{border:1px solid #ddd;border-radius:6px;margin:6px 0;padding:6px 10px}.op summary{cursor:pointer}
.m{display:inline-block;min-width:58px;font-weight:bold}
.get{color:#1565c0}.post{color:#2e7d32}.put,.patch{color:#ef6c00}.delete{color:#c62828}
code{word-break:break-all}</style></head><body>
<h1>${esc(info['title'])}</h1><p>版本 ${esc(info['version'])}。${esc(info['description'])}</p>
<p>机器可读的 OpenAPI 文档：<a href="${esc(specUrl)}">${esc(specUrl)}</a>。
除登录外，每个请求都带 <code>Authorization: Bearer &lt;token&gt;</code>；错误以 RFC 9457 problem+json 返回。</p>
<nav>${tags.map((t) => `<a href="#tag-${esc(t)}">${esc(t)}</a>`).join('')}<a href="#schemas">数据结构</a></nav>
${tags.map((t) => `<h2 id="tag-${esc(t)}">${esc(t)}</h2>${(byTag.get(t) ?? []).join('\n')}`).join('\n')}
<h2 id="schemas">数据结构</h2>${schemas.join('\n')}
</body></html>`;
}
