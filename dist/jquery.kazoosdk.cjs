/*! jquery.kazoosdk 1.1.0 | MIT License */
'use strict';

var VERBS = { G: 'GET', U: 'PUT', P: 'POST', D: 'DELETE', A: 'PATCH', H: 'HEAD' };
var FLAGS = { a: 'auth', t: 'noToken', m: 'noUiMetadata', o: 'dataOptional' };
var FIELDS = { '<': 'contentType', '>': 'accept', '=': 'inData' };
/** The compact table -> namespace -> method -> entry. */
function decodeTable(encoded) {
    var table = {};
    for (var ns in encoded) {
        var entries = encoded[ns].split('|');
        var head = entries[0].split(' ');
        var base = expand(head[0], '', '');
        var item = base + '/{' + head[1] + '}';
        var methods = (table[ns] = {});
        for (var i = 1; i < entries.length; i++) {
            var fields = entries[i].split(' ');
            var name = fields[0];
            var entry = { verb: 'GET', url: expand(fields[1], base, item) };
            var before = methods[name];
            methods[name] = before ? [].concat(before, entry) : entry;
            for (var f = 2; f < fields.length; f++) {
                var field = FIELDS[fields[f].charAt(0)];
                if (field)
                    entry[field] = fields[f].slice(1);
                else {
                    entry.verb = VERBS[fields[f].charAt(0)];
                    for (var c = 1; c < fields[f].length; c++)
                        entry[FLAGS[fields[f].charAt(c)]] = true;
                }
            }
        }
    }
    return table;
}
function expand(path, base, item) {
    var lead = path.charAt(0);
    var prefix = lead === '@' ? item : lead === '$' ? base : lead === '~' ? 'accounts/{accountId}' : null;
    return prefix === null ? path : prefix + path.slice(1);
}

