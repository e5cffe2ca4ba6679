// Compile-time tests of the document types generated from Kazoo's schemas (src/generated/documents.ts)
// as methods use them: correct documents compile; under each @ts-expect-error, a wrong enum value, a
// missing required field or a wrong field type must NOT compile (tsc fails on an unused one).
import {
  getKazooSdk,
  type Callflow, type Device, type KazooPromise, type KazooResponse, type KazooSdk, type User, type Vmbox,
} from '../../dist/jquery.kazoosdk';

const sdk: KazooSdk = getKazooSdk({ apiRoot: 'http://127.0.0.1:8000/v2/' });
const ids = { accountId: 'a' };

// devices: `name` is required; sip.method is one of Kazoo's values; custom keys stay allowed
sdk.device.create({ ...ids, data: { name: 'Desk', device_type: 'sip_device', sip: { method: 'password', username: 'u' }, my_ui_flag: true } });
// @ts-expect-error a device needs a name
sdk.device.create({ ...ids, data: { device_type: 'sip_device' } });
// @ts-expect-error sip.method is 'password' or 'ip'
sdk.device.create({ ...ids, data: { name: 'Desk', sip: { method: 'token' } } });
// @ts-expect-error enabled is a boolean
sdk.device.update({ ...ids, deviceId: 'd', data: { name: 'Desk', enabled: 'yes' } });
sdk.device.patch({ ...ids, deviceId: 'd', data: { enabled: false } }); // a patch: every field optional
// @ts-expect-error a patch still checks enum values
sdk.device.patch({ ...ids, deviceId: 'd', data: { caller_id_options: { outbound_privacy: 'some' } } });

// users: first_name and last_name are required; priv_level is 'user' or 'admin'
sdk.user.create({ ...ids, data: { first_name: 'Ada', last_name: 'Lovelace', priv_level: 'admin' } });
// @ts-expect-error a user needs a last_name
sdk.user.create({ ...ids, data: { first_name: 'Ada' } });
// @ts-expect-error priv_level is 'user' or 'admin'
sdk.user.create({ ...ids, data: { first_name: 'Ada', last_name: 'Lovelace', priv_level: 'root' } });
sdk.user.update({ ...ids, data: { id: 'u', first_name: 'Ada', last_name: 'Lovelace' } }); // data.id stands for userId
// @ts-expect-error the POST quirk's data is still a user document
sdk.user.update({ ...ids, data: { id: 'u', first_name: 'Ada' } });

// callflows: a flow needs its module and data; numbers are strings
sdk.callflow.create({ ...ids, data: { numbers: ['2000'], flow: { module: 'user', data: { id: 'u' } } } });
// @ts-expect-error a flow needs its data
sdk.callflow.create({ ...ids, data: { numbers: ['2000'], flow: { module: 'user' } } });
// @ts-expect-error numbers are strings
sdk.callflow.update({ ...ids, callflowId: 'c', data: { numbers: [2000] } });

// voicemail boxes: mailbox and name are required; media_extension is one of Kazoo's values
sdk.voicemail.create({ ...ids, data: { mailbox: '2000', name: 'Desk', media_extension: 'wav' } });
// @ts-expect-error a voicemail box needs a mailbox
sdk.voicemail.create({ ...ids, data: { name: 'Desk' } });
// @ts-expect-error media_extension is mp3, mp4 or wav
sdk.voicemail.create({ ...ids, data: { mailbox: '2000', name: 'Desk', media_extension: 'ogg' } });

// custom keys: allowed where Kazoo's schema allows them, refused where it closes the object
sdk.account.update({ ...ids, data: { name: 'demo', my_ui_setting: 1, preflow: { always: 'cf1' } } });
// @ts-expect-error an account's preflow takes only `always`
sdk.account.update({ ...ids, data: { name: 'demo', preflow: { always: 'cf1', sometimes: 'cf2' } } });

// the answers of get/create/update/patch carry the document
const device: KazooPromise<KazooResponse<Device>> = sdk.device.get({ ...ids, deviceId: 'd' });
const user: KazooPromise<KazooResponse<User>> = sdk.user.patch({ ...ids, userId: 'u', data: { first_name: 'Ada' } });
const vmbox: KazooPromise<KazooResponse<Vmbox>> = sdk.voicemail.update({ ...ids, voicemailId: 'v', data: { mailbox: '1', name: 'n' } });
sdk.callflow.get({
  ...ids, callflowId: 'c',
  success: (res) => {
    const callflow: Callflow = res.data;
    // @ts-expect-error numbers is a string array
    const wrong: number[] | undefined = res.data.numbers;
    return [callflow, wrong];
  },
});
async function answers(): Promise<void> {
  const { data } = await sdk.device.get({ ...ids, deviceId: 'd' });
  const name: string = data.name;
  // @ts-expect-error a device's name is a string
  const wrong: number = data.name;
  void [name, wrong];
}

// methods without a Kazoo document keep their earlier types
sdk.device.list({ ...ids, success: (res) => res.data });
sdk.webhooks.listAttempts({ ...ids, webhookId: 'w' });
void [device, user, vmbox, answers];
