// In-memory document store of the sandbox, with optional JSON-file persistence.
//
// Layout of the persisted state (one JSON document):
//   accounts      { <accountId>: accountDoc }            account docs, `pvt_tree` = ancestors root..parent
//   dbs           { <db>: { <collection>: { <id>: doc } } } db = an account id, or "global"
//   blobs         { <key>: { content_type, data } }        binary content (base64 on disk, Buffer in memory)
//   participants  { "<accountId>/<conferenceId>": [participant] }  live conference participants
//   counters      { participant: <last id> }
// Tokens are not persisted: they live in memory and a restart logs every client out.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

import { clone, gregorianNow, hasOwn, md5, own } from './crossbar.mjs';
import { seed } from './seed.mjs';

const FORMAT = 'kazoo-sandbox/1';
export const GLOBAL_DB = 'global';

/** A 32-char hex id, like Kazoo's account and document ids. */
export function newId() {
  return randomBytes(16).toString('hex');
}

export class Store {
  /**
   * @param {object} [options]
   * @param {string} [options.dataFile] JSON file to load at start and rewrite after each mutation.
   * @param {number} [options.tokenTtl] token lifetime in seconds.
   */
  constructor({ dataFile, tokenTtl = 3600 } = {}) {
    this.dataFile = dataFile || null;
    this.tokenTtl = tokenTtl;
    this.tokens = new Map(); // token -> { accountId, ownerId, method, expiresAt (ms) }
    this.dirty = false;
    if (this.dataFile && existsSync(this.dataFile)) {
      this.load();
    } else {
      this.reset();
    }
  }

  // ----- lifecycle --------------------------------------------------------------------------

  /** Throw away everything and reseed the demo data (tokens stay valid). */
  reset() {
    this.state = { format: FORMAT, accounts: {}, dbs: {}, blobs: {}, participants: {}, counters: { participant: 0 } };
    seed(this);
    this.save();
  }