var endpoints = decodeTable({"account":"accounts accountId|get @|create @ U|update @ P|delete @ D|listDescendants @/descendants|listChildren @/children?ascending=true|demote @/reseller D|listParents @/tree|patch @ A|promote @/reseller Uo|searchAll search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}|searchByName search?t=account&q=name&v={accountName}","auth":"auth/links auth_id|userAuth user_auth Ua|sharedAuth shared_auth Ua|pinAuth pin_auth Ua|callback auth/callback Uao|get auth/tokeninfo?token={token} Gt|getLink ~/auth/links/{auth_id}|impersonate ~/users/{userId}/user_auth Uo|link @ Uo|postTokenInfo auth/tokeninfo Pto|recovery user_auth/recovery Uo|recoveryResetId user_auth/recovery Po|unlink @ D","balance":"|get ~/transactions/current_balance|add ~/braintree/credits U","billing":"~/braintree/cards cardId|get ~/braintree/customer|update ~/braintree/customer P|deleteCard @ D|getToken ~/braintree/client_token","callflow":"~/callflows callflowId|get @|create $ U|update @ P|delete @ D|list $|patch @ A|searchByNameAndNumber ~/search?t=callflow&q=name_and_number&v={value}|searchByNumber ~/search?t=callflow&q=number&v={value}","cdrs":"~/cdrs cdrId|get @|list $|listByInteraction $/interaction|listByInteractionUser ~/users/{userId}/cdrs/interaction|listByUser ~/users/{userId}/cdrs|listLegs $/legs/{callId}","channel":"~/channels callId|list $|action @ Umo","conference":"~/conferences conferenceId|get @|create $ U|update @ P|delete @ D|list $|getPins $/pins|view @/status|action @ U =action|getServer ~/conferences_servers/{serverId}|createServer ~/conferences_servers U|updateServer ~/conferences_servers/{serverId} P|deleteServer ~/conferences_servers/{serverId} D|listServers ~/conferences_servers|addParticipant @/add_participant P|muteParticipant @/mute/{participantId} P|unmuteParticipant @/unmute/{participantId} P|deafParticipant @/deaf/{participantId} P|undeafParticipant @/undeaf/{participantId} P|kickParticipant @/kick/{participantId} P|createNotification ~/notify/conference_{notificationType} U <text/html >text/html|getNotification ~/notify/conference_{notificationType}/{contentType} <text/html >text/html|updateNotification ~/notify/conference_{notificationType} P <text/html >text/html|participantsAction @/participants/{participantId} Uo|participantsBulkAction @/participants Uo|participantsList @/participants","connectivity":"~/connectivity connectivityId|get @|create $ U|update @ P|list $","device":"~/devices deviceId|get @|create $ U|update @ P|delete @ D|list $|getStatus $/status|quickcall @/quickcall/{number}|patch @ A|restart @/sync Po|updatePresence @/presence Po","directory":"~/directories directoryId|create $ U|list $|delete @ D|get @|update @ Po","globalResources":"resources resourceId|get @|create $ U|update @ P|delete @ D|list $|updateCollection $/collection P|listJobs $/jobs|getJob $/jobs/{jobId}|createJob $/jobs U","group":"~/groups groupId|get @|create $ U|update @ P|delete @ D|list $","limits":"|get ~/limits|update ~/limits P","localResources":"~/resources resourceId|get @|create $ U|update @ P|delete @ D|list $|updateCollection $/collection P|listJobs $/jobs|getJob $/jobs/{jobId}|createJob $/jobs U","media":"~/media mediaId|get @|create $ U|update @ P|delete @ D|list $|upload @/raw P <application/x-base64","menu":"~/menus menuId|get @|create $ U|update @ P|delete @ D|list $","numbers":"~/phone_numbers phoneNumber|get @|activate @/activate Uo|activate $/collection/activate U|update @ P|delete @ D|delete $/collection D|identify @/identify|list $?filter_state=%5B%22in_service%22%2C%22port_in%22%5D|listClassifiers $/classifiers|search $?prefix={pattern}&quantity={limit}&offset={offset}|searchBlocks $?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}|searchCity $/prefix?city={city}|activateBlock $/collection/activate Uo|create @ Uo|createBlock $/collection Uo|deleteBlock $/collection D|getCarrierInfo $/carriers_info|listAll $|matchClassifier $/classifiers/{phoneNumber}|patch @ A|sync $/fix Po|syncOne $/fix/{number} Po","port":"~/port_requests portRequestId|get @|create $ U|update @ P|delete @ D|list $|listDescendants ~/descendants/port_requests|listAttachments @/attachments|getAttachment @/attachments/{documentName} <application/pdf >application/pdf|createAttachment @/attachments?filename={documentName} U <application/pdf >application/pdf|updateAttachment @/attachments/{documentName} P <application/pdf >application/pdf|deleteAttachment @/attachments/{documentName} D <application/pdf >application/pdf|changeState @/{state} A|addComment @/comments Uo|deleteAllComments @/comments D|deleteComment @/comments/{commentId} D|getComment @/comments/{commentId}|getTimeline @/timeline|listByState $/{state}|listComments @/comments|listDescendantsByState ~/descendants/port_requests/{state}|listLastSubmitted $/last_submitted|listPortAuthority port_requests|portabilityLookup $/lnp_lookup Po|searchNumber $?by_number={number}|searchNumberByDescendants ~/descendants/port_requests?by_number={number}|updateComment @/comments/{commentId} Po","resourceTemplates":"~/resource_templates resourceId|get @|create $ U|update @ P|delete @ D|list $","servicePlan":"~/service_plans planId|get @|add @ P|remove @ D|list $|listCurrent $/current|reconciliate $/reconciliation P|synchronize $/synchronization P|addMany $/ Po|addManyOverrides $/override Po|create $ Uo|getAvailable $/available/{planId}|getCsv $/current?depth=4&identifier=items&accept=csv|getFields service_plans/editable|listAvailable $/available|removeMany $/ D|update @ Po","temporalRule":"~/temporal_rules ruleId|get @|create $ U|update @ P|delete @ D|list $|patch @ A","user":"~/users userId|get @|create $ U|update @ P|delete @ D|list $|quickcall @/quickcall/{number}|hotdesks @/hotdesks|listDevices @/devices|listUsersWithChat $/getstream|patch @ A|updateChatStatus @/getstream A|updatePresence @/presence Po","voicemail":"~/vmboxes voicemailId|get @|create $ U|update @ P|delete @ D|list $|deleteMessages @/messages D|listMessages @/messages|patch @ A|updateMessages @/messages Po","whitelabel":"~/notifications notificationId|get whitelabel/{domain}|get ~/whitelabel|getLogo whitelabel/{domain}/logo|getLogo ~/whitelabel/logo|getDnsEntries ~/whitelabel/domains|checkDnsEntries ~/whitelabel/domains?domain={domain} Po|create ~/whitelabel Uo|delete ~/whitelabel D|deleteNotification @ D|getByDomain whitelabel/{domain}|getIcon ~/whitelabel/icon >*/*|getIconByDomain whitelabel/{domain}/icon >*/*|getLogoByDomain whitelabel/{domain}/logo >*/*|getNotification @|getNotificationHtml @ >text/html|getNotificationText @ >text/plain|getSystemNotification notifications/{notificationId}|getSystemNotificationHtml notifications/{notificationId} >text/html|getSystemNotificationText notifications/{notificationId} >text/plain|getWelcome ~/whitelabel/welcome >text/html|getWelcomeByDomain whitelabel/{domain}/welcome >text/html|listNotifications $|previewNotification @/preview Po|update ~/whitelabel Po|updateIcon ~/whitelabel/icon P <application/x-base64|updateLogo ~/whitelabel/logo P <application/x-base64|updateNotification @ Po|updateNotificationHtml @ P <text/html >text/html|updateNotificationText @ P <text/plain >text/plain|updateWelcome ~/whitelabel/welcome P <text/html >text/html","accessLists":"|get ~/access_lists|update ~/access_lists Po","alert":"|list ~/alerts","apiKey":"|create ~/api_key Uo|get ~/api_key","appsStore":"~/apps_store appId|add @ Uo|createOverride @/override Uo|delete @ D|deleteOverride @/override D|get @|getBlacklist $/blacklist|getIcon @/icon >*/*|getOverride @/override|list $|update @ Po|updateBlacklist $/blacklist Po|updateIcon @/override/icon Po|updateOverride @/override Po","blacklist":"~/blacklists blacklistId|create $ Uo|delete @ D|get @|list $|update @ Po","cdrPushOnebill":"|get ~/cdr_push_onebill|post ~/cdr_push_onebill Po","clickToCall":"~/clicktocall clickToCallId|connect @/connect Po|create $ Uo|delete @ D|get @|list $|update @ Po","configs":"~/configs endpoint|get @","contactList":"|get ~/contact_list","crm":"~/crm_integration/mappings mappingId|createIntegration ~/crm_integration Uo|createMapping $ Uo|createTrigger ~/crm_integration/triggers Uo|deleteMapping @ D|deleteTrigger ~/crm_integration/triggers/{triggerId} D|getCallLog ~/crm_integration/call_logs|getIntegration ~/crm_integration|getMapping @|getTrigger ~/crm_integration/triggers/{triggerId}|listMappings $|listTriggers ~/crm_integration/triggers|patchMapping @ A|patchTrigger ~/crm_integration/triggers/{triggerId} A|updateMapping @ Po|updateTrigger ~/crm_integration/triggers/{triggerId} Po","dashboards":"~/dashboards/queue_details queueId|getActivityLog ~/dashboards/activity_log Po|getEnsureStarted ~/dashboards/ensure_started|getQueueDetails @ Po|getQueueOverview ~/dashboards/queue_overview Po|getRecipientOverview ~/dashboards/recipient_overview|getRecipientPerformance ~/dashboards/recipient_performance","desktop":"|getLinux ~/desktop/linux|getMac ~/desktop/mac|getWindows ~/desktop/windows","externalNumbers":"~/external_numbers numberId|create $ Uo|delete @ D|get @|list $|submitPin @/verify Po|verify @/verify Uo","faxbox":"~/faxboxes faxboxId|create $ Uo|delete @ D|get @|list $|update @ Po","faxes":"~/faxes/inbox faxId|deleteInbound @ D|deleteOutbound ~/faxes/outbox/{faxId} D|getAttachmentInbound @/attachment >*/*|getAttachmentOutbound ~/faxes/outbox/{faxId}/attachment >*/*|getDetailsInbound @|getDetailsOutbound ~/faxes/outbox/{faxId}|getLogDetails ~/faxes/smtplog/{logId}|getLogs ~/faxes/smtplog|listInbound $|listOutbound ~/faxes/outbox|send ~/faxes Uo|sendAsMultipart ~/faxes U <multipart/mixed|updateInbound @ Uo|updateOutbound ~/faxes/outbox/{faxId} Uo","inspector":"~/call_inspector callId|get @|list $","ips":"~/ips ip|add @ Po|delete @ D|list $?zone={zone}&quantity={quantity}|listAssigned $/assigned|listZones $/zones","ledgers":"~/ledgers ledgerId|credit $/credit Uo|debit $/debit Uo|get @|getDetails @/{id}|list $|listAvailable $/available|summaryPerMonth $/summary/{modbSuffix}|total $/total","matchList":"~/match_lists matchListId|create $ Uo|delete @ D|get @|list $/|patch @ A|update @ Po","metaflow":"|delete ~/metaflows D|get ~/metaflows|update ~/metaflows Po","multifactor":"~/multi_factor mfaId|create $ Uo|delete @ D|get @|getAttempt $/attempts/{attemptId}|list $|listAttempts $/attempts|patch @ A|qrcode multi_factor/qrcode Uo|resetQrcode multi_factor/reset_qrcode Uo|update @ Po","parkedCalls":"|list ~/parked_calls","pivot":"~/pivot/debug callId|getDebug @|listDebug $","presence":"~/presence presenceId|get @|list $|update @ Po","qubicleQueues":"~/qubicle_queues queueId|create $ Uo|delete @ D|deleteRecipients @/recipients D|get @|getEnsureStarted $/ensure_started|getStatus @/status|list $|listAllRecipients $/recipients|listRecipients @/recipients|listStatus $/status|patch @ A|update @ Po|updateRecipients @/recipients Po|updateRoles @/roles Po|updateSessions @/sessions/{sessionId} Po","qubicleRecipients":"~/qubicle_recipients userId|get @|getQueueMembership $/queue_membership Po|getStatus @/status|list $|listStatus $/status Po|update @ Po|updateDisable @/disable Po|updateEnable @/enable Po|updateRoles @/roles Po|updateState @ Po|updateStatus @/status Po","qubicleReports":"|get ~/qubicle_reports Po","qubicleRoles":"|list ~/qubicle_roles","qubicleSkills":"~/qubicle_skills skillId|create $ Uo|delete @ D|list $|patch @ A|update @ Po","recordings":"~/recordings recordingId|delete @ D|get @|list $","registrations":"|list ~/registrations","schemas":"schemas schemaId|get @|list $","security":"~/security/attempts attemptId|create ~/security Uo|delete ~/security D|get ~/security|getAttempt @|listAttempts $|listModules security|update ~/security Po","services":"|bulkChange ~/services/ Po|getAuditSummary ~/services/audit_summary|getSummary ~/services/summary|listAssigned ~/services|listAvailable ~/services/available|listEditable ~/services/editable|listOverrides ~/services/overrides|quote ~/services/quote Po|topup ~/services/topup Po|updateManualQuantities ~/services/manual Po","slackIntegration":"|get ~/slack_integration|listUsers ~/slack_integration/user_listing","smtpLogs":"~/notifications/smtplog logId|get @|list $","storage":"|add ~/storage Uo|get ~/storage|patch ~/storage A|update ~/storage Po","system":"|about about|dialplans ~/dialplans","tasks":"~/tasks taskId|add $?category={category}&action={action} Uo|delete @ D|get @|getInput @/input >text/csv|getOutput @/output >text/csv|list $|start @ A|stop @/stop A|summary tasks","telexsmsboxes":"~/telexsmsboxes boxId|create $ Uo|delete @ D|list $|update @ Po","temporalSet":"~/temporal_rules_sets setId|create $ Uo|delete @ D|get @|list $|update @ Po","transactions":"|list ~/transactions","trunkingio":"|get ~/trunkingio_settings|getCheck ~/trunkingio_settings/check","webhooks":"~/webhooks webhookId|create $ Uo|delete @ D|get @|list $|listAccountAttempts $/attempts|listAttempts @/attempts|listAvailable webhooks|patch @ A|patchAll $ A|update @ Po","websockets":"~/websockets websocketId|list $|listBindings @|listEvents websockets"});

