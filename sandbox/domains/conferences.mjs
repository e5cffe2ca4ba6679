// Conferences: documents, live participants and their actions, PINs, conference servers.

import { created, errors, getPath, gregorianNow, hasOwn, isPlainObject, ok } from '../crossbar.mjs';
import { ACCOUNT, mustGet } from '../kit.mjs';
import { documentSpec, domainRoutes, pick } from '../kinds.mjs';

const { routes, route, collection } = domainRoutes();

const CONFERENCES_SERVERS_SPEC = documentSpec({ type: 'conferences_server' });

const CONFERENCES_SPEC = documentSpec({ type: 'conference', required: ['name'], summary: (doc) => pick(doc, ['name', 'owner_id', 'conference_numbers', 'member', 'is_locked']) });

function conferenceStatus(ctx, conference) {
  const participants = ctx.store.participants(ctx.account.id, conference.id);
  const now = gregorianNow();
  const joined = participants.map((p) => p.join_time).filter(Number.isFinite);
  return {
    conference_id: conference.id,
    name: conference.name,
    is_locked: Boolean(conference.is_locked),
    recording: Boolean(conference.pvt_recording),
    participant_count: participants.length,
    run_time: joined.length ? now - Math.min(...joined) : 0,
    participants: participants.map((p) => ({ ...p, duration: Number.isFinite(p.join_time) ? now - p.join_time : 0 })),
  };
}

/** Conference-wide actions; mute/unmute/deaf/undeaf/kick without a participant apply to everyone. */
const PARTICIPANT_ACTIONS = {
  mute: (p) => ({ ...p, mute: true }),
  unmute: (p) => ({ ...p, mute: false }),
  deaf: (p) => ({ ...p, deaf: true }),
  undeaf: (p) => ({ ...p, deaf: false }),
  kick: () => null,
};
const CONFERENCE_ACTIONS = {
  lock: (conference) => ({ ...conference, is_locked: true }),
  unlock: (conference) => ({ ...conference, is_locked: false }),
  record: (conference) => ({ ...conference, pvt_recording: true }),
  start_recording: (conference) => ({ ...conference, pvt_recording: true }),
  stop_recording: (conference) => ({ ...conference, pvt_recording: false }),
  play: (conference) => conference,
};

const mustGetConference = (ctx) => mustGet(ctx, ctx.account.id, 'conferences', ctx.params.id);

function applyToParticipants(ctx, conference, action, participantId) {
  const list = ctx.store.participants(ctx.account.id, conference.id);
  if (participantId !== undefined && !list.some((p) => String(p.participant_id) === participantId)) {
    throw errors.badIdentifier(participantId);
  }
  const next = list
    .map((p) => (participantId === undefined || String(p.participant_id) === participantId ? PARTICIPANT_ACTIONS[action](p) : p))
    .filter(Boolean);
  ctx.store.setParticipants(ctx.account.id, conference.id, next);
}

route(`${ACCOUNT}/conferences/pins`, {
  GET: (ctx) => {
    const pins = new Set();
    for (const conference of ctx.store.listDocs(ctx.account.id, 'conferences')) {
      for (const role of ['member', 'moderator']) {
        for (const pin of getPath(conference, `${role}.pins`) || []) pins.add(String(pin));
      }
    }
    return ok([...pins].sort());
  },
});
route(`${ACCOUNT}/conferences/{id}/status`, { GET: (ctx) => ok(conferenceStatus(ctx, mustGetConference(ctx))) });
route(`${ACCOUNT}/conferences/{id}/add_participant`, {
  POST: (ctx) => {
    const conference = mustGetConference(ctx);
    const data = ctx.docData();
    const endpoint = Array.isArray(data.endpoints) && isPlainObject(data.endpoints[0]) ? data.endpoints[0] : data;
    const participant = {
      participant_id: ctx.store.nextParticipantId(),
      caller_id_name: String(endpoint.caller_id_name || data.caller_id_name || 'Sandbox caller'),
      caller_id_number: String(endpoint.caller_id_number || endpoint.number || data.caller_id_number || '0000'),
      mute: Boolean(getPath(conference, 'member.join_muted')),
      deaf: Boolean(getPath(conference, 'member.join_deaf')),
      is_moderator: Boolean(data.is_moderator),
      join_time: gregorianNow(),
    };
    ctx.store.setParticipants(ctx.account.id, conference.id, [...ctx.store.participants(ctx.account.id, conference.id), participant]);
    return ok(conferenceStatus(ctx, conference));
  },
});
route(`${ACCOUNT}/conferences/{id}/{action}/{participant}`, {
  POST: (ctx) => {
    const conference = mustGetConference(ctx);
    if (!hasOwn(PARTICIPANT_ACTIONS, ctx.params.action)) throw errors.badIdentifier(ctx.params.action);
    applyToParticipants(ctx, conference, ctx.params.action, ctx.params.participant);
    return ok(conferenceStatus(ctx, conference));
  },
});
route(`${ACCOUNT}/conferences/{id}/{action}`, {
  POST: (ctx) => {
    let conference = mustGetConference(ctx);
    const { action } = ctx.params;
    if (hasOwn(PARTICIPANT_ACTIONS, action)) applyToParticipants(ctx, conference, action, undefined);
    else if (hasOwn(CONFERENCE_ACTIONS, action)) conference = ctx.store.putDoc(ctx.account.id, 'conferences', CONFERENCE_ACTIONS[action](conference), 'conference');
    else throw errors.badIdentifier(action);
    return ok(conferenceStatus(ctx, conference));
  },
});

// Participants as today's apps address them: the list, an action on all, an action on one
// (`{"data": {"action": "mute"}}`).
function participantAction(ctx) {
  const { action } = ctx.docData();
  if (typeof action !== 'string' || !hasOwn(PARTICIPANT_ACTIONS, action)) {
    throw errors.validation({ action: { enum: { message: `Value not one of ${Object.keys(PARTICIPANT_ACTIONS).join(', ')}`, value: action } } });
  }
  return action;
}
route(`${ACCOUNT}/conferences/{id}/participants`, {
  GET: (ctx) => ok(conferenceStatus(ctx, mustGetConference(ctx)).participants),
  PUT: (ctx) => {
    const conference = mustGetConference(ctx);
    applyToParticipants(ctx, conference, participantAction(ctx), undefined);
    return created(conferenceStatus(ctx, conference), null);
  },
});
route(`${ACCOUNT}/conferences/{id}/participants/{participant}`, {
  PUT: (ctx) => {
    const conference = mustGetConference(ctx);
    applyToParticipants(ctx, conference, participantAction(ctx), ctx.params.participant);
    return created(conferenceStatus(ctx, conference), null);
  },
});

collection(`${ACCOUNT}/conferences`, { ...CONFERENCES_SPEC, onDelete: (ctx, db, doc) => ctx.store.setParticipants(db, doc.id, []) });

collection(`${ACCOUNT}/conferences_servers`, CONFERENCES_SERVERS_SPEC);

export default routes;