  load() {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(this.dataFile, 'utf8'));
    } catch (error) {
      throw new Error(`sandbox: cannot read data file ${this.dataFile}: ${error.message}`);
    }
    if (!parsed || parsed.format !== FORMAT) {
      throw new Error(`sandbox: ${this.dataFile} is not a sandbox data file (format ${FORMAT})`);
    }
    const blobs = {};
    for (const [key, blob] of Object.entries(parsed.blobs || {})) {
      blobs[key] = { content_type: blob.content_type, data: Buffer.from(blob.data, 'base64') };
    }
    this.state = {
      format: FORMAT,
      accounts: parsed.accounts || {},
      dbs: parsed.dbs || {},
      blobs,
      participants: parsed.participants || {},
      counters: parsed.counters || { participant: 0 },
    };
  }

  /** Write the whole state atomically (tmp file + rename). No-op without a data file. */
  save() {
    this.dirty = false;
    if (!this.dataFile) return;
    const blobs = {};
    for (const [key, blob] of Object.entries(this.state.blobs)) {
      blobs[key] = { content_type: blob.content_type, data: blob.data.toString('base64') };
    }
    const json = JSON.stringify({ ...this.state, blobs });
    const tmp = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, this.dataFile);
  }

  /** Persist if something changed since the last save; the server calls it after each request. */
  flush() {
    if (this.dirty) this.save();
  }

  touch() {
    this.dirty = true;
  }

  // ----- accounts ---------------------------------------------------------------------------

  getAccount(id) {
    return own(this.state.accounts, id);
  }

  listAccounts() {
    return Object.values(this.state.accounts);
  }

  /** Store an account doc (new or replaced), stamping id, timestamps and revision. */
  putAccount(doc) {
    const previous = this.getAccount(doc.id);
    const stamped = stamp(doc, previous, 'account');
    this.state.accounts[stamped.id] = stamped;
    if (!hasOwn(this.state.dbs, stamped.id)) this.state.dbs[stamped.id] = {};
    this.touch();
    return stamped;
  }

  /** Remove an account with its documents, blobs, participants and tokens. */
  deleteAccount(id) {
    delete this.state.accounts[id];
    delete this.state.dbs[id];
    this.deleteBlobs(`${id}/`);
    for (const key of Object.keys(this.state.participants)) {
      if (key.startsWith(`${id}/`)) delete this.state.participants[key];
    }
    for (const [token, session] of this.tokens) {
      if (session.accountId === id) this.tokens.delete(token);
    }
    this.touch();
  }

  /** Ancestors of an account, root first. */
  ancestors(id) {
    const account = this.getAccount(id);
    return account ? account.pvt_tree || [] : [];
  }

  /** True when `accountId` is `ancestorId` or one of its descendants. */
  isInTree(ancestorId, accountId) {
    return ancestorId === accountId || this.ancestors(accountId).includes(ancestorId);
  }

  descendants(id) {
    return this.listAccounts().filter((account) => (account.pvt_tree || []).includes(id));
  }

  children(id) {
    return this.listAccounts().filter((account) => {
      const tree = account.pvt_tree || [];
      return tree[tree.length - 1] === id;
    });
  }

  /** Nearest reseller at or above the account (itself when it is one), else the root account. */
  resellerOf(id) {
    const chain = [...this.ancestors(id), id].reverse();
    for (const candidate of chain) {
      const account = this.getAccount(candidate);
      if (account && account.is_reseller) return candidate;
    }
    return chain[chain.length - 1];
  }

  // ----- documents --------------------------------------------------------------------------

  /** The `{id: doc}` map of one collection; created on first use. */
  collection(db, name) {
    if (!hasOwn(this.state.dbs, db)) this.state.dbs[db] = {};
    const dbMap = this.state.dbs[db];
    if (!hasOwn(dbMap, name)) dbMap[name] = {};
    return dbMap[name];
  }

  listDocs(db, name) {
    return Object.values(this.collection(db, name));
  }

  getDoc(db, name, id) {
    return own(this.collection(db, name), id);
  }

  /** Insert or replace a doc. `doc.id` is generated when absent; pvt_created survives replaces. */
  putDoc(db, name, doc, type = name) {
    const map = this.collection(db, name);
    const previous = doc.id ? own(map, doc.id) : undefined;
    const stamped = stamp(doc, previous, type);
    if (db !== GLOBAL_DB) stamped.pvt_account_id = db;
    map[stamped.id] = stamped;
    this.touch();
    return stamped;
  }

  deleteDoc(db, name, id) {
    const map = this.collection(db, name);
    const doc = own(map, id);
    if (doc) {
      delete map[id];
      this.touch();
    }
    return doc;
  }

  // ----- blobs (attachments, media, logos) --------------------------------------------------

  getBlob(key) {
    return own(this.state.blobs, key);
  }

  putBlob(key, contentType, data) {
    this.state.blobs[key] = { content_type: contentType, data: Buffer.from(data) };
    this.touch();
  }

  deleteBlob(key) {
    if (hasOwn(this.state.blobs, key)) {
      delete this.state.blobs[key];
      this.touch();
    }
  }

  deleteBlobs(prefix) {
    for (const key of Object.keys(this.state.blobs)) {
      if (key.startsWith(prefix)) delete this.state.blobs[key];
    }
    this.touch();
  }

  // ----- conference participants ------------------------------------------------------------

  participants(accountId, conferenceId) {
    return own(this.state.participants, `${accountId}/${conferenceId}`) || [];
  }

  setParticipants(accountId, conferenceId, list) {
    const key = `${accountId}/${conferenceId}`;
    if (list.length) this.state.participants[key] = list;
    else delete this.state.participants[key];
    this.touch();
  }

  nextParticipantId() {
    this.state.counters.participant = (this.state.counters.participant || 0) + 1;
    this.touch();
    return this.state.counters.participant;
  }

  // ----- tokens -----------------------------------------------------------------------------

  issueToken({ accountId, ownerId, method }) {
    // Sweep expired tokens here, so that logins alone cannot grow the map without bound.
    const now = Date.now();
    for (const [old, session] of this.tokens) if (now >= session.expiresAt) this.tokens.delete(old);
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { accountId, ownerId, method, expiresAt: Date.now() + this.tokenTtl * 1000 });
    return token;
  }

  /** The session of a valid token, or null (unknown, expired, or its account is gone). */
  session(token) {
    if (!token) return null;
    const session = this.tokens.get(token);
    if (!session) return null;
    if (Date.now() >= session.expiresAt || !this.getAccount(session.accountId)) {
      this.tokens.delete(token);
      return null;
    }
    return session;
  }

  /** Make every issued token invalid (fault route `expire-tokens`). */
  expireTokens() {
    this.tokens.clear();
  }
}

/** Stamp id, type, timestamps and a CouchDB-like revision on a copy of `doc`. */
function stamp(doc, previous, type) {
  const now = gregorianNow();
  const copy = clone(doc);
  copy.id = copy.id || newId();
  copy.pvt_type = copy.pvt_type || type;
  copy.pvt_created = previous ? previous.pvt_created : copy.pvt_created || now;
  copy.pvt_modified = copy.pvt_modified && !previous ? copy.pvt_modified : now;
  const generation = previous ? Number(String(previous._rev).split('-')[0]) + 1 : 1;
  const { _rev: _ignored, ...body } = copy;
  copy._rev = `${generation}-${md5(JSON.stringify(body))}`;
  return copy;
}