/**
 * Defining an own property. Pure: no jQuery, no I/O.
 */
/**
 * Sets `target[name]` as an own, enumerable, writable property, whatever the prototype holds:
 * also for `__proto__` (which an assignment would turn into a change of prototype) and over an
 * accessor the prototype defines. Returns the value.
 */
function own(target, name, value) {
    Object.defineProperty(target, name, { value: value, enumerable: true, writable: true, configurable: true });
    return value;
}

/**
 * The SDK's own error type and the normalisation of failed responses. Pure: no jQuery, no I/O.
 */
// A native Error re-parented onto KazooSdkError.prototype (so it is `[object Error]`, with the
// engine's stack), without `class extends Error`, whose ES5 output needs helper code in every build.
// Where Object.setPrototypeOf is missing (before IE 11) it stays a plain Error named 'KazooSdkError'.
function SdkError(message) {
    var error = new Error(message);
    error.name = 'KazooSdkError';
    // eslint-disable-next-line no-restricted-properties -- guarded: absent before IE 11
    if (Object.setPrototypeOf)
        Object.setPrototypeOf(error, SdkError.prototype);
    return error;
}
SdkError.prototype = Object.create(Error.prototype, {
    constructor: { value: SdkError, writable: true, configurable: true },
    name: { value: 'KazooSdkError', writable: true, configurable: true },
});
var KazooSdkError = SdkError;
/**
 * A KazooSdkError thrown while a call is prepared, as the caller sees it: its message prefixed with
 * the name of the method (`user.get: ...`, `request: ...`). Other errors are returned as they are.
 * (By name, not instanceof: where Object.setPrototypeOf is missing it is a plain Error.)
 */
function named(label, e) {
    return e && e.name === 'KazooSdkError' ? new KazooSdkError(label + ': ' + e.message) : e;
}
/**
 * Turns a failed exchange into the object handed to `error(responseData, jqXHR)`: the server's own
 * JSON error envelope when it sent one, otherwise a Crossbar-shaped object saying what happened.
 */
function toKazooError(x) {
    var json = x.json;
    var result;
    if (json && typeof json === 'object' && !Array.isArray(json)) {
        result = {};
        for (var key in json) {
            // JSON.parse makes "__proto__" an own key: define it as one instead of setting the prototype
            if (Object.prototype.hasOwnProperty.call(json, key)) {
                own(result, key, json[key]);
            }
        }
    }
    else {
        var reason = x.textStatus === 'timeout' || x.textStatus === 'abort' ? x.textStatus
            : !x.status ? 'network error'
                : x.invalidJson ? 'invalid JSON'
                    : x.statusText && x.statusText !== 'error' ? x.statusText
                        : 'HTTP ' + x.status;
        result = { status: 'error', error: String(x.status), message: reason, data: { message: reason } };
    }
    result.httpErrorStatus = x.status;
    return result;
}

/**
 * What a call does after one of its exchanges has been answered and its hooks have run. Pure: the
 * driver (call.ts) hands over the facts and carries out the decision.
 */
/**
 * The decisions (numbers: names would be shipped as strings):
 * - ENDED: nothing more (the call has ended already: abort() from a hook);
 * - NEXT: fetch the next page; DONE: end the call with success;
 * - TAKEN: the application has the call (it may hand the options back to kazooSdk.request);
 * - CHARGES: ask about the charges of a 402; RELOGIN: re-login, then send again;
 * - FAIL: end the call with its error.
 */
var ENDED = 0, NEXT = 1, DONE = 2, TAKEN = 3, CHARGES = 4, RELOGIN = 5, FAIL = 6;
/**
 * @param ok the exchange succeeded (2xx or 304, with a readable body)
 * @param status the HTTP status of a failed exchange (0 when no answer arrived)
 * @param next paginate: 'all' and there is a next page to fetch
 * @param mayRelogin a 401 may lead to a re-login (see followups.ts)
 */
function decide(call, opts, ok, status, next, mayRelogin) {
    if (call.settled)
        return ENDED;
    if (ok)
        return next ? NEXT : DONE;
    if (call.aborted)
        return FAIL;
    if (opts.preventCallbackError)
        return TAKEN;
    if (status === 402 && opts.acceptCharges === undefined)
        return CHARGES;
    if (status === 401 && mayRelogin)
        return RELOGIN;
    return FAIL;
}

/**
 * The default wording of the 402 confirmation. Pure: no jQuery, no I/O.
 */
/**
 * A readable summary of a 402 answer's `data` (Kazoo's array of invoices), for the
 * default `window.confirm` dialog. Anything unexpected in the charges is skipped, never thrown on.
 */
function describeCharges(charges) {
    var lines = ['This action has charges:'];
    var today = 0;
    var recurring = 0;
    var invoices = (Array.isArray(charges) ? charges : [charges]);
    for (var i = 0; i < invoices.length; i++) {
        var invoice = invoices[i] || {};
        addLines(lines, invoice.items, 'recurring');
        addLines(lines, invoice.activation_charges, 'activation');
        var summary = invoice.summary || {};
        today += toNumber(summary.today);
        recurring += toNumber(summary.recurring);
    }
    return lines.join('\n') + '\nDue today: ' + money(today) + '; recurring: ' + money(recurring) + '.\nDo you accept these charges?';
}
function addLines(lines, items, kind) {
    for (var i = 0; Array.isArray(items) && i < items.length; i++) {
        var line = items[i];
        if (line && typeof line === 'object') {
            lines.push('- ' + (line.name || line.item || 'item') + ' (' + kind + '): ' +
                (line.quantity === undefined ? 1 : toNumber(line.quantity)) + ' x ' + money(line.rate) + ' = ' + money(line.total));
        }
    }
}
function toNumber(value) {
    var n = Number(value);
    return isFinite(n) ? n : 0;
}
function money(value) {
    return toNumber(value).toFixed(2);
}

/**
 * Sends `req` and reports its answer to `ended`, exactly once (also when the page's prefilters or
 * onRequestStart abort it before jQuery would call back). While it is in flight, `holder.jqXHR` is
 * its jqXHR (set before onRequestStart runs, so that it can be aborted from there).
 */
function transmit($, req, opts, holder, ended) {
    var done = false;
    function end(jqXHR, textStatus) {
        if (done)
            return;
        done = true;
        if (holder.jqXHR === jqXHR)
            holder.jqXHR = null;
        ended(answerOf(jqXHR, textStatus, req, opts));
    }
    // Only strings, numbers and bodies reach $.ajax: jQuery before 3.4 deep-copies its options, so a
    // `__proto__` key in an object handed to it would reach Object.prototype.
    var settings = {
        url: req.url,
        type: req.verb,
        headers: req.headers,
        processData: false,
        contentType: req.type,
        dataType: 'text',
        cache: opts.cache === true,
        // (closures rather than `context`, which makes $.ajax itself about 5% slower)
        complete: end,
    };
    // (keys left out rather than undefined: $.ajax walks every key it is given)
    if (req.body !== undefined)
        settings.data = req.body;
    // A beforeSend, even one doing nothing, makes $.ajax about 5% slower: one is given for
    // onRequestStart, or to keep the page's own $.ajaxSetup beforeSend from taking the request over.
    if (opts.onRequestStart || $.ajaxSettings.beforeSend) {
        settings.beforeSend = function (jqXHR) {
            holder.jqXHR = jqXHR;
            invoke(opts.onRequestStart, opts, jqXHR, opts);
        };
    }
    // a number, 0 included: a call's timeout 0 switches a page-wide $.ajaxSetup timeout off
    if (typeof opts.timeout === 'number')
        settings.timeout = opts.timeout;
    if (req.binary || opts.uploadProgress || opts.downloadProgress)
        settings.xhr = xhrFor($, opts, req.binary);
    var jqXHR = $.ajax(settings);
    if (done)
        return;
    holder.jqXHR = jqXHR;
    // Aborted by a prefilter or from onRequestStart: jQuery ends the jqXHR without calling `complete`.
    if (jqXHR.state() !== 'pending')
        end(jqXHR, 'abort');
}
/**
 * An XHR factory for the exchanges that need more than jQuery's own: binary answers read as bytes,
 * and upload and download progress reported to the call's callbacks.
 */
