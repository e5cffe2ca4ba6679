// The compact form of the endpoint table that the builds ship (read back by src/table.ts, which
// describes the format). src/endpoints.ts stays plain data; rollup replaces it in every build with
// `decodeTable('<compact form>')`: about 20% of the bundle's gzipped size for 469 methods.

const VERBS = { GET: 'G', PUT: 'U', POST: 'P', DELETE: 'D', PATCH: 'A', HEAD: 'H' };
const FLAGS = { auth: 'a', noToken: 't', noUiMetadata: 'm', dataOptional: 'o' };
const ACCOUNT = 'accounts/{accountId}';

/** namespace -> method -> entry  ->  namespace -> compact string. Throws on what it cannot encode. */
export function encodeTable(table) {
  const encoded = {};
  for (const [ns, methods] of Object.entries(table)) encoded[ns] = encodeNamespace(ns, methods);
  return encoded;
}

function encodeNamespace(ns, methods) {
  // a method with several forms: one entry per form, under the same name, in order
  const forms = Object.entries(methods).flatMap(([name, entry]) => (Array.isArray(entry) ? entry : [entry]).map((form) => [name, form]));
  const { base, id } = chooseBase(forms.map(([, form]) => form.url));
  const item = base === null ? null : `${base}/{${id}}`;
  const entries = forms.map(([name, entry]) => {
    const label = `${ns}.${name}`;
    if (!/^\w+$/.test(name)) throw new Error(`${label}: a method name must be a word`);
    const { verb, url, contentType, accept, inData, ...flags } = entry;
    if (!VERBS[verb]) throw new Error(`${label}: unknown verb ${verb}`);
    for (const text of [url, contentType, accept, inData]) {
      if (text !== undefined && (typeof text !== 'string' || /[\s|]/.test(text))) throw new Error(`${label}: no space or | in ${text}`);
    }
    if (/^[@$~]/.test(url)) throw new Error(`${label}: a url cannot start with @, $ or ~`);
    let code = VERBS[verb];
    for (const [flag, value] of Object.entries(flags)) {
      if (!FLAGS[flag] || value !== true) throw new Error(`${label}: unknown field ${flag}: ${value}`);
      code += FLAGS[flag];
    }
    const path = shorten(url, base, item);
    if (/^[<>=]/.test(path)) throw new Error(`${label}: a url cannot start with <, > or =`);
    // (a GET without flags says nothing: most entries are)
    const fields = (code === 'G' ? '' : ` ${code}`) + (contentType ? ` <${contentType}` : '') + (accept ? ` >${accept}` : '') + (inData ? ` =${inData}` : '');
    return `${name} ${path}${fields}`;
  });
  const head = base === null ? '' : `${shorten(base, null, null)} ${id}`;
  return [head, ...entries].join('|');
}

/** The collection most URLs of a namespace fall under (`base` + `/{id}` is one of them), if any. */
function chooseBase(urls) {
  let best = { base: null, id: null, score: 0 };
  for (const url of urls) {
    const m = /^(.+)\/\{(\w+)\}$/.exec(url);
    if (!m) continue;
    const score = urls.filter((u) => under(u, m[1])).length;
    if (score > best.score) best = { base: m[1], id: m[2], score };
  }
  return best;
}

function under(url, prefix) {
  return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}

function shorten(url, base, item) {
  if (item !== null && under(url, item)) return '@' + url.slice(item.length);
  if (base !== null && under(url, base)) return '$' + url.slice(base.length);
  if (under(url, ACCOUNT)) return '~' + url.slice(ACCOUNT.length);
  return url;
}

/**
 * Rollup plugin: after TypeScript, the module src/endpoints.ts (an object literal) becomes its
 * compact form decoded at load.
 */
export function compactTable() {
  return {
    name: 'compact-table',
    transform(code, id) {
      if (!/[\\/]src[\\/]endpoints\.ts$/.test(id)) return null;
      const literal = code.replace(/\/\/# sourceMappingURL=.*$/m, '').replace(/export\s+(?:const|var|let)\s+endpoints\s*=/, 'return ');
      const table = new Function(literal)();
      const encoded = JSON.stringify(encodeTable(table));
      // (no mapping: the generated lines have no counterpart in the source)
      return { code: `import { decodeTable } from './table';\nexport var endpoints = decodeTable(${encoded});\n`, map: { mappings: '' } };
    },
  };
}
