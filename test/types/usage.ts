// Compile-time tests of the published types (dist/jquery.kazoosdk.d.ts): this file must compile,
// and each line under @ts-expect-error must NOT compile (tsc fails on an unused @ts-expect-error).
import $ from 'jquery';
import {
  endpoints, getKazooSdk, install, KazooSdkError,
  type KazooError, type KazooPromise, type KazooResponse, type KazooSdk, type Placeholders, type RequestOptions,
} from '../../dist/jquery.kazoosdk';

const sdk: KazooSdk = getKazooSdk({ apiRoot: 'http://127.0.0.1:8000/v2/', authToken: 'tok', generateError: false });
getKazooSdk('http://127.0.0.1:8000/v2/');
// @ts-expect-error an apiRoot is required
getKazooSdk({ authToken: 'tok' });
install($);

// placeholders are required settings, typed as ids
sdk.device.get({ accountId: 'a', deviceId: 'd' });
sdk.device.get({ accountId: 'a', deviceId: 42 });
// @ts-expect-error deviceId is missing
sdk.device.get({ accountId: 'a' });
// @ts-expect-error an object is not an id
sdk.device.get({ accountId: 'a', deviceId: { id: 'd' } });
// @ts-expect-error no such method
sdk.device.nope();
// @ts-expect-error no such namespace
sdk.nope.get({});
// @ts-expect-error settings are mandatory when something is
sdk.account.get();

// data is required on PUT/POST, optional elsewhere
sdk.user.create({ accountId: 'a', data: { first_name: 'A', last_name: 'L' } });
// @ts-expect-error data is missing
sdk.user.create({ accountId: 'a' });
sdk.user.delete({ accountId: 'a', userId: 'u' });
sdk.port.changeState({ accountId: 'a', portRequestId: 'p', state: 'submitted' });
sdk.whitelabel.checkDnsEntries({ accountId: 'a', domain: 'example.com' });
// the POST quirk: data.id stands for the last placeholder
sdk.user.update({ accountId: 'a', data: { id: 'u', first_name: 'A', last_name: 'L' } });
// @ts-expect-error without data.id, the last placeholder is required
sdk.user.update({ accountId: 'a', data: { first_name: 'A', last_name: 'L' } });
// methods without mandatory settings take none
sdk.globalResources.list();
sdk.auth.userAuth({ data: { account_name: 'demo', credentials: 'md5' } });

// callbacks are typed from the entry
sdk.device.get({
  accountId: 'a', deviceId: 'd',
  success: (r, textStatus, jqXHR) => {
    const envelope: KazooResponse = r;
    const status: number = jqXHR.status;
    return [envelope.data, textStatus.length, status];
  },
  error: (e) => {
    const err: KazooError = e;
    const status: number = err.httpErrorStatus;
    return status;
  },
  custom: 'custom keys stay allowed',
});
sdk.conference.getNotification({
  accountId: 'a', notificationType: 't', contentType: 'text/html',
  success: (html) => html.toUpperCase(),
});
sdk.port.getAttachment({
  accountId: 'a', portRequestId: 'p', documentName: 'd',
  success: (text) => text.split(','),
});
sdk.port.getAttachment({
  accountId: 'a', portRequestId: 'p', documentName: 'd', responseType: 'blob',
  success: (blob) => blob.size,
});
sdk.device.get({
  accountId: 'a', deviceId: 'd',
  // @ts-expect-error the success callback of a JSON method gets an envelope, not a string
  success: (r: string) => r,
});

// promises
const promise: KazooPromise<KazooResponse> = sdk.user.list({ accountId: 'a', filters: { paginate: false } });
promise.abort();
async function awaited(): Promise<void> {
  const res = await sdk.user.list({ accountId: 'a' });
  const data: unknown = res.data;
  // binary downloads: a string of one character per byte, or a Blob with responseType 'blob'
  const text: string = await sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd' });
  const blob: Blob = await sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd', responseType: 'blob' });
  // @ts-expect-error without responseType 'blob' it is not a Blob
  const notBlob: Blob = await sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd' });
  void data;
  void text;
  void blob;
  void notBlob;
}