function xhrFor($, opts, binary) {
    return function () {
        var xhr = $.ajaxSettings.xhr();
        if (binary)
            readAsBytes(xhr);
        if (xhr.upload && opts.uploadProgress)
            xhr.upload.addEventListener('progress', progressTo(opts, 'uploadProgress'));
        if (opts.downloadProgress)
            xhr.addEventListener('progress', progressTo(opts, 'downloadProgress'));
        return xhr;
    };
}
/**
 * Makes an XHR receive its answer as bytes (read as text, a byte-order mark at the start of a
 * binary file would choose the charset, whatever charset was asked for) while jQuery, which reads
 * responseType and responseText, sees a text answer of one character per byte. An XHR that still
 * answers with a string (a test double) is shown as it is.
 */
function readAsBytes(xhr) {
    xhr.responseType = 'arraybuffer';
    var text;
    own(xhr, 'responseType', '');
    Object.defineProperty(xhr, 'responseText', {
        configurable: true,
        get: function () {
            var response = xhr.response;
            if (typeof response === 'string' || !response)
                return response || '';
            if (text === undefined) {
                var bytes = new Uint8Array(response);
                text = '';
                // (in slices: one apply() per 8 KB rather than one per byte, or one too large for the stack)
                for (var i = 0; i < bytes.length; i += 8192)
                    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
            }
            return text;
        },
        set: function () { },
    });
}
function progressTo(opts, name) {
    return function (event) {
        invoke(opts[name], opts, event);
    };
}
/**
 * Reads the answer. JSON endpoints parse whatever arrives (an empty body is no value); text
 * endpoints deliver strings; binary endpoints (read as bytes, see readAsBytes) deliver one
 * character per byte, or a Blob, unless the answer is JSON or text, decoded from its bytes in its
 * declared charset.
 */
function answerOf(jqXHR, textStatus, req, opts) {
    var answer = {
        jqXHR: jqXHR,
        status: jqXHR.status || 0,
        textStatus: textStatus,
        statusText: jqXHR.statusText,
        ok: textStatus === 'success' || textStatus === 'notmodified' || textStatus === 'nocontent',
    };
    var text = typeof jqXHR.responseText === 'string' ? jqXHR.responseText : '';
    // JSON endpoints parse whatever arrives, so only the others need the (costly) header lookup
    var type = opts.accept ? jqXHR.getResponseHeader('Content-Type') || '' : '';
    var json = !opts.accept || /json/i.test(type);
    if (req.binary) {
        if (!json && !/^text\//i.test(type)) {
            answer.value = opts.responseType === 'blob' && typeof Blob === 'function' ? new Blob([bytesOf(text)], { type: type }) : text;
            return answer;
        }
        text = decode(text, type);
    }
    if (!json || !text) {
        answer.value = json ? undefined : text;
        return answer;
    }
    try {
        answer.value = answer.json = JSON.parse(text);
    }
    catch (e) {
        // a success that cannot be read fails as 'invalid JSON'; a failure keeps its own reason
        answer.invalidJson = answer.ok;
    }
    return answer;
}
/** Text of one char per byte -> the bytes. */
function bytesOf(text) {
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++)
        bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
}
/**
 * Text of one char per byte -> the text it carries, in the charset its Content-Type declares
 * (UTF-8 when none); as is (one char per byte) for a charset the engine does not know, or where
 * TextDecoder is missing.
 */
function decode(text, type) {
    var charset = /charset="?([^";\s]+)/i.exec(type);
    try {
        return new TextDecoder(charset ? charset[1] : 'utf-8').decode(bytesOf(text));
    }
    catch (e) {
        return text;
    }
}
/** Runs a user callback; what it throws is reported, never allowed to stop the SDK. */
function invoke(fn, self, a, b, c) {
    if (typeof fn !== 'function')
        return;
    try {
        fn.call(self, a, b, c);
    }
    catch (e) {
        report(e);
    }
}
/** Rethrows outside the SDK's stack, where the page's error reporting sees it. */
function report(e) {
    setTimeout(function () {
        throw e;
    }, 0);
}

/**
 * Step 4 of a request, when its answer asks for more: the next page (paginate: 'all'), the 402
 * charges question, the re-login on 401. Each asks or keeps what it needs and hands its result to
 * the driver (call.ts), which sends the follow-up exchange or ends the call.
 */
/** paginate: 'all': the most pages a call fetches, unless maxPages (a positive number) says otherwise. */
function pageLimit(opts) {
    return typeof opts.maxPages === 'number' && opts.maxPages > 0 ? opts.maxPages : 100;
}
/** Adds a page's items to those kept so far (in place: linear in the number of items). */
function keep(items, data) {
    for (var i = 0; i < data.length; i++)
        items.push(data[i]);
    return items;
}
/**
 * The 402 question: confirmCharges (default: window.confirm with a summary of the charges)
 * receives the invoices; `decide` receives its answer (true accepts) once.
 */
function askCharges(opts, charges, decide) {
    ask(typeof opts.confirmCharges === 'function' ? opts.confirmCharges : confirmWithWindow, opts, [charges, opts], decide);
}
function confirmWithWindow(charges) {
    return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(describeCharges(charges));
}
/**
 * When a request is sent, as the re-login of its apiRoot sees it: how many reauth() have ended,
 * or -1 while one is running.
 */
function sentAt(ctx, req) {
    var state = ctx.relogins[req.root];
    return !state ? 0 : state.waiting ? -1 : state.ended;
}
/**
 * Whether a 401 may lead to a re-login: a reauth function is given, the request belongs to the
 * instance's own apiRoot (a token is never fetched for another), it is not a login, not sent
 * without a token on purpose, not already re-sent after a re-login, and not sent while a
 * re-login was running (the re-login's own requests end with their 401: no deadlock).
 */
function mayRelogin(ctx, opts, req, sent, retried) {
    return typeof opts.reauth === 'function' && req.root === ctx.home && !opts.auth && opts.authToken !== null && !retried && sent >= 0;
}
/**
 * Re-login on 401: one reauth() per apiRoot at a time. The calls that get a 401 while it runs
 * wait for it, and so do those sent before it ended (they carried the old token): `decide`
 * receives the token it gives (a string, an envelope's auth_token, or a promise of either; stored
 * for the apiRoot), or null.
 */
function relogin(ctx, opts, req, sent, decide) {
    var state = ctx.relogins[req.root] || (ctx.relogins[req.root] = { ended: 0 });
    if (state.waiting)
        return void state.waiting.push(decide);
    if (sent !== state.ended)
        return decide(state.token); // a re-login ended since it was sent
    state.waiting = [decide];
    ask(opts.reauth, opts, [], function (answer) {
        var token = typeof answer === 'string' ? answer : answer && typeof answer.auth_token === 'string' ? answer.auth_token : null;
        var waiting = state.waiting;
        state.waiting = null;
        state.ended++;
        state.token = token || null;
        if (token)
            ctx.tokens[req.root] = token;
        for (var i = 0; i < waiting.length; i++)
            waiting[i](state.token);
    });
}
/**
 * Asks an application function; its answer, or the value of the promise it returns, goes to
 * `answer`, once (null when it throws or the promise fails; a second fulfilment is ignored).
 */
