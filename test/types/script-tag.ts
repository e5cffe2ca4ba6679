// Script-tag users reference the declaration file: $.getKazooSdk is typed on JQueryStatic.
/// <reference path="../../dist/jquery.kazoosdk.d.ts" />

const kazooSdk = jQuery.getKazooSdk({ apiRoot: 'http://127.0.0.1:8000/v2/' });
kazooSdk.user.get({ accountId: 'a', userId: 'u', success: (r) => r.data });
// @ts-expect-error userId is missing
kazooSdk.user.get({ accountId: 'a' });
const table = $.getKazooSdk.endpoints;
void table;
export {};
