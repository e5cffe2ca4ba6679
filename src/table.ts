/**
 * Reading the endpoint table in the compact form the builds ship (scripts/table-codec.mjs writes it
 * from src/endpoints.ts at build time). Pure: no jQuery, no I/O.
 *
 * One string per namespace: `base id|entry|entry...`, where `base` is the path most of the
 * namespace's URLs start with and `id` the placeholder of its items. An entry is
 * `name path[ VERB[flags]][ <contentType][ >accept][ =inData]`: VERB one letter (G GET, U PUT,
 * P POST, D DELETE, A PATCH, H HEAD; none: GET), flags a auth, t noToken, m noUiMetadata,
 * o dataOptional; in the path (and the base) a leading `@` stands for `base/{id}`, `$` for `base`,
 * `~` for `accounts/{accountId}`.
 * The forms of a method with several are entries of the same name, in order: they decode to an array.
 * Repeated shapes (get/create/update/delete/list) become identical text, which gzip stores once.
 */
import type { Endpoint } from './types';

type AnyObject = { [key: string]: any };

var VERBS: AnyObject = { G: 'GET', U: 'PUT', P: 'POST', D: 'DELETE', A: 'PATCH', H: 'HEAD' };
var FLAGS: AnyObject = { a: 'auth', t: 'noToken', m: 'noUiMetadata', o: 'dataOptional' };
var FIELDS: AnyObject = { '<': 'contentType', '>': 'accept', '=': 'inData' };

/** The compact table -> namespace -> method -> entry. */
export function decodeTable(encoded: { [ns: string]: string }): { [ns: string]: { [method: string]: Endpoint | Endpoint[] } } {
  var table: AnyObject = {};
  for (var ns in encoded) {
    var entries = encoded[ns].split('|');
    var head = entries[0].split(' ');
    var base = expand(head[0], '', '');
    var item = base + '/{' + head[1] + '}';
    var methods: AnyObject = (table[ns] = {});
    for (var i = 1; i < entries.length; i++) {
      var fields = entries[i].split(' ');
      var name = fields[0];
      var entry: AnyObject = { verb: 'GET', url: expand(fields[1], base, item) };
      var before = methods[name];
      methods[name] = before ? [].concat(before, entry as never) : entry;
      for (var f = 2; f < fields.length; f++) {
        var field = FIELDS[fields[f].charAt(0)];
        if (field) entry[field] = fields[f].slice(1);
        else {
          entry.verb = VERBS[fields[f].charAt(0)];
          for (var c = 1; c < fields[f].length; c++) entry[FLAGS[fields[f].charAt(c)]] = true;
        }
      }
    }
  }
  return table;
}

function expand(path: string, base: string, item: string): string {
  var lead = path.charAt(0);
  var prefix = lead === '@' ? item : lead === '$' ? base : lead === '~' ? 'accounts/{accountId}' : null;
  return prefix === null ? path : prefix + path.slice(1);
}
