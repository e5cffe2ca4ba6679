// An application written as ES modules and bundled with rollup: jQuery and the SDK are imported;
// install($) registers the SDK on that jQuery (the module never imports jQuery itself).
import $ from 'jquery';
import md5 from 'js-md5';
import { getKazooSdk, install, KazooSdkError } from 'jquery-kazoosdk';

install($);

/** Logs in to the demo account and lists its devices into the page; resolves with their names. */
async function showDevices(apiRoot) {
  const kazooSdk = getKazooSdk({ apiRoot });
  const auth = await kazooSdk.auth.userAuth({ data: { account_name: 'demo', credentials: md5('admin:admin') } });
  const accountId = auth.data.account_id;
  try {
    kazooSdk.device.get({ accountId }); // deviceId is missing: thrown before anything is sent
  } catch (e) {
    if (!(e instanceof KazooSdkError)) throw e;
  }
  const { data } = await kazooSdk.device.list({ accountId });
  const names = data.map((device) => device.name);
  for (const name of names) $('<li>').text(name).appendTo('#devices');
  $('#status').text(`${names.length} devices`);
  return names;
}

const given = /[?&]api=([^&]+)/.exec(window.location.search);
window.app = { showDevices, ready: showDevices(given ? decodeURIComponent(given[1]) : 'http://127.0.0.1:8000/v2/') };
