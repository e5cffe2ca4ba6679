// The apps store: the catalogue, installs, per-account overrides and icons, the blacklist.

import { clone, errors, isPlainObject, ok, publicDoc, raw } from '../crossbar.mjs';
import { ACCOUNT, decodeDataUri, decodeUpload } from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';
import { DEFAULT_APPS, SAMPLE_PNG } from '../seed.mjs';

const { routes, route, singleton, keyed } = domainRoutes();

/** An app of the store's catalogue (the apps the auth endpoints report), else 404. */
function catalogueApp(ctx) {
  const app = DEFAULT_APPS.find((candidate) => candidate.id === ctx.params.id);
  if (!app) throw errors.badIdentifier(ctx.params.id);
  return { ...clone(app), installed: false };
}

// PUT installs (POST and PATCH change the installed app's settings), DELETE uninstalls: an
// installed app is a stored doc.
keyed('apps_store/{id}', {
  initial: (ctx) => catalogueApp(ctx),
  prepare: (ctx, doc) => {
    doc.installed = true;
  },
});
route(`${ACCOUNT}/apps_store`, {
  GET: (ctx) => ok(DEFAULT_APPS.map((app) => {
    const installed = ctx.store.getDoc(ctx.params.accountId, 'apps_store', app.id);
    return { ...clone(app), ...(installed ? publicDoc(installed) : {}), installed: Boolean(installed) };
  })),
});
singleton('apps_store/{id}/override', { owner: catalogueApp, initial: () => ({}) });
const iconKey = (ctx) => `${ctx.params.accountId}/apps_store/${ctx.params.id}/icon`;
route(`${ACCOUNT}/apps_store/{id}/icon`, {
  GET: (ctx) => {
    catalogueApp(ctx);
    const blob = ctx.store.getBlob(iconKey(ctx));
    return blob ? raw(blob.data, blob.content_type) : raw(SAMPLE_PNG, 'image/png');
  },
});
// The account's own icon for an app: raw image bytes, a base64 data URI (application/x-base64),
// or JSON whose data is the data URI (or {icon: <data URI>}).
route(`${ACCOUNT}/apps_store/{id}/override/icon`, {
  POST: (ctx) => {
    catalogueApp(ctx);
    let upload;
    if (ctx.contentType === 'application/json' || ctx.contentType === '') {
      const data = ctx.data();
      const uri = typeof data === 'string' ? data : isPlainObject(data) ? data.icon : undefined;
      if (typeof uri !== 'string') throw errors.required('icon');
      upload = decodeDataUri(uri, 'image/png');
    } else {
      upload = decodeUpload(ctx, 'image/png');
    }
    ctx.store.putBlob(iconKey(ctx), upload.contentType, upload.data);
    return ok({ content_type: upload.contentType, length: upload.data.length });
  },
});

singleton('apps_store/blacklist', { initial: () => ({ blacklist: [] }) });

export default routes;
