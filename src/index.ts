/**
 * Module entry (ESM and CommonJS builds): exports only, no side effects.
 */
import $ from 'jquery';
import { createSdk } from './sdk';
import type { GetKazooSdk, KazooSdk, SdkSettings } from './types';

declare global {
  interface JQueryStatic {
    /** Registered by the script-tag build (or `install($)`): creates a Kazoo SDK instance. */
    getKazooSdk: GetKazooSdk;
  }
}

export { endpoints } from './endpoints';
export { KazooSdkError } from './errors';
export type { KazooError } from './errors';
export { install } from './sdk';
export type * from './types';

/** Creates an SDK instance on the jQuery that `import 'jquery'` resolves to. */
export function getKazooSdk(settings: SdkSettings): KazooSdk {
  return createSdk($, settings);
}
