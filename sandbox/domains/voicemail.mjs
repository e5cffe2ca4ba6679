// Voicemail: boxes and their messages.

import { clone, ok } from '../crossbar.mjs';
import { ACCOUNT, mustGet, sanitize } from '../kit.mjs';
import { documentSpec, domainRoutes, pick } from '../kinds.mjs';

const { routes, route, collection } = domainRoutes();

const VMBOXES_SPEC = documentSpec({
  type: 'vmbox',
  required: ['name', 'mailbox'],
  summary: (doc) => pick(doc, ['name', 'mailbox', 'owner_id', 'messages']),
  sortKey: (doc) => String(doc.mailbox || ''),
});

collection(`${ACCOUNT}/vmboxes`, VMBOXES_SPEC);

// Voicemail messages are kept in their box's doc (`messages`), as in Kazoo 4.
const saveBox = (ctx, box, messages) => ctx.store.putDoc(ctx.params.accountId, 'vmboxes', { ...box, messages }, 'vmbox');
route(`${ACCOUNT}/vmboxes/{id}/messages`, {
  GET: (ctx) => ok(clone(mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id).messages || [])),
  // {folder: 'saved'}: applies to every message (or only to `messages: [media ids]`).
  POST: (ctx) => {
    const box = mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id);
    const { messages: only, ...change } = sanitize(ctx.docData());
    const selected = (message) => !Array.isArray(only) || only.includes(message.media_id);
    return ok(saveBox(ctx, box, (box.messages || []).map((message) => (selected(message) ? { ...message, ...change } : message))).messages);
  },
  DELETE: (ctx) => {
    const box = mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id);
    const { messages: only } = ctx.body.length ? ctx.docData() : {};
    const removed = (message) => !Array.isArray(only) || only.includes(message.media_id);
    saveBox(ctx, box, (box.messages || []).filter((message) => !removed(message)));
    return ok((box.messages || []).filter(removed).map((message) => ({ ...message, _read_only: { deleted: true } })));
  },
});

export default routes;
