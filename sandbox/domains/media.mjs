// Media: prompt and greeting documents and their audio.

import { errors, raw } from '../crossbar.mjs';
import { ACCOUNT, decodeUpload, docResult, mustGet } from '../kit.mjs';
import { documentSpec, domainRoutes, pick } from '../kinds.mjs';

const { routes, route, collection } = domainRoutes();

const MEDIA_SPEC = documentSpec({ type: 'media', required: ['name'], summary: (doc) => pick(doc, ['name', 'media_source', 'language', 'is_prompt', 'content_type', 'content_length']) });

collection(`${ACCOUNT}/media`, { ...MEDIA_SPEC, onDelete: (ctx, db, doc) => ctx.store.deleteBlob(`${db}/media/${doc.id}/raw`) });

route(`${ACCOUNT}/media/{id}/raw`, {
  GET: (ctx) => {
    const media = mustGet(ctx, ctx.account.id, 'media', ctx.params.id);
    const blob = ctx.store.getBlob(`${ctx.account.id}/media/${media.id}/raw`);
    if (!blob) throw errors.badIdentifier(`${media.id}/raw`);
    return raw(blob.data, blob.content_type);
  },
  POST: (ctx) => {
    const media = mustGet(ctx, ctx.account.id, 'media', ctx.params.id);
    const { contentType, data } = decodeUpload(ctx, 'audio/mpeg');
    ctx.store.putBlob(`${ctx.account.id}/media/${media.id}/raw`, contentType, data);
    const saved = ctx.store.putDoc(ctx.account.id, 'media', {
      ...media, media_source: 'upload', content_type: contentType, content_length: data.length,
    }, 'media');
    return docResult(saved);
  },
});

export default routes;
