// docs/api.html: the API reference as one self-contained, searchable page (no external file, no
// dependency), from the same content as docs/API.md (scripts/api-docs.mjs builds it and calls this).

/** HTML-escaped text, with the reference's `code` and **strong** marks turned into elements. */
function inline(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

const escape = (text) => inline(String(text).replace(/[`*]/g, ''));

/** The cells of every form, one line each (numbered when there are several). */
function forms(method, field) {
  return method.forms
    .map((form, i) => `<div>${method.forms.length > 1 ? `<span class="n">${i + 1}.</span> ` : ''}${inline(form[field])}</div>`)
    .join('');
}

function row(method) {
  const search = [method.name, method.line, method.document || '', ...method.forms.flatMap((f) => [f.verb, f.url])].join(' ').toLowerCase();
  return `<tr id="${escape(method.name)}" data-search="${escape(search)}">
<td><a class="name" href="#${escape(method.name)}"><code>${escape(method.name)}</code></a></td>
<td>${inline(method.line)} <a class="kazoo" href="${escape(method.kazoo)}" rel="noopener">Kazoo reference</a></td>
<td>${method.forms.map((f, i) => `<div>${method.forms.length > 1 ? `<span class="n">${i + 1}.</span> ` : ''}<span class="verb ${escape(f.verb)}">${escape(f.verb)}</span> ${inline(f.url)}</div>`).join('')}</td>
<td>${forms(method, 'mandatory')}</td>
<td>${method.document ? `<code>${escape(method.document)}</code>` : '—'}</td>
<td>${forms(method, 'request')}</td>
<td>${forms(method, 'response')}</td>
<td>${forms(method, 'notes')}</td>
</tr>`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2330; background: #fff; }
header { position: sticky; top: 0; background: #f4f6fa; border-bottom: 1px solid #d8dde8; padding: 12px 20px; z-index: 1; }
h1 { font-size: 18px; margin: 0 0 8px; }
#search { width: 100%; max-width: 640px; box-sizing: border-box; font: inherit; padding: 7px 10px; border: 1px solid #b9c1d3; border-radius: 6px; }
#count { margin-left: 10px; color: #5a6478; }
main { padding: 0 20px 40px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e4e8f0; padding: 6px 8px; }
th { font-weight: 600; color: #5a6478; font-size: 12px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f0f2f7; padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
.verb { font: 600 11px ui-monospace, monospace; padding: 1px 5px; border-radius: 3px; background: #e3e8f3; }
.GET { background: #dcefe2; } .PUT { background: #dde7fb; } .POST { background: #fbeed6; } .PATCH { background: #efe1f7; } .DELETE { background: #f9dedc; }
.n { color: #5a6478; }
a { color: #1f5fbf; }
a.kazoo { white-space: nowrap; font-size: 12px; }
td:first-child code { white-space: nowrap; overflow-wrap: normal; }
tr:target { background: #fff8d6; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  var input = document.getElementById('search');
  var count = document.getElementById('count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-search]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section'));
  function filter() {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      if (match) shown++;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('tr[data-search]:not([hidden])');
    });
    count.textContent = shown + ' of ' + rows.length + ' methods';
  }
  input.addEventListener('input', filter);
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'Escape' && document.activeElement === input) {
      input.value = '';
      filter();
    }
  });
  filter();
})();
`;

/** The page: a search box over every method (name, line, verb, path, document), one table per namespace. */
export function renderHtml(namespaces, count) {
  const sections = namespaces.map(
    (ns) => `<section id="ns-${escape(ns.name)}">
<h2>${escape(ns.name)}</h2>
<table>
<thead><tr><th>method</th><th>what it does</th><th>verb and URL</th><th>mandatory settings</th><th>document</th><th>request body</th><th>response</th><th>notes</th></tr></thead>
<tbody>
${ns.methods.map(row).join('\n')}
</tbody>
</table>
</section>`,
  );
  return `<!doctype html>
<!-- Generated by scripts/api-docs.mjs (with scripts/api-html.mjs). Do not edit: run npm run docs. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>jquery.kazoosdk API reference</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>jquery.kazoosdk API reference</h1>
<input id="search" type="search" placeholder="Search ${count} methods: name, verb, path, document, words (press /)" autocomplete="off" aria-label="Search methods"><span id="count"></span>
</header>
<main>
<p>Each method is called as <code>kazooSdk.&lt;namespace&gt;.&lt;method&gt;(settings)</code> and returns a jQuery promise. URLs are relative to <code>apiRoot</code>; each <code>{name}</code> is a mandatory setting. A method with several forms (numbered) uses the first whose placeholders the call gives. The document is the type of <code>data</code> and of the answer's <code>data</code>, from Kazoo's own schema.</p>
${sections.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
