/**
 * Module entry (ESM and CommonJS builds): exports only, no side effects.
 */
import $ from 'jquery';
import { createSdk } from './sdk';
import type { SdkSettings } from './types';

export { endpoints } from './endpoints';
export { KazooSdkError } from './errors';
export type { KazooError } from './errors';
export { install } from './sdk';
export type * from './types';

/** Creates an SDK instance on the jQuery that `import 'jquery'` resolves to. */
export function getKazooSdk(settings: SdkSettings) {
  return createSdk($, settings);
}
