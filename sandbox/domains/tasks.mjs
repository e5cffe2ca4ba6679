// Tasks: bulk jobs fed and answered with CSV files.

import { clone, created, errors, gregorianNow, isPlainObject, ok, own, publicDoc, raw } from '../crossbar.mjs';
import { ACCOUNT, deletedResult, docResult, isMissingValue, locationOf, mustGet } from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';

const { routes, route, view } = domainRoutes();

/** What `tasks` lists: category -> action -> description and CSV columns. */
const TASK_CATALOGUE = {
  numbers: {
    list: { description: 'List all numbers of the account', expected_content: '', mandatory: [], optional: [] },
    assign_to: { description: 'Assign numbers to accounts', expected_content: 'text/csv', mandatory: ['number', 'account_id'], optional: [] },
    update_features: { description: 'Set the features of numbers', expected_content: 'text/csv', mandatory: ['number'], optional: ['cnam.outbound', 'e911.street_address'] },
  },
  users: {
    add: { description: 'Create users', expected_content: 'text/csv', mandatory: ['first_name', 'last_name'], optional: ['email', 'username'] },
  },
};

/** RFC 4180 CSV text -> rows of strings (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
export const toCsv = (rows) => rows.map((row) => `${row.map((value) => csvField(String(value ?? ''))).join(',')}\r\n`).join('');

/** The task's input CSV: a text/csv body, or JSON `records` (objects, one per row). */
function taskInput(ctx) {
  if (ctx.contentType === 'text/csv') return ctx.body.toString('utf8');
  const { records } = ctx.docData();
  if (records === undefined) return null;
  if (!Array.isArray(records) || !records.every(isPlainObject)) {
    throw errors.validation({ records: { type: { message: 'Value is not an array of objects', value: records } } });
  }
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return toCsv([columns, ...records.map((record) => columns.map((column) => record[column]))]);
}

/** The output of a task run: its input rows with a `result` column, or (numbers/list) the numbers. */
function runTask(ctx, task) {
  if (task.pvt_input_csv) {
    const [header = [], ...rows] = parseCsv(task.pvt_input_csv);
    return toCsv([[...header, 'result'], ...rows.map((row) => [...row, 'success'])]);
  }
  const numbers = ctx.store.listDocs(ctx.params.accountId, 'phone_numbers');
  return toCsv([['number', 'state'], ...numbers.map((doc) => [doc.id, doc.state])]);
}

view('tasks', () => ({ tasks: clone(TASK_CATALOGUE) }), { account: false });
const mustGetTask = (ctx) => mustGet(ctx, ctx.params.accountId, 'tasks', ctx.params.id);
const save = (ctx, doc) => ctx.store.putDoc(ctx.params.accountId, 'tasks', doc, 'task');
route(`${ACCOUNT}/tasks`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, 'tasks'), ctx.query, {
      summary: (doc) => ({ ...publicDoc(doc), created: doc.pvt_created }),
      sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
    });
    return ok(data, { extra });
  },
  // ?category=numbers&action=assign_to, with the rows as text/csv or JSON records.
  PUT: (ctx) => {
    const category = ctx.query.get('category');
    const name = ctx.query.get('action');
    if (isMissingValue(category)) throw errors.required('category');
    if (isMissingValue(name)) throw errors.required('action');
    const spec = own(own(TASK_CATALOGUE, category) || {}, name);
    if (!spec) throw errors.validation({ action: { enum: { message: `No task ${category}/${name}`, value: name } } });
    const input = taskInput(ctx);
    if (spec.expected_content && input === null) throw errors.validation({ file: { required: { message: 'This task needs a CSV input' } } });
    const rows = input === null ? 0 : Math.max(0, parseCsv(input).length - 1);
    const saved = save(ctx, { category, action: name, status: 'pending', total_count: rows, pvt_input_csv: input || undefined });
    return created(publicDoc(saved), locationOf(ctx, 'tasks', saved.id), { revision: saved._rev });
  },
});
route(`${ACCOUNT}/tasks/{id}`, {
  GET: (ctx) => docResult(mustGetTask(ctx)),
  // Start: the sandbox runs a task at once, so it is finished when the answer comes.
  PATCH: (ctx) => {
    const task = mustGetTask(ctx);
    if (task.status !== 'pending') throw errors.conflict('task_already_started', { message: `the task is ${task.status}`, cause: task.id });
    const output = runTask(ctx, task);
    const total = Math.max(0, parseCsv(output).length - 1);
    return docResult(save(ctx, { ...task, status: 'success', success_count: total, error_count: 0, end_timestamp: gregorianNow(), pvt_output_csv: output }));
  },
  DELETE: (ctx) => {
    const task = mustGetTask(ctx);
    ctx.store.deleteDoc(ctx.params.accountId, 'tasks', task.id);
    return deletedResult(task);
  },
});
// Stopping a task that has not run keeps it from running; a finished one stays as it is.
route(`${ACCOUNT}/tasks/{id}/stop`, {
  PATCH: (ctx) => {
    const task = mustGetTask(ctx);
    return docResult(task.status === 'pending' ? save(ctx, { ...task, status: 'stopped' }) : task);
  },
});
for (const [file, key] of [['input', 'pvt_input_csv'], ['output', 'pvt_output_csv']]) {
  route(`${ACCOUNT}/tasks/{id}/${file}`, {
    GET: (ctx) => {
      const task = mustGetTask(ctx);
      if (typeof task[key] !== 'string') throw errors.badIdentifier(`${task.id}/${file}`);
      return raw(Buffer.from(task[key], 'utf8'), 'text/csv; charset=utf-8');
    },
  });
}

export default routes;
