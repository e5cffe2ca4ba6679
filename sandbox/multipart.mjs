// multipart/* bodies (RFC 2046 framing), as faxes.sendAsMultipart sends them:
//   --B CRLF <Name: value CRLF>... CRLF <body> CRLF --B CRLF ... CRLF --B-- [CRLF]
// Works on Buffers, so part bodies keep their exact bytes. Pure: no I/O.

/** A malformed body; the message says what is wrong (the server answers 400 with it). */
export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const DASH = 0x2d;

/**
 * The `boundary` parameter of a Content-Type header value (quoted or not), or null. RFC 2046 allows
 * 1 to 70 characters.
 */
export function boundaryOf(contentType) {
  // `; name=value` or `; name="quoted value"` (which may hold `;`), after the media type.
  const params = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const [, name, rawValue] of String(contentType || '').matchAll(params)) {
    if (name.toLowerCase() !== 'boundary') continue;
    let value = rawValue.trim();
    if (value.startsWith('"')) {
      if (value.length < 2 || !value.endsWith('"')) return null; // an unterminated quote
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    return value.length >= 1 && value.length <= 70 ? value : null;
  }
  return null;
}

/** Headers of one part (names lower-cased) and its body bytes. */
function parsePart(bytes) {
  let headerText;
  let body;
  if (bytes.subarray(0, 2).equals(CRLF)) {
    // no header at all: the blank line comes first
    headerText = '';
    body = bytes.subarray(2);
  } else {
    const end = bytes.indexOf('\r\n\r\n');
    if (end === -1) throw new MultipartError('a part has no blank line between its headers and its body');
    headerText = bytes.subarray(0, end).toString('latin1');
    body = bytes.subarray(end + 4);
  }
  const headers = Object.create(null); // names come from the client: no prototype to reach
  let last = null;
  for (const line of headerText ? headerText.split('\r\n') : []) {
    if (/^[ \t]/.test(line) && last) {
      headers[last] += ` ${line.trim()}`; // folded continuation line
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`a part has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
    last = line.slice(0, colon).trim().toLowerCase();
    headers[last] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/**
 * Split a multipart body into its parts. A preamble before the first delimiter and an epilogue
 * after the closing one are ignored, as RFC 2046 says. Throws MultipartError.
 * @returns {{ headers: Object<string, string>, body: Buffer }[]}
 */
export function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);
  let position;
  if (body.subarray(0, delimiter.length).equals(delimiter)) position = 0;
  else {
    const found = body.indexOf(nextDelimiter);
    if (found === -1) throw new MultipartError(`the body does not start with the boundary "--${boundary}"`);
    position = found + 2;
  }
  const parts = [];
  for (;;) {
    let cursor = position + delimiter.length;
    if (body[cursor] === DASH && body[cursor + 1] === DASH) break; // the closing delimiter
    while (body[cursor] === 0x20 || body[cursor] === 0x09) cursor += 1; // transport padding
    if (body[cursor] !== 0x0d || body[cursor + 1] !== 0x0a) throw new MultipartError('a boundary line is not followed by CRLF');
    cursor += 2;
    const end = body.indexOf(nextDelimiter, cursor);
    if (end === -1) throw new MultipartError(`no closing boundary "--${boundary}--"`);
    parts.push(parsePart(body.subarray(cursor, end)));
    position = end + 2;
  }
  if (parts.length === 0) throw new MultipartError('the body has no part');
  return parts;
}
