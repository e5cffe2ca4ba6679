/**
 * The default wording of the 402 confirmation. Pure: no jQuery, no I/O.
 */

interface Line {
  name?: string;
  item?: string;
  quantity?: number;
  rate?: number;
  total?: number;
}

interface Invoice {
  items?: Line[];
  activation_charges?: Line[];
  summary?: { today?: number; recurring?: number };
}

/**
 * A readable summary of a 402 answer's `data` (an array of invoices, see crossbar.md), for the
 * default `window.confirm` dialog. Anything unexpected in the charges is skipped, never thrown on.
 */
export function describeCharges(charges: unknown): string {
  var lines: string[] = ['This action has charges:'];
  var invoices = (isArray(charges) ? charges : [charges]) as Invoice[];
  var today = 0;
  var recurring = 0;
  for (var i = 0; i < invoices.length; i++) {
    var invoice = invoices[i];
    if (!invoice || typeof invoice !== 'object') continue;
    addLines(lines, invoice.items, 'recurring');
    addLines(lines, invoice.activation_charges, 'activation');
    if (invoice.summary) {
      today += toNumber(invoice.summary.today);
      recurring += toNumber(invoice.summary.recurring);
    }
  }
  lines.push('Due today: ' + money(today) + '; recurring: ' + money(recurring) + '.');
  lines.push('Do you accept these charges?');
  return lines.join('\n');
}

function addLines(lines: string[], items: Line[] | undefined, kind: string): void {
  if (!isArray(items)) return;
  for (var i = 0; i < (items as Line[]).length; i++) {
    var line = (items as Line[])[i];
    if (!line || typeof line !== 'object') continue;
    var quantity = line.quantity === undefined ? 1 : toNumber(line.quantity);
    lines.push(
      '- ' + (line.name || line.item || 'item') + ' (' + kind + '): ' + quantity + ' x ' +
        money(toNumber(line.rate)) + ' = ' + money(toNumber(line.total))
    );
  }
}

function toNumber(value: unknown): number {
  var n = Number(value);
  return isFinite(n) ? n : 0;
}

function money(n: number): string {
  return n.toFixed(2);
}

function isArray(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Array]';
}