// methods with several forms: either set of placeholders, not neither
sdk.numbers.activate({ accountId: 'a', phoneNumber: '+14155550100' });
sdk.numbers.activate({ accountId: 'a', data: { numbers: ['+14155550100'] } });
// @ts-expect-error the collection form needs data
sdk.numbers.activate({ accountId: 'a' });
sdk.numbers.delete({ accountId: 'a', phoneNumber: '+14155550100' });
sdk.numbers.delete({ accountId: 'a' });
sdk.whitelabel.get({ domain: 'example.com' });
sdk.whitelabel.get({ accountId: 'a' });
// @ts-expect-error a domain or an accountId
sdk.whitelabel.get({});
sdk.whitelabel.getLogo({ accountId: 'a' });
// conference.action: the action as a setting, or inside data
sdk.conference.action({ accountId: 'a', conferenceId: 'c', action: 'lock' });
sdk.conference.action({ accountId: 'a', conferenceId: 'c', data: { action: 'lock' } });
// @ts-expect-error an action or data
sdk.conference.action({ accountId: 'a', conferenceId: 'c' });
sdk.servicePlan.getFields();

// the classic plugin's options, and its error callback's third argument
sdk.user.update({
  accountId: 'a',
  userId: 'u',
  data: { first_name: 'A', last_name: 'L' },
  removeMetadataAPI: true,
  removeHeaders: ['X-Auth-Token'],
  envelopeKeys: { extra: 1 },
  error: (parsedError, jqXHR, globalHandler) => {
    globalHandler(jqXHR, { generateError: true });
    const status: number = parsedError.httpErrorStatus;
    void status;
  },
});
void awaited;

// hooks and request
getKazooSdk({
  apiRoot: 'x',
  onRequestError: (jqXHR, options: RequestOptions) => {
    if (jqXHR.status === 401) {
      options.preventCallbackError = true;
      sdk.request({ ...options, authToken: 'new' });
    }
  },
  confirmCharges: (charges) => Promise.resolve(Array.isArray(charges)),
});
const send = sdk.request;
send({ url: 'accounts/a/custom', verb: 'GET' });
// @ts-expect-error request needs a url
sdk.request({ verb: 'GET' });

// the table and the error type
const verb: 'GET' = endpoints.account.get.verb;
const names: Placeholders<typeof endpoints.conference.muteParticipant.url> = 'participantId';
const error: Error = new KazooSdkError('x');
void verb;
void names;
void error;

// re-login, progress and paging settings, and custom endpoints typed like built-in ones
getKazooSdk({
  apiRoot: 'x',
  reauth: () => sdk.auth.userAuth({ data: { account_name: 'demo', credentials: 'md5' } }),
  uploadProgress: (event) => event.loaded,
});
sdk.user.list({ accountId: 'a', paginate: 'all', maxPages: 5, onPage: (page) => page.data.length });
const custom = getKazooSdk({
  apiRoot: 'x',
  endpoints: { faxes: { get: { verb: 'GET', url: 'accounts/{accountId}/faxes/{faxId}' } } },
});
custom.faxes.get({ accountId: 'a', faxId: 'f' });
// @ts-expect-error faxId is a placeholder of the custom endpoint
custom.faxes.get({ accountId: 'a' });
custom.user.get({ accountId: 'a', userId: 'u' });

// the methods of today's Kazoo are typed from the same table
sdk.webhooks.patch({ accountId: 'a', webhookId: 'w', data: { enabled: false } });
sdk.webhooks.create({ accountId: 'a' }); // data is optional on today's methods
// @ts-expect-error webhookId is a placeholder
sdk.webhooks.get({ accountId: 'a' });
sdk.faxes.sendAsMultipart({ accountId: 'a', data: [{ headers: { 'Content-Type': 'application/pdf' }, body: '%PDF' }] });
// @ts-expect-error multipart data is an array of {headers, body} parts
sdk.faxes.sendAsMultipart({ accountId: 'a', data: 'not parts' });
sdk.whitelabel.getNotificationHtml({ accountId: 'a', notificationId: 'n' }).then((html: string) => html.length);
sdk.tasks.getInput({ accountId: 'a', taskId: 't' }).then((csv: string) => csv.length);
sdk.faxes.getAttachmentOutbound({ accountId: 'a', faxId: 'f' }).then((doc) => (doc instanceof Blob ? doc.size : 0));
sdk.auth.get({ token: 't' });
