/**
 * Module entry (ESM and CommonJS builds): exports only, no side effects, and no import of jQuery
 * (jQuery 4 throws when imported where there is no DOM, e.g. in Node): hand it to `install($)`.
 */
import { createSdk, installed, NO_JQUERY } from './sdk';
import type { CustomEndpoints, GetKazooSdk, KazooSdkWith, NoEndpoints, SdkSettings } from './types';

declare global {
  interface JQueryStatic {
    /** Registered by the script-tag build (or `install($)`): creates a Kazoo SDK instance. */
    getKazooSdk: GetKazooSdk;
  }
}

export { KazooSdkError } from './errors';
export type { KazooError } from './errors';
export { install, publicEndpoints as endpoints } from './sdk';
export type * from './types';
export type * from './generated/documents';
export type * from './generated/sdk';

/**
 * Creates an SDK instance on the jQuery given to `install($)`, or else the page's global jQuery.
 */
export function getKazooSdk<const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdkWith<E> {
  var $ = installed() || (typeof window !== 'undefined' ? (window as { jQuery?: JQueryStatic }).jQuery : undefined);
  if (!$) throw new Error(NO_JQUERY);
  return createSdk($, settings) as unknown as KazooSdkWith<E>;
}