function ask(fn, self, args, answer) {
    var answered = false;
    function once(value) {
        if (answered)
            return;
        answered = true;
        answer(value);
    }
    try {
        var value = fn.apply(self, args);
        if (value && typeof value.then === 'function') {
            value.then(once, function () {
                once(null);
            });
        }
        else {
            once(value);
        }
    }
    catch (e) {
        report(e);
        once(null);
    }
}

/**
 * Framing a `multipart/mixed` body (faxes.sendAsMultipart). Pure: no jQuery, no I/O.
 */
/**
 * Frames `parts` (an array of `{headers, body}`, each body a string, each header value a string or a
 * number, no line break anywhere in a header) as a CRLF-framed multipart body:
 * `--B CRLF headers CRLF body CRLF --B ... --B-- CRLF`. B is chosen so that it occurs in no part.
 * Returns the body and its Content-Type, or null when `parts` is not such an array.
 */
function frameMultipart(parts, type) {
    if (!Array.isArray(parts) || !parts.length)
        return null;
    var texts = [];
    for (var i = 0; i < parts.length; i++) {
        var part = parts[i];
        if (!part || typeof part.body !== 'string' || (part.headers != null && typeof part.headers !== 'object'))
            return null;
        var text = '';
        for (var name in part.headers) {
            var value = part.headers[name];
            if ((typeof value !== 'string' && typeof value !== 'number') || /[\r\n:]/.test(name) || /[\r\n]/.test(String(value)))
                return null;
            text += name + ': ' + value + '\r\n';
        }
        texts.push(text + '\r\n' + part.body);
    }
    var all = texts.join('');
    var boundary = 'kazoo-sdk-boundary';
    for (var n = 0; all.indexOf(boundary) !== -1; n++)
        boundary = 'kazoo-sdk-boundary-' + n;
    var delimiter = '--' + boundary;
    return {
        body: delimiter + '\r\n' + texts.join('\r\n' + delimiter + '\r\n') + '\r\n' + delimiter + '--\r\n',
        type: type + '; boundary=' + boundary,
    };
}

/**
 * Building request URLs from the table's templates. Pure: no jQuery, no I/O.
 */
var PLACEHOLDER = /\{([^{}]+)\}/;
/**
 * encodeURIComponent, skipping the strings it would leave as they are (letters, digits, `_ . ~ -`):
 * most ids and filter names, which a test finds faster than the encoder copies them.
 */
function encode(text) {
    return /^[\w.~-]*$/.test(text) ? text : encodeURIComponent(text);
}
/** True when a placeholder value counts as not given: undefined, null or ''. */
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
/**
 * Replaces each `{name}` of `template` with `encodeURIComponent(values[name])`.
 * Throws a KazooSdkError naming the setting when a value is missing, is not a string or a finite
 * number, is `.` or `..` (which a browser would resolve as a path step instead of sending it), or
 * cannot be encoded (a lone UTF-16 surrogate). The caller adds the method's name (call.ts).
 */
function fillUrl(template, values) {
    var parts = partsOf(template);
    var url = parts[0];
    for (var i = 1; i < parts.length; i += 2)
        url += encodeValue(values, parts[i]) + parts[i + 1];
    return url;
}
/**
 * The form a call uses, of a method that has several: the first whose placeholders `values` gives
 * all of (own values, none missing, as fillUrl reads them), else the last one (whose missing
 * setting the call is then told about).
 */
function chooseForm(forms, values) {
    for (var i = 0; i < forms.length - 1; i++) {
        var parts = partsOf(forms[i].url);
        for (var p = 1; p < parts.length && !isMissing(ownValue(values, parts[p])); p += 2)
            ;
        if (p >= parts.length)
            return i;
    }
    return forms.length - 1;
}
/**
 * A URL whose query holds defaults, without the keys that `filters` gives itself
 * (`phone_numbers?filter_state=...` with `filters: {filter_state}` sends one filter_state).
 */
function withoutKeys(url, filters) {
    if (!filters || url.indexOf('?') === -1)
        return url; // (most templates have no query: no copy)
    var parts = url.split('?');
    // (the keys of a template's query are plain words: compared as written)
    var kept = parts[1].split('&').filter(function (pair) {
        return filters[pair.split('=')[0]] == null;
    });
    return parts[0] + (kept.length ? '?' + kept.join('&') : '');
}
/** The name of a template's last placeholder, if it has one. */
function lastPlaceholder(template) {
    var parts = partsOf(template);
    return parts[parts.length - 2];
}
/** A template split around its placeholders: text, name, text, name, ..., text (made once each). */
var compiled = Object.create(null);
function partsOf(template) {
    return compiled[template] || (compiled[template] = template.split(PLACEHOLDER));
}
/** A setting's own value (an inherited one counts as not given). */
function ownValue(values, name) {
    return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}
function encodeValue(values, name) {
    var value = ownValue(values, name);
    if (isMissing(value))
        throw new KazooSdkError('missing mandatory setting "' + name + '"');
    if (typeof value !== 'string' && (typeof value !== 'number' || !isFinite(value))) {
        throw new KazooSdkError('"' + name + '" must be a string or a finite number');
    }
    if (value === '.' || value === '..')
        throw new KazooSdkError('"' + name + '" cannot be "." or ".."');
    try {
        return encode(String(value));
    }
    catch (e) {
        // a lone surrogate has no UTF-8 form
        throw new KazooSdkError('"' + name + '" cannot be encoded (' + e.message + ')');
    }
}
/**
 * True when a path holds a `.` or `..` segment, also percent-encoded, between backslashes (which
 * URLs treat as `/`) or split by tabs and line breaks (which URL parsers drop): a browser would
 * resolve it and the request could leave the apiRoot.
 */
function hasDotSegment(path) {
    return /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(path.replace(/[\t\n\r]/g, ''));
}
/**
 * True when `path`, joined to an apiRoot, makes a URL that the browser would request outside of
 * that apiRoot. Judged with the browser's own rules for the URL it is given: tabs and line breaks
 * are dropped, a backslash is a slash, dot segments (also `%2e`) are resolved, and a path that
 * starts with a slash after the apiRoot's own (`/` + `/evil.example/x`) names another host.
 */
function leavesRoot(path) {
    return hasDotSegment(path) || /^[/\\]/.test(path.replace(/^\/+/, '').replace(/[\t\n\r]/g, ''));
}
/** Joins an apiRoot, normalised (normaliseRoot), and a relative path with exactly one `/` between them. */
function joinUrl(root, path) {
    return root + (path.charAt(0) === '/' ? path.replace(/^\/+/, '') : path);
}
/** The apiRoot with exactly one trailing `/`: the key under which its token is stored. */
function normaliseRoot(apiRoot) {
    var end = apiRoot.length;
    while (end > 0 && apiRoot.charAt(end - 1) === '/')
        end--;
    // (one already there: the same string, whose hash the token lookups have computed before)
    return end === apiRoot.length - 1 ? apiRoot : apiRoot.slice(0, end) + '/';
}
/** Appends an encoded query string (without `?`) to a URL that may already have a query. */
function appendQuery(url, query) {
    if (!query)
        return url;
    return url + (url.indexOf('?') === -1 ? '?' : '&') + query;
}

/**
 * Turning the `filters` setting into a query string. Pure: no jQuery, no I/O.
 */
/** Keys whose value Kazoo reads as one JSON-encoded array rather than repeated keys. */
var JSON_ARRAY_KEY = /^(filter_any_|filter_none_|filter_array_intersect_(any|none|all)_)|^fields$/;
/**
 * Encodes a filters map as `key=value&...` (no leading `?`).
 * - undefined and null values are left out;
 * - booleans and numbers are stringified, objects JSON-encoded;
 * - arrays become repeated keys (`key_missing=a&key_missing=b`), except for the keys Kazoo reads
 *   as one JSON array (`filter_any_*`, `filter_none_*`, `filter_array_intersect_(any|none|all)_*`,
 *   `fields`), which take `JSON.stringify(array)`.
 */
