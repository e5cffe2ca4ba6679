/**
 * Script-tag entry: registers `$.getKazooSdk` on the page's jQuery, as the classic plugin did.
 */
import $ from 'jquery';
import { install } from './sdk';

install($);

export * from './index';
