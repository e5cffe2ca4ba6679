/**
 * Framing a `multipart/mixed` body (faxes.sendAsMultipart). Pure: no jQuery, no I/O.
 */

/** One part: its headers and its text. */
interface Part {
  headers?: { [name: string]: unknown };
  body: string;
}

/**
 * Frames `parts` (an array of `{headers, body}`, each body a string, each header value a string or a
 * number, no line break anywhere in a header) as a CRLF-framed multipart body:
 * `--B CRLF headers CRLF body CRLF --B ... --B-- CRLF`. B is chosen so that it occurs in no part.
 * Returns the body and its Content-Type, or null when `parts` is not such an array.
 */
export function frameMultipart(parts: unknown, type: string): { body: string; type: string } | null {
  if (!Array.isArray(parts) || !parts.length) return null;
  var texts: string[] = [];
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i] as Part;
    if (!part || typeof part.body !== 'string' || (part.headers != null && typeof part.headers !== 'object')) return null;
    var text = '';
    for (var name in part.headers) {
      var value = part.headers[name];
      if ((typeof value !== 'string' && typeof value !== 'number') || /[\r\n:]/.test(name) || /[\r\n]/.test(String(value))) return null;
      text += name + ': ' + value + '\r\n';
    }
    texts.push(text + '\r\n' + part.body);
  }
  var all = texts.join('');
  var boundary = 'kazoo-sdk-boundary';
  for (var n = 0; all.indexOf(boundary) !== -1; n++) boundary = 'kazoo-sdk-boundary-' + n;
  var delimiter = '--' + boundary;
  return {
    body: delimiter + '\r\n' + texts.join('\r\n' + delimiter + '\r\n') + '\r\n' + delimiter + '--\r\n',
    type: type + '; boundary=' + boundary,
  };
}