function toQuery(filters) {
    var query = '';
    if (!filters || typeof filters !== 'object')
        return query;
    for (var key in filters) {
        if (!Object.prototype.hasOwnProperty.call(filters, key))
            continue;
        var value = filters[key];
        if (value === undefined || value === null)
            continue;
        if (Array.isArray(value) && !JSON_ARRAY_KEY.test(key)) {
            var items = value;
            for (var i = 0; i < items.length; i++) {
                if (items[i] !== undefined && items[i] !== null)
                    query += (query ? '&' : '') + pair(key, items[i]);
            }
        }
        else {
            query += (query ? '&' : '') + pair(key, value);
        }
    }
    return query;
}
function pair(key, value) {
    try {
        return encode(key) + '=' + encode(typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    catch (e) {
        // a lone UTF-16 surrogate (a string cut through an emoji) has no UTF-8 form; a cycle no JSON
        throw new KazooSdkError('filter "' + key + '" cannot be encoded (' + e.message + ')');
    }
}

/**
 * Step 1 of a request: what the caller gave -> the request options (the complete, re-sendable
 * description that hooks receive) -> the request itself (URL, headers, body: what goes on the wire),
 * built once per call. Nothing is sent here; misuse throws a KazooSdkError before anything happens.
 */
var JSON_TYPE = 'application/json';
/**
 * A table entry (or the forms of one) and a call's settings -> the request options: the instance
 * defaults, the settings, and the entry's verb, filled URL and content types.
 */
function fromEntry(ctx, forms, settings) {
    if (settings === undefined || settings === null)
        settings = {};
    invalidIf(typeof settings !== 'object', 'settings must be an object');
    var entry = (Array.isArray(forms) ? forms[chooseForm(forms, settings)] : forms);
    var data = settings.data;
    var values = settings;
    var last = entry.verb === 'POST' ? lastPlaceholder(entry.url) : undefined;
    if (last && isMissing(settings[last]) && data && typeof data === 'object' && !isMissing(data.id)) {
        // Drop-in quirk of the classic plugin: user.update({accountId, data: {id}}) fills {userId}.
        values = assign({}, settings);
        values[last] = data.id;
    }
    var url = fillUrl(entry.url, values);
    var into = entry.inData;
    if (into && !isMissing(settings[into])) {
        // conference.action({action: 'lock'}): the setting goes into data
        data = assign({}, isObject(data) ? data : undefined);
        data[into] = settings[into];
    }
    if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional && (data === undefined || data === null)) {
        throw new KazooSdkError('missing mandatory setting "data"');
    }
    var options = assign(assign({}, ctx.defaults), settings);
    // the entry decides these, whatever keys of the same names the settings hold
    options.verb = entry.verb;
    options.url = url;
    options.data = data;
    options.contentType = entry.contentType;
    options.accept = entry.accept;
    options.auth = !!entry.auth;
    if (entry.auth || entry.noToken)
        options.authToken = null;
    if (entry.noUiMetadata)
        delete options.uiMetadata;
    return checked(ctx, options, settings.headers);
}
function isObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}
/** `kazooSdk.request(options)` -> the request options: the instance defaults under the given ones. */
function fromOptions(ctx, options) {
    var opts = assign(assign({}, ctx.defaults), options);
    invalidIf(typeof opts.url !== 'string', 'missing mandatory setting "url"');
    opts.verb = stringOf(opts.verb || 'GET', 'verb').toUpperCase();
    opts = checked(ctx, opts, options && options.headers);
    // (a method's URL needs no such check: its template is checked once, its values are encoded)
    invalidIf(leavesRoot(opts.url), 'url must stay under apiRoot');
    return opts;
}
/** What every request must hold: an apiRoot, and the merged headers. */
function checked(ctx, opts, headers) {
    invalidIf(typeof opts.apiRoot !== 'string' || !opts.apiRoot, 'apiRoot must be a non-empty string');
    opts.headers = assign(assign({}, ctx.defaults.headers), headers);
    return opts;
}
/** Throws a KazooSdkError saying `problem` (to which the driver adds the method's name). */
function invalidIf(condition, problem) {
    if (condition)
        throw new KazooSdkError(problem);
}
/** The request options -> the request on the wire (URL, headers with the token, body). */
function toRequest(ctx, opts) {
    var root = normaliseRoot(opts.apiRoot);
    var accept = opts.accept ? stringOf(opts.accept, 'accept') : '';
    var filters = opts.filters;
    var req = {
        verb: opts.verb,
        root: root,
        url: appendQuery(joinUrl(root, filters ? withoutKeys(opts.url, filters) : opts.url), toQuery(filters)),
        headers: headersFor(opts, accept || JSON_TYPE, ctx.tokens[root]),
        type: false,
        envelope: false,
        binary: !!accept && !/json|^text\//i.test(accept),
    };
    if (opts.verb !== 'GET' && opts.verb !== 'HEAD')
        setBody(ctx.$, req, opts);
    return req;
}
/**
 * The headers of a request: Accept, the call's headers (null removes one), the token, less the
 * names of `removeHeaders` (any case).
 */
function headersFor(opts, accept, storedToken) {
    var headers = { Accept: accept };
    var own = opts.headers || {};
    for (var name in own) {
        if (own[name] === null || own[name] === undefined)
            delete headers[name];
        else
            headers[name] = stringOf(own[name], 'each header');
    }
    // Login methods never carry a token (Kazoo 5 rejects stale ones); others carry the call's own
    // token, else the one stored for this apiRoot (tokens never travel to another apiRoot).
    var token = opts.auth ? null : 'authToken' in opts ? opts.authToken : storedToken;
    if (token)
        headers['X-Auth-Token'] = stringOf(token, 'authToken');
    var removed = opts.removeHeaders;
    if (Array.isArray(removed)) {
        var names = ('\n' + removed.join('\n') + '\n').toLowerCase();
        for (name in headers)
            if (names.indexOf('\n' + name.toLowerCase() + '\n') !== -1)
                delete headers[name];
    }
    return headers;
}
/** A setting's string form; a value without one (a Symbol, an object without a prototype) is a KazooSdkError. */
function stringOf(value, setting) {
    try {
        return String(value);
    }
    catch (e) {
        throw new KazooSdkError(setting + ' must be a string');
    }
}
/** Keys of envelopeKeys that never reach the envelope. */
var RESERVED = /^(data|accept_charges|__proto__|constructor)$/;
/**
 * The body and its Content-Type: for non-JSON content types `data` as given (text or bytes, never a
 * plain object or array), or framed when multipart; else the Crossbar envelope as JSON.
 */
function setBody($, req, opts) {
    var data = opts.data;
    var type = opts.contentType ? stringOf(opts.contentType, 'contentType') : JSON_TYPE;
    req.type = type;
    if (!/json/i.test(type)) {
        // multipart without a boundary: `data` holds the parts, framed here; other types: sent raw
        var multipart = /^multipart\/[^;]*$/i.test(type);
        var framed = multipart ? frameMultipart(data, type) : null;
        if (framed) {
            req.body = framed.body;
            req.type = framed.type;
        }
        else {
            invalidIf(multipart, 'data must be an array of {headers, body} parts');
            invalidIf($.isPlainObject(data) || Array.isArray(data), 'data must be a string, Blob or bytes, not an object');
            req.body = data;
        }
        return;
    }
    if (data === undefined || data === null)
        data = {};
    if (opts.uiMetadata && !opts.removeMetadataAPI && $.isPlainObject(data) && !('ui_metadata' in data)) {
        data = assign(assign({}, data), { ui_metadata: opts.uiMetadata });
    }
    var envelope = { data: data };
    var extra = opts.envelopeKeys;
    for (var key in extra)
        if (!RESERVED.test(key))
            envelope[key] = extra[key];
    if (opts.acceptCharges === true)
        envelope.accept_charges = true;
    try {
        req.body = JSON.stringify(envelope);
    }
    catch (e) {
        // a cycle, or a BigInt
        invalidIf(true, 'data cannot be sent as JSON (' + e.message + ')');
    }
    req.envelope = true;
}
/** The same request with its JSON envelope saying `accept_charges: true` (the 402 retry): the same bytes otherwise. */
function withCharges(req) {
    var next = assign({}, req);
    if (req.envelope)
        next.body = req.body.slice(0, -1) + ',"accept_charges":true}';
    return next;
}
/** The same request with another token (the retry after a re-login). */
function withToken(req, token) {
    var next = assign({}, req);
    next.headers = assign({}, req.headers);
    next.headers['X-Auth-Token'] = token;
    return next;
}
/** The same request for the page after `startKey` (paginate: 'all'). */
function withStartKey(req, startKey) {
    var next = assign({}, req);
    next.url = appendQuery(withoutKeys(req.url, START), toQuery({ start_key: startKey }));
    return next;
}
var START = { start_key: true };
/**
 * Copies the enumerable keys of source onto target, skipping undefined values (as $.extend does)
 * and `__proto__` (which jQuery before 3.4 copies, re-parenting the target).
 */
