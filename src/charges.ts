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
 * A readable summary of a 402 answer's `data` (Kazoo's array of invoices), for the
 * default `window.confirm` dialog. Anything unexpected in the charges is skipped, never thrown on.
 */
export function describeCharges(charges: unknown): string {
  var lines = ['This action has charges:'];
  var today = 0;
  var recurring = 0;
  var invoices = (Array.isArray(charges) ? charges : [charges]) as Invoice[];
  for (var i = 0; i < invoices.length; i++) {
    var invoice = invoices[i] || {};
    addLines(lines, invoice.items, 'recurring');
    addLines(lines, invoice.activation_charges, 'activation');
    var summary = invoice.summary || {};
    today += toNumber(summary.today);
    recurring += toNumber(summary.recurring);
  }
  return lines.join('\n') + '\nDue today: ' + money(today) + '; recurring: ' + money(recurring) + '.\nDo you accept these charges?';
}

function addLines(lines: string[], items: Line[] | undefined, kind: string): void {
  for (var i = 0; Array.isArray(items) && i < items.length; i++) {
    var line = items[i];
    if (line && typeof line === 'object') {
      lines.push('- ' + (line.name || line.item || 'item') + ' (' + kind + '): ' +
        (line.quantity === undefined ? 1 : toNumber(line.quantity)) + ' x ' + money(line.rate) + ' = ' + money(line.total));
    }
  }
}

function toNumber(value: unknown): number {
  var n = Number(value);
  return isFinite(n) ? n : 0;
}

function money(value: unknown): string {
  return toNumber(value).toFixed(2);
}