function assign(target, source) {
    for (var key in source) {
        var value = source[key];
        if (value !== undefined && key !== '__proto__')
            target[key] = value;
    }
    return target;
}

/**
 * Step 3 of a request: a call's life, from the method (or kazooSdk.request) to its one outcome.
 *
 *   send       the settings -> the options -> the request (options.ts; a KazooSdkError thrown there
 *              gets the method's name) -> a call with its promise -> exchange
 *   exchange   one HTTP exchange (transport.ts); its answer goes to conclude
 *   conclude   token storage, then the exchange's hooks, then decide (decide.ts) and carry out the
 *              decision: next page, charges question, re-login (followups.ts), taken over by the
 *              application, or the end of the call
 *   finish     the one place where a call ends: its final callback, then its promise
 *
 * A call is usually one exchange. Follow-ups add exchanges to it, each firing its own hooks, and an
 * application that took a failed exchange over (preventCallbackError) continues the call by handing
 * its options back to kazooSdk.request. Once a call has ended nothing more happens to it: a late
 * answer, abort(), a re-sent option or a second decision changes nothing.
 */
/**
 * The key under which options (re-sent options continue the call) and promises reach their call:
 * a function that answers only to MARK, so the call's state is not walked by whoever inspects them.
 */
var CALL = 'kazooSdkCall';
var MARK = {};
function callOf(holder) {
    var link = holder[CALL];
    return typeof link === 'function' ? link(MARK) : undefined;
}
/**
 * Starts a call: the settings of a method (its table entry given) or of kazooSdk.request -> the
 * options -> the request (options.ts); misuse throws a KazooSdkError naming the method (`label`)
 * before anything is sent. Options the application re-sends continue the call they come from when
 * it took that call over (set preventCallbackError in onRequestError) and it has not ended.
 */
function send(ctx, label, entry, settings) {
    try {
        var options = entry ? fromEntry(ctx, entry, settings) : fromOptions(ctx, settings);
        var req = toRequest(ctx, options);
    }
    catch (e) {
        throw named(label, e);
    }
    var call = callOf(options);
    if (call && call.aborted)
        return call.promise; // an aborted call sends nothing more
    if (!call || call.settled || !(call.taken || call.opts.preventCallbackError === true)) {
        call = newCall(ctx.$);
        options[CALL] = call.promise[CALL];
    }
    call.taken = false;
    exchange(ctx, call, options, req);
    return call.promise;
}
function exchange(ctx, call, opts, req) {
    var sent = sentAt(ctx, req);
    call.opts = opts;
    transmit(ctx.$, req, opts, call, function (answer) {
        conclude(ctx, call, opts, req, sent, answer);
    });
}
/** An exchange's answer -> token storage -> its hooks -> the decision, carried out. */
function conclude(ctx, call, opts, req, sent, answer) {
    var jqXHR = answer.jqXHR;
    var ok = answer.ok && !answer.invalidJson;
    var response;
    var error;
    var paging = false;
    if (ok) {
        response = answer.value === undefined ? {} : answer.value;
        if (opts.auth && response && typeof response.auth_token === 'string' && response.auth_token)
            ctx.tokens[req.root] = response.auth_token;
        invoke(opts.onRequestEnd, opts, response, opts);
        invoke(opts.onRequestSuccess, opts, response, opts);
        paging = opts.paginate === 'all' && !!response && Array.isArray(response.data) && !call.settled;
        if (paging) {
            call.items = keep(call.items || [], response.data);
            call.pages++;
            invoke(opts.onPage, opts, response);
        }
    }
    else {
        error = toKazooError(answer);
        jqXHR.monsterData = { url: req.url, verb: req.verb };
        invoke(opts.onRequestEnd, opts, jqXHR, opts);
        // The flag is per exchange: an application sets it inside onRequestError to take the call over.
        opts.preventCallbackError = false;
        invoke(opts.onRequestError, opts, jqXHR, opts);
    }
    var more = paging && !!response.next_start_key && call.pages < pageLimit(opts);
    var status = error ? error.httpErrorStatus : 0;
    var decision = decide(call, opts, ok, status, more, status === 401 && mayRelogin(ctx, opts, req, sent, call.reauthed));
    if (decision === NEXT) {
        var start = response.next_start_key;
        again(ctx, call, opts, 'filters', assign(assign({}, opts.filters), { start_key: start }), withStartKey(req, start));
    }
    else if (decision === DONE) {
        if (paging) {
            response = assign({}, response);
            response.data = call.items;
        }
        var outcome = [response, answer.textStatus, jqXHR];
        finish(call, 'resolve', opts.success, outcome, outcome);
    }
    else if (decision === TAKEN) {
        call.taken = !call.jqXHR; // (unless its options were re-sent already, from onRequestError)
    }
    else if (decision === CHARGES) {
        askCharges(opts, error.data, wait(call, function (accepted) {
            if (accepted === true && !call.aborted)
                again(ctx, call, opts, 'acceptCharges', true, withCharges(req));
            else if (typeof opts.onChargesCancelled === 'function')
                finish(call, 'reject', opts.onChargesCancelled, [], [error, jqXHR]);
            else
                fail(call, error, jqXHR);
        }));
    }
    else if (decision === RELOGIN) {
        call.reauthed = true;
        relogin(ctx, opts, req, sent, wait(call, function (token) {
            if (call.aborted)
                fail(call, abortError(), undefined);
            else if (typeof token === 'string' && token)
                again(ctx, call, opts, 'authToken', token, withToken(req, token));
            else
                fail(call, error, jqXHR);
        }));
    }
    else if (decision === FAIL) {
        fail(call, error, jqXHR);
    }
}
/**
 * A follow-up exchange of the call (next page, charges accepted, new token): its options are the
 * last ones with the setting that changed, which its hooks see; `req` is what goes on the wire.
 */
function again(ctx, call, opts, setting, value, req) {
    var next = assign({}, opts);
    next[setting] = value;
    exchange(ctx, call, next, req);
}
/** The call waits for a decision (which abort() answers with false); it is taken once. */
function wait(call, then) {
    var decided = (call.waiting = function (answer) {
        if (call.waiting !== decided)
            return; // decided already, or the call has ended
        call.waiting = null;
        then(answer);
    });
    return decided;
}
function fail(call, error, jqXHR) {
    var opts = call.opts;
    finish(call, 'reject', opts.error, [error, jqXHR, opts.onRequestError || noop], [error, jqXHR]);
}
function noop() { }
/**
 * The one place where a call ends, once: its final callback (success, error or
 * onChargesCancelled), then its promise. Whatever happens to the call afterwards does nothing.
 */
function finish(call, how, callback, args, outcome) {
    if (call.settled)
        return;
    call.settled = how;
    call.outcome = outcome;
    call.jqXHR = call.waiting = null;
    invoke(callback, call.opts, args[0], args[1], args[2]);
    if (call.deferred)
        call.deferred[how].apply(call.deferred, outcome);
}
function abortError() {
    return toKazooError({ status: 0, textStatus: 'abort', statusText: '' });
}
function newCall($) {
    // every field set here, so that all calls share one shape
    var call = {
        $: $, promise: null, deferred: null, settled: null, outcome: null, aborted: false, taken: false, reauthed: false,
        jqXHR: null, waiting: null, opts: null, pages: 0, items: null,
    };
    if (!cachedProto || cachedProto.$ !== $)
        cachedProto = { $: $, proto: promiseProto($) };
    call.promise = Object.create(cachedProto.proto);
    call.promise[CALL] = function (key) {
        return key === MARK ? call : undefined;
    };
    return call;
}
var cachedProto = null;
/**
 * The prototype of the promises methods return: jQuery's promise API plus abort(). Making a
 * Deferred costs more than the SDK's own work on a request, and most callers use callbacks, so the
 * Deferred is made the first time a promise method is used; it replays the outcome if the call has
 * already ended.
 */
function promiseProto($) {
    var proto = {
        abort: function () {
            var call = callOf(this);
            if (!call.aborted) {
                call.aborted = true;
                // in flight: its answer ends the call; asking about charges: refused; waiting for a
                // re-login: ended; between exchanges (a hook, or taken over by the application), or
                // ended already: fail(), which finish() turns into nothing once the call has ended
                if (call.jqXHR)
                    call.jqXHR.abort();
                else if (call.waiting)
                    call.waiting(false);
                else
                    fail(call, abortError(), undefined);
            }
            return this;
        },
    };
    for (var name in $.Deferred().promise())
        proto[name] = deferredMethod(name);
    return proto;
}
function deferredMethod(name) {
    return function () {
        var call = callOf(this);
        if (!call.deferred) {
            call.deferred = call.$.Deferred();
            call.deferred.promise(this); // jQuery's own methods become this object's
            if (call.settled)
                call.deferred[call.settled].apply(call.deferred, call.outcome);
        }
        return this[name].apply(this, arguments);
    };
}

/**
 * getKazooSdk: settings -> an independent instance whose namespaces are built from the table.
 */
/** Creates an SDK instance on the given jQuery. */
function createSdk($, settings) {
    var given = (typeof settings === 'string' ? { apiRoot: settings } : settings);
    if (!given || typeof given !== 'object' || typeof given.apiRoot !== 'string' || !given.apiRoot) {
        throw new KazooSdkError('You must provide a valid apiRoot.');
    }
    // The initial token is stored like one an auth method returns: bound to this apiRoot only.
    var defaults = assign({}, given);
    // (left undefined, which assign() skips, rather than deleted: a deleted key slows every copy of it)
    defaults.authToken = defaults.endpoints = undefined;
    defaults.headers = assign({}, given.headers);
    var home = normaliseRoot(given.apiRoot);
    var ctx = { $: $, defaults: defaults, home: home, tokens: {}, relogins: {} };
    if (given.authToken)
        ctx.tokens[home] = given.authToken;
    // The namespaces, and their methods, are made when first read (see lazyType): an instance costs a
    // few objects, not 70 namespaces and 469 closures.
    var Sdk = given.endpoints ? sdkType(withCustom(endpoints, given.endpoints)) : builtIn || (builtIn = sdkType(endpoints));
    var sdk = new Sdk(ctx);
    sdk.request = function (options) {
        return send(ctx, 'request', null, options);
    };
    return sdk;
}
/** The key of an instance's context: a Symbol where there is one, so that it is not enumerated. */
// eslint-disable-next-line no-restricted-globals -- guarded: a plain key before ES2015
var CONTEXT = typeof Symbol === 'function' ? Symbol('kazooSdkContext') : 'kazooSdkContext';
var builtIn;
/** The type of the SDK instances of a table: one lazy namespace per namespace, one lazy method per entry. */
function sdkType(table) {
    var namespaces = {};
    for (var ns in table) {
        var methods = {};
        for (var name in table[ns])
            methods[name] = methodMaker(table[ns][name], ns + '.' + name);
        namespaces[ns] = instanceMaker(lazyType(methods));
    }
    return lazyType(namespaces);
}
/** A method of an instance: a closure on its context, so it also works detached, as in the classic plugin. */
function methodMaker(entry, label) {
    return function (ctx) {
        return function (settings) {
            return send(ctx, label, entry, settings);
        };
    };
}
function instanceMaker(Type) {
    return function (ctx) {
        return new Type(ctx);
    };
}
/**
 * A constructor whose instances hold a context. Its prototype has one accessor per member, shared by
 * every instance: the first read of a member makes it for that instance and keeps it there (also
 * what an assignment does).
 */
function lazyType(members) {
    var Type = function (ctx) {
        this[CONTEXT] = ctx;
    };
    for (var name in members)
        Object.defineProperty(Type.prototype, name, lazyMember(name, members[name]));
    return Type;
}
function lazyMember(name, make) {
    return {
        enumerable: true,
        configurable: true,
        get: function () {
            return own(this, name, make(this[CONTEXT]));
        },
        set: function (value) {
            own(this, name, value);
        },
    };
}
var VERB = /^(GET|PUT|POST|PATCH|DELETE|HEAD)$/;
/** The built-in table with an instance's own endpoints added or put in place (same format). */
function withCustom(table, custom) {
    // maps without a prototype: a namespace named "constructor" must not reach Object's (and
    // assign() leaves `__proto__` keys out); the built-in namespaces are shared until changed
    var merged = assign(Object.create(null), table);
    for (var ns in custom) {
        if (ns === 'request')
            throw new KazooSdkError('endpoints.request: the name of kazooSdk.request');
        if (ns === '__proto__')
            continue;
        var methods = (merged[ns] = assign(Object.create(null), merged[ns]));
        for (var name in custom[ns]) {
            var entry = custom[ns][name];
            if (name === '__proto__')
                continue;
            var forms = isForms(entry) ? entry : [entry];
            for (var i = 0; i < forms.length; i++) {
                var form = forms[i];
                if (!form || typeof form.url !== 'string' || leavesRoot(form.url) || typeof form.verb !== 'string' || !VERB.test(form.verb)) {
                    throw new KazooSdkError('endpoints.' + ns + '.' + name + ': invalid entry');
                }
            }
            // a copy: later changes to it change nothing
            methods[name] = isForms(entry) ? entry.map(copyOf) : copyOf(entry);
        }
    }
    return merged;
}
function isForms(entry) {
    return Array.isArray(entry);
}
function copyOf(entry) {
    return assign({}, entry);
}
/** Freezes a table, its namespaces, entries and forms (the SDK only reads them). */
function deepFreeze(value) {
    for (var key in value)
        if (typeof value[key] === 'object')
            deepFreeze(value[key]);
    return Object.freeze(value);
}
var lastInstalled;
/** The built-in table as applications see it: deep-frozen, so that it cannot change the SDK. */
var publicEndpoints = deepFreeze(endpoints);
var NO_JQUERY = 'jquery.kazoosdk: jQuery is required (load it first, or install($))';
/** The jQuery most recently given to `install`. */
function installed() {
    return lastInstalled;
}
/** Registers `$.getKazooSdk` on a jQuery (and makes it the one the module's getKazooSdk uses). */
function install($) {
    if (!$ || typeof $.ajax !== 'function')
        throw new Error(NO_JQUERY);
    var getKazooSdk = function (settings) {
        return createSdk($, settings);
    };
    getKazooSdk.endpoints = publicEndpoints;
    $.getKazooSdk = getKazooSdk;
    lastInstalled = $;
    return $;
}

/**
 * Module entry (ESM and CommonJS builds): exports only, no side effects, and no import of jQuery
 * (jQuery 4 throws when imported where there is no DOM, e.g. in Node): hand it to `install($)`.
 */
/**
 * Creates an SDK instance on the jQuery given to `install($)`, or else the page's global jQuery.
 */
function getKazooSdk(settings) {
    var $ = installed() || (typeof window !== 'undefined' ? window.jQuery : undefined);
    if (!$)
        throw new Error(NO_JQUERY);
    return createSdk($, settings);
}

exports.KazooSdkError = KazooSdkError;
exports.endpoints = publicEndpoints;
exports.getKazooSdk = getKazooSdk;
exports.install = install;
//# sourceMappingURL=jquery.kazoosdk.cjs.map
