/*! jquery.kazoosdk 1.1.0 | MIT License */
(function (global, factory) {
    typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports, require('jquery')) :
    typeof define === 'function' && define.amd ? define(['exports', 'jquery'], factory) :
    (global = typeof globalThis !== 'undefined' ? globalThis : global || self, factory(global.KazooSdk = {}, global.jQuery));
})(this, (function (exports, $) { 'use strict';

    var VERBS = { G: 'GET', U: 'PUT', P: 'POST', D: 'DELETE', A: 'PATCH', H: 'HEAD' };
    var FLAGS = { a: 'auth', t: 'noToken', m: 'noUiMetadata', o: 'dataOptional' };
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
                var entry = (methods[fields[0]] = { verb: VERBS[fields[1].charAt(0)], url: expand(fields[2], base, item) });
                for (var f = 1; f < fields[1].length; f++)
                    entry[FLAGS[fields[1].charAt(f)]] = true;
                for (f = 3; f < fields.length; f++)
                    entry[fields[f].charAt(0) === '<' ? 'contentType' : 'accept'] = fields[f].slice(1);
            }
        }
        return table;
    }
    function expand(path, base, item) {
        var lead = path.charAt(0);
        var prefix = lead === '@' ? item : lead === '$' ? base : lead === '~' ? 'accounts/{accountId}' : null;
        return prefix === null ? path : prefix + path.slice(1);
    }

    var endpoints = decodeTable({"account":"accounts accountId|get G @|create U @|update P @|delete D @|listDescendants G @/descendants|listChildren G @/children|demote D @/reseller|listParents G @/tree|patch A @|promote Uo @/reseller|searchAll G search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}|searchByName G search?t=account&q=name&v={accountName}","auth":"auth/links auth_id|userAuth Ua user_auth|sharedAuth Ua shared_auth|pinAuth Ua pin_auth|callback Uao auth/callback|get Gt auth/tokeninfo?token={token}|getLink G ~/auth/links/{auth_id}|impersonate Uo ~/users/{userId}/user_auth|link Uo @|postTokenInfo Pto auth/tokeninfo|recovery Uo user_auth/recovery|recoveryResetId Po user_auth/recovery|unlink D @","balance":"|get G ~/transactions/current_balance|add U ~/braintree/credits","billing":"~/braintree/cards cardId|get G ~/braintree/customer|update P ~/braintree/customer|deleteCard D @|getToken G ~/braintree/client_token","callflow":"~/callflows callflowId|get G @|create U $|update P @|delete D @|list G $|patch A @|searchByNameAndNumber G ~/search?t=callflow&q=name_and_number&v={value}|searchByNumber G ~/search?t=callflow&q=number&v={value}","cdrs":"~/cdrs cdrId|get G @|list G $|listByInteraction G $/interaction|listByInteractionUser G ~/users/{userId}/cdrs/interaction|listByUser G ~/users/{userId}/cdrs|listLegs G $/legs/{callId}","channel":"~/channels callId|list G $|action Umo @","conference":"~/conferences conferenceId|get G @|create U $|update P @|delete D @|list G $|getPins G $/pins|view G @/status|action P @/{action}|getServer G ~/conferences_servers/{serverId}|createServer U ~/conferences_servers|updateServer P ~/conferences_servers/{serverId}|deleteServer D ~/conferences_servers/{serverId}|listServers G ~/conferences_servers|addParticipant P @/add_participant|muteParticipant P @/mute/{participantId}|unmuteParticipant P @/unmute/{participantId}|deafParticipant P @/deaf/{participantId}|undeafParticipant P @/undeaf/{participantId}|kickParticipant P @/kick/{participantId}|createNotification U ~/notify/conference_{notificationType} <text/html >text/html|getNotification G ~/notify/conference_{notificationType}/{contentType} <text/html >text/html|updateNotification P ~/notify/conference_{notificationType} <text/html >text/html|participantsAction Uo @/participants/{participantId}|participantsBulkAction Uo @/participants|participantsList G @/participants","connectivity":"~/connectivity connectivityId|get G @|create U $|update P @|list G $","device":"~/devices deviceId|get G @|create U $|update P @|delete D @|list G $|getStatus G $/status|quickcall G @/quickcall/{number}|patch A @|restart Po @/sync|updatePresence Po @/presence","directory":"~/directories directoryId|create U $|list G $|delete D @|get G @|update Po @","globalResources":"resources resourceId|get G @|create U $|update P @|delete D @|list G $|updateCollection P $/collection|listJobs G $/jobs|getJob G $/jobs/{jobId}|createJob U $/jobs","group":"~/groups groupId|get G @|create U $|update P @|delete D @|list G $","limits":"|get G ~/limits|update P ~/limits","localResources":"~/resources resourceId|get G @|create U $|update P @|delete D @|list G $|updateCollection P $/collection|listJobs G $/jobs|getJob G $/jobs/{jobId}|createJob U $/jobs","media":"~/media mediaId|get G @|create U $|update P @|delete D @|list G $|upload P @/raw <application/x-base64","menu":"~/menus menuId|get G @|create U $|update P @|delete D @|list G $","numbers":"~/phone_numbers phoneNumber|get G @|activate U $/collection/activate|update P @|delete D $/collection|identify G @/identify|list G $|listClassifiers G $/classifiers|search G $?prefix={pattern}&quantity={limit}&offset={offset}|searchBlocks G $?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}|searchCity G $/prefix?city={city}|activateBlock Uo $/collection/activate|create Uo @|createBlock Uo $/collection|deleteBlock D $/collection|getCarrierInfo G $/carriers_info|listAll G $|matchClassifier G $/classifiers/{phoneNumber}|patch A @|sync Po $/fix|syncOne Po $/fix/{number}","port":"~/port_requests portRequestId|get G @|create U $|update P @|delete D @|list G $|listDescendants G $/descendants|listAttachments G @/attachments|getAttachment G @/attachments/{documentName} <application/pdf >application/pdf|createAttachment U @/attachments?filename={documentName} <application/pdf >application/pdf|updateAttachment P @/attachments/{documentName} <application/pdf >application/pdf|deleteAttachment D @/attachments/{documentName} <application/pdf >application/pdf|changeState A @/{state}|addComment Uo @/comments|deleteAllComments D @/comments|deleteComment D @/comments/{commentId}|getComment G @/comments/{commentId}|getTimeline G @/timeline|listByState G $/{state}|listComments G @/comments|listDescendantsByState G ~/descendants/port_requests/{state}|listLastSubmitted G $/last_submitted|listPortAuthority G port_requests|portabilityLookup Po $/lnp_lookup|searchNumber G $?by_number={number}|searchNumberByDescendants G ~/descendants/port_requests?by_number={number}|updateComment Po @/comments/{commentId}","resourceTemplates":"~/resource_templates resourceId|get G @|create U $|update P @|delete D @|list G $","servicePlan":"~/service_plans planId|get G @|add P @|remove D @|list G $|listCurrent G $/current|reconciliate P $/reconciliation|synchronize P $/synchronization|addMany Po $/|addManyOverrides Po $/override|create Uo $|getAvailable G $/available/{planId}|getCsv G $/current?depth=4&identifier=items&accept=csv|listAvailable G $/available|removeMany D $/|update Po @","temporalRule":"~/temporal_rules ruleId|get G @|create U $|update P @|delete D @|list G $|patch A @","user":"~/users userId|get G @|create U $|update P @|delete D @|list G $|quickcall G @/quickcall/{number}|hotdesks G @/hotdesks|listDevices G @/devices|listUsersWithChat G $/getstream|patch A @|updateChatStatus A @/getstream|updatePresence Po @/presence","voicemail":"~/vmboxes voicemailId|get G @|create U $|update P @|delete D @|list G $|deleteMessages D @/messages|listMessages G @/messages|patch A @|updateMessages Po @/messages","whitelabel":"~/notifications notificationId|get G whitelabel/{domain}|getLogo G whitelabel/{domain}/logo|getDnsEntries G ~/whitelabel/domains|checkDnsEntries Po ~/whitelabel/domains?domain={domain}|create Uo ~/whitelabel|delete D ~/whitelabel|deleteNotification D @|getByDomain G whitelabel/{domain}|getIcon G ~/whitelabel/icon >*/*|getIconByDomain G whitelabel/{domain}/icon >*/*|getLogoByDomain G whitelabel/{domain}/logo >*/*|getNotification G @|getNotificationHtml G @ >text/html|getNotificationText G @ >text/plain|getSystemNotification G notifications/{notificationId}|getSystemNotificationHtml G notifications/{notificationId} >text/html|getSystemNotificationText G notifications/{notificationId} >text/plain|getWelcome G ~/whitelabel/welcome >text/html|getWelcomeByDomain G whitelabel/{domain}/welcome >text/html|listNotifications G $|previewNotification Po @/preview|update Po ~/whitelabel|updateIcon P ~/whitelabel/icon <application/x-base64|updateLogo P ~/whitelabel/logo <application/x-base64|updateNotification Po @|updateNotificationHtml P @ <text/html >text/html|updateNotificationText P @ <text/plain >text/plain|updateWelcome P ~/whitelabel/welcome <text/html >text/html","accessLists":"|get G ~/access_lists|update Po ~/access_lists","alert":"|list G ~/alerts","apiKey":"|create Uo ~/api_key|get G ~/api_key","appsStore":"~/apps_store appId|add Uo @|createOverride Uo @/override|delete D @|deleteOverride D @/override|get G @|getBlacklist G $/blacklist|getIcon G @/icon >*/*|getOverride G @/override|list G $|update Po @|updateBlacklist Po $/blacklist|updateIcon Po @/override/icon|updateOverride Po @/override","blacklist":"~/blacklists blacklistId|create Uo $|delete D @|get G @|list G $|update Po @","cdrPushOnebill":"|get G ~/cdr_push_onebill|post Po ~/cdr_push_onebill","clickToCall":"~/clicktocall clickToCallId|connect Po @/connect|create Uo $|delete D @|get G @|list G $|update Po @","configs":"~/configs endpoint|get G @","contactList":"|get G ~/contact_list","crm":"~/crm_integration/mappings mappingId|createIntegration Uo ~/crm_integration|createMapping Uo $|createTrigger Uo ~/crm_integration/triggers|deleteMapping D @|deleteTrigger D ~/crm_integration/triggers/{triggerId}|getCallLog G ~/crm_integration/call_logs|getIntegration G ~/crm_integration|getMapping G @|getTrigger G ~/crm_integration/triggers/{triggerId}|listMappings G $|listTriggers G ~/crm_integration/triggers|patchMapping A @|patchTrigger A ~/crm_integration/triggers/{triggerId}|updateMapping Po @|updateTrigger Po ~/crm_integration/triggers/{triggerId}","dashboards":"~/dashboards/queue_details queueId|getActivityLog Po ~/dashboards/activity_log|getEnsureStarted G ~/dashboards/ensure_started|getQueueDetails Po @|getQueueOverview Po ~/dashboards/queue_overview|getRecipientOverview G ~/dashboards/recipient_overview|getRecipientPerformance G ~/dashboards/recipient_performance","desktop":"|getLinux G ~/desktop/linux|getMac G ~/desktop/mac|getWindows G ~/desktop/windows","externalNumbers":"~/external_numbers numberId|create Uo $|delete D @|get G @|list G $|submitPin Po @/verify|verify Uo @/verify","faxbox":"~/faxboxes faxboxId|create Uo $|delete D @|get G @|list G $|update Po @","faxes":"~/faxes/inbox faxId|deleteInbound D @|deleteOutbound D ~/faxes/outbox/{faxId}|getAttachmentInbound G @/attachment >*/*|getAttachmentOutbound G ~/faxes/outbox/{faxId}/attachment >*/*|getDetailsInbound G @|getDetailsOutbound G ~/faxes/outbox/{faxId}|getLogDetails G ~/faxes/smtplog/{logId}|getLogs G ~/faxes/smtplog|listInbound G $|listOutbound G ~/faxes/outbox|send Uo ~/faxes|sendAsMultipart U ~/faxes <multipart/mixed|updateInbound Uo @|updateOutbound Uo ~/faxes/outbox/{faxId}","inspector":"~/call_inspector callId|get G @|list G $","ips":"~/ips ip|add Po @|delete D @|list G $?zone={zone}&quantity={quantity}|listAssigned G $/assigned|listZones G $/zones","ledgers":"~/ledgers ledgerId|credit Uo $/credit|debit Uo $/debit|get G @|getDetails G @/{id}|list G $|listAvailable G $/available|summaryPerMonth G $/summary/{modbSuffix}|total G $/total","matchList":"~/match_lists matchListId|create Uo $|delete D @|get G @|list G $/|patch A @|update Po @","metaflow":"|delete D ~/metaflows|get G ~/metaflows|update Po ~/metaflows","multifactor":"~/multi_factor mfaId|create Uo $|delete D @|get G @|getAttempt G $/attempts/{attemptId}|list G $|listAttempts G $/attempts|patch A @|qrcode Uo multi_factor/qrcode|resetQrcode Uo multi_factor/reset_qrcode|update Po @","parkedCalls":"|list G ~/parked_calls","pivot":"~/pivot/debug callId|getDebug G @|listDebug G $","presence":"~/presence presenceId|get G @|list G $|update Po @","qubicleQueues":"~/qubicle_queues queueId|create Uo $|delete D @|deleteRecipients D @/recipients|get G @|getEnsureStarted G $/ensure_started|getStatus G @/status|list G $|listAllRecipients G $/recipients|listRecipients G @/recipients|listStatus G $/status|patch A @|update Po @|updateRecipients Po @/recipients|updateRoles Po @/roles|updateSessions Po @/sessions/{sessionId}","qubicleRecipients":"~/qubicle_recipients userId|get G @|getQueueMembership Po $/queue_membership|getStatus G @/status|list G $|listStatus Po $/status|update Po @|updateDisable Po @/disable|updateEnable Po @/enable|updateRoles Po @/roles|updateState Po @|updateStatus Po @/status","qubicleReports":"|get Po ~/qubicle_reports","qubicleRoles":"|list G ~/qubicle_roles","qubicleSkills":"~/qubicle_skills skillId|create Uo $|delete D @|list G $|patch A @|update Po @","recordings":"~/recordings recordingId|delete D @|get G @|list G $","registrations":"|list G ~/registrations","schemas":"schemas schemaId|get G @|list G $","security":"~/security/attempts attemptId|create Uo ~/security|delete D ~/security|get G ~/security|getAttempt G @|listAttempts G $|listModules G security|update Po ~/security","services":"|bulkChange Po ~/services/|getAuditSummary G ~/services/audit_summary|getSummary G ~/services/summary|listAssigned G ~/services|listAvailable G ~/services/available|listEditable G ~/services/editable|listOverrides G ~/services/overrides|quote Po ~/services/quote|topup Po ~/services/topup|updateManualQuantities Po ~/services/manual","slackIntegration":"|get G ~/slack_integration|listUsers G ~/slack_integration/user_listing","smtpLogs":"~/notifications/smtplog logId|get G @|list G $","storage":"|add Uo ~/storage|get G ~/storage|patch A ~/storage|update Po ~/storage","system":"|about G about|dialplans G ~/dialplans","tasks":"~/tasks taskId|add Uo $?category={category}&action={action}|delete D @|get G @|getInput G @/input >text/csv|getOutput G @/output >text/csv|list G $|start A @|stop A @/stop|summary G tasks","telexsmsboxes":"~/telexsmsboxes boxId|create Uo $|delete D @|list G $|update Po @","temporalSet":"~/temporal_rules_sets setId|create Uo $|delete D @|get G @|list G $|update Po @","transactions":"|list G ~/transactions","trunkingio":"|get G ~/trunkingio_settings|getCheck G ~/trunkingio_settings/check","webhooks":"~/webhooks webhookId|create Uo $|delete D @|get G @|list G $|listAccountAttempts G $/attempts|listAttempts G @/attempts|listAvailable G webhooks|patch A @|patchAll A $|update Po @","websockets":"~/websockets websocketId|list G $|listBindings G @|listEvents G websockets"});

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
                    Object.defineProperty(result, key, { value: json[key], enumerable: true, writable: true, configurable: true });
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
     * The default wording of the 402 confirmation. Pure: no jQuery, no I/O.
     */
    /**
     * A readable summary of a 402 answer's `data` (an array of invoices, see crossbar.md), for the
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
        lines.push('Due today: ' + money(today) + '; recurring: ' + money(recurring) + '.', 'Do you accept these charges?');
        return lines.join('\n');
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
     * Throws a KazooSdkError naming `label` (e.g. `account.get`) and the setting when a value is
     * missing, is not a string or a finite number, is `.` or `..` (which a browser would resolve as a
     * path step instead of sending it), or cannot be encoded (a lone UTF-16 surrogate).
     */
    function fillUrl(template, values, label) {
        var parts = partsOf(template);
        var url = parts[0];
        for (var i = 1; i < parts.length; i += 2)
            url += encodeValue(values, parts[i], label) + parts[i + 1];
        return url;
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
    function encodeValue(values, name, label) {
        var value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
        var missing = isMissing(value);
        var valid = typeof value === 'string' ? value !== '.' && value !== '..' : typeof value === 'number' && isFinite(value);
        if (!missing && valid) {
            try {
                return encode(String(value));
            }
            catch (e) {
                // a lone surrogate has no UTF-8 form: invalid, as below
            }
        }
        throw new KazooSdkError(label + (missing ? ': missing mandatory setting "' : ': invalid value for setting "') + name + '"');
    }
    /**
     * True when a path holds a `.` or `..` segment, also percent-encoded or between backslashes (which
     * URLs treat as `/`): a browser would resolve it and the request could leave the apiRoot.
     */
    function hasDotSegment(path) {
        return /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(path);
    }
    /** Joins an apiRoot and a relative path with exactly one `/` between them. */
    function joinUrl(apiRoot, path) {
        return normaliseRoot(apiRoot) + (path.charAt(0) === '/' ? path.replace(/^\/+/, '') : path);
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
            throw new KazooSdkError('invalid filter "' + key + '"');
        }
    }

    /**
     * The one request core. Every method, and `kazooSdk.request`, goes through it, in the order a
     * request happens:
     *
     *   fromEntry / fromOptions   a method's table entry and settings, or request()'s options -> the
     *                             request options (throws KazooSdkError; nothing is sent)
     *   send                      the options -> a call, whose promise can be aborted
     *   exchange                  one HTTP exchange: URL, headers, body -> $.ajax -> onRequestStart
     *   conclude                  the answer -> token storage -> hooks -> callbacks, or one of the
     *                             follow-ups below -> the promise
     *
     * A call is usually one exchange. Follow-ups add exchanges to it: the next page (paginate: 'all'),
     * the retry of a 402 whose charges are accepted, the retry after a re-login on 401, and the re-send
     * of an application that took a failed exchange over (preventCallbackError) and handed its options
     * back to `kazooSdk.request`. Each exchange fires its own hooks; the call ends once.
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
    var JSON_TYPE = 'application/json';
    /**
     * A table entry and a call's settings -> the request options: the instance defaults, the settings,
     * and the entry's verb, filled URL and content types. Sends nothing; throws a KazooSdkError on misuse.
     */
    function fromEntry(ctx, entry, label, settings) {
        if (settings === undefined || settings === null)
            settings = {};
        if (typeof settings !== 'object')
            throw new KazooSdkError(label + ': settings must be an object');
        var data = settings.data;
        var values = settings;
        var last = entry.verb === 'POST' ? lastPlaceholder(entry.url) : undefined;
        if (last && isMissing(settings[last]) && data && typeof data === 'object' && !isMissing(data.id)) {
            // Drop-in quirk of the classic plugin: user.update({accountId, data: {id}}) fills {userId}.
            values = assign({}, settings);
            values[last] = data.id;
        }
        var url = fillUrl(entry.url, values, label);
        if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional && (data === undefined || data === null)) {
            throw new KazooSdkError(label + ': missing mandatory setting "data"');
        }
        var options = assign(assign({}, ctx.defaults), settings);
        // the entry decides these, whatever keys of the same names the settings hold
        options.verb = entry.verb;
        options.url = url;
        options.contentType = entry.contentType;
        options.accept = entry.accept;
        options.auth = !!entry.auth;
        if (entry.auth || entry.noToken)
            options.authToken = null;
        if (entry.noUiMetadata)
            delete options.uiMetadata;
        return checked(ctx, options, settings.headers);
    }
    /** `kazooSdk.request(options)` -> the request options: the instance defaults under the given ones. */
    function fromOptions(ctx, options) {
        var opts = assign(assign({}, ctx.defaults), options);
        invalidIf(typeof opts.url !== 'string', 'missing mandatory setting "url"');
        // (a method's URL needs no such check: its template is checked once, its values are encoded)
        invalidIf(hasDotSegment(opts.url), 'invalid value for setting "url"');
        opts.verb = String(opts.verb || 'GET').toUpperCase();
        return checked(ctx, opts, options && options.headers);
    }
    /** What every request must hold: an apiRoot, and the merged headers. */
    function checked(ctx, opts, headers) {
        invalidIf(typeof opts.apiRoot !== 'string' || !opts.apiRoot, 'invalid value for setting "apiRoot"');
        opts.headers = mergeHeaders(ctx.defaults.headers, headers);
        return opts;
    }
    function invalidIf(condition, problem) {
        if (condition)
            throw new KazooSdkError('request: ' + problem);
    }
    /**
     * Starts an exchange for `options`. Options that come from a call still in progress (handed to a
     * hook, then back to `kazooSdk.request`) continue that call: its promise settles with this outcome.
     */
    function send(ctx, options) {
        var call = callOf(options);
        if (call && call.aborted)
            return call.promise; // an aborted call sends nothing more
        if (!call || call.settled) {
            call = newCall(ctx.$);
            options[CALL] = call.promise[CALL];
        }
        exchange(ctx, options, call);
        return call.promise;
    }
    function newCall($) {
        // every field set here, so that all calls share one shape
        var call = {
            $: $, promise: null, deferred: null, settled: null, outcome: null, current: null, asking: null, aborted: false, opts: null,
            reauthed: false, pages: 0, items: null,
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
                if (!call.aborted && !call.settled) {
                    call.aborted = true;
                    // in flight: abort it (if still being sent, exchange does); asking about charges: refuse;
                    // taken over by the application: end it here
                    if (call.current) {
                        if (call.current.jqXHR)
                            call.current.jqXHR.abort();
                    }
                    else if (call.asking)
                        call.asking(false);
                    else
                        fail(call.opts, call, abortError(), undefined);
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
    /** Ends a call once: the outcome goes to its Deferred, or waits for one to be made. */
    function settle(call, how, outcome) {
        if (call.settled)
            return;
        call.settled = how;
        call.outcome = outcome;
        if (call.deferred)
            call.deferred[how].apply(call.deferred, outcome);
    }
    /** One HTTP exchange. */
    function exchange(ctx, opts, call) {
        var root = normaliseRoot(opts.apiRoot);
        var x = {
            ctx: ctx, opts: opts, call: call, root: root, binary: isBinary(opts.accept), jqXHR: null, value: undefined, json: false, invalid: false,
            relogins: ctx.relogins[root] ? ctx.relogins[root].ended : 0,
        };
        call.opts = opts;
        call.current = x;
        // Only strings, numbers and bodies reach $.ajax: jQuery before 3.4 deep-copies its options, so a
        // `__proto__` key in an object handed to it would reach Object.prototype.
        var settings = {
            url: appendQuery(joinUrl(root, opts.url), toQuery(opts.filters)),
            type: opts.verb,
            headers: headersFor(opts, ctx.tokens[root]),
            processData: false,
            contentType: false,
            dataType: 'text',
            cache: opts.cache === true,
            // (closures rather than `context: x`, which makes $.ajax itself about 5% slower)
            complete: function (jqXHR, textStatus) {
                if (call.current === x)
                    call.current = null;
                conclude(x, jqXHR, textStatus);
            },
        };
        // (keys left out rather than undefined: $.ajax walks every key it is given)
        // A beforeSend, even one doing nothing, makes $.ajax about 5% slower: one is given for
        // onRequestStart, or to keep the page's own $.ajaxSetup beforeSend from taking the request over.
        if (opts.onRequestStart || ctx.$.ajaxSettings.beforeSend) {
            settings.beforeSend = function (jqXHR) {
                invoke(opts.onRequestStart, opts, jqXHR, opts);
            };
        }
        if (typeof opts.timeout === 'number')
            settings.timeout = opts.timeout;
        if (x.binary || opts.uploadProgress || opts.downloadProgress)
            settings.xhr = xhrFor(ctx.$, opts, x.binary);
        if (opts.verb !== 'GET' && opts.verb !== 'HEAD')
            setBody(ctx.$, settings, opts);
        var jqXHR = ctx.$.ajax(settings);
        if (call.current === x) {
            x.jqXHR = jqXHR;
            if (call.aborted)
                jqXHR.abort(); // abort() from inside onRequestStart
        }
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
        Object.defineProperty(xhr, 'responseType', { value: '', writable: true, configurable: true });
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
    /** The headers of an exchange: Accept, the call's headers (null removes one), the token. */
    function headersFor(opts, storedToken) {
        var headers = { Accept: stringOf(opts.accept || JSON_TYPE, 'accept') };
        var own = opts.headers || {};
        for (var name in own) {
            if (own[name] === null || own[name] === undefined)
                delete headers[name];
            else
                headers[name] = stringOf(own[name], 'headers');
        }
        // Login methods never carry a token (Kazoo 5 rejects stale ones); others carry the call's own
        // token, else the one stored for this apiRoot (tokens never travel to another apiRoot).
        var token = opts.auth ? null : 'authToken' in opts ? opts.authToken : storedToken;
        if (token)
            headers['X-Auth-Token'] = stringOf(token, 'authToken');
        return headers;
    }
    /** A setting's string form; a value without one (an object without a prototype) is a KazooSdkError. */
    function stringOf(value, setting) {
        try {
            return String(value);
        }
        catch (e) {
            throw new KazooSdkError('request: invalid value for setting "' + setting + '"');
        }
    }
    /**
     * The body and its Content-Type: for non-JSON content types `data` as given (text or bytes, never a
     * plain object or array), or framed when multipart; else the Crossbar envelope as JSON.
     */
    function setBody($, settings, opts) {
        var data = opts.data;
        var type = opts.contentType ? stringOf(opts.contentType, 'contentType') : JSON_TYPE;
        settings.contentType = type;
        if (type !== JSON_TYPE && !/json/i.test(type)) {
            // multipart without a boundary: `data` holds the parts, framed here; other types: sent raw
            var multipart = /^multipart\/[^;]*$/i.test(type);
            var framed = multipart ? frameMultipart(data, type) : null;
            if (framed) {
                settings.data = framed.body;
                settings.contentType = framed.type;
            }
            else {
                invalidIf(multipart || $.isPlainObject(data) || Array.isArray(data), 'invalid value for setting "data"');
                settings.data = data;
            }
            return;
        }
        if (data === undefined || data === null)
            data = {};
        if (opts.uiMetadata && $.isPlainObject(data) && !('ui_metadata' in data)) {
            data = assign(assign({}, data), { ui_metadata: opts.uiMetadata });
        }
        var envelope = { data: data };
        if (opts.acceptCharges === true)
            envelope.accept_charges = true;
        try {
            settings.data = JSON.stringify(envelope);
        }
        catch (e) {
            // a cycle, or a BigInt
            throw new KazooSdkError('request: invalid value for setting "data"');
        }
    }
    /** The answer of an exchange -> token, hooks, callbacks, 402 flow, promise. */
    function conclude(x, jqXHR, textStatus) {
        var opts = x.opts;
        var call = x.call;
        var ok = textStatus === 'success' || textStatus === 'notmodified' || textStatus === 'nocontent';
        readBody(x, jqXHR);
        if (ok && !x.invalid) {
            var response = x.value === undefined ? {} : x.value;
            if (opts.auth && response && typeof response.auth_token === 'string' && response.auth_token) {
                x.ctx.tokens[x.root] = response.auth_token;
            }
            invoke(opts.onRequestEnd, opts, response, opts);
            invoke(opts.onRequestSuccess, opts, response, opts);
            if (opts.paginate === 'all' && Array.isArray(response.data) && !call.aborted && nextPage(x, response))
                return;
            if (call.aborted)
                return; // abort() from a hook or onPage has ended the call
            if (opts.paginate === 'all' && Array.isArray(response.data)) {
                response = assign({}, response);
                response.data = call.items;
            }
            invoke(opts.success, opts, response, textStatus, jqXHR);
            settle(call, 'resolve', [response, textStatus, jqXHR]);
            return;
        }
        var error = toKazooError({
            status: jqXHR.status || 0,
            textStatus: textStatus,
            statusText: jqXHR.statusText,
            json: x.json ? x.value : undefined,
            invalidJson: ok && !!x.invalid,
        });
        invoke(opts.onRequestEnd, opts, jqXHR, opts);
        // The flag is per exchange: an application sets it inside onRequestError to take the call over.
        opts.preventCallbackError = false;
        invoke(opts.onRequestError, opts, jqXHR, opts);
        if (opts.preventCallbackError || call.settled)
            return; // taken over, or ended by abort() in a hook
        if (error.httpErrorStatus === 402 && opts.acceptCharges === undefined && !call.aborted) {
            askCharges(x, error, jqXHR);
            return;
        }
        if (error.httpErrorStatus === 401 && typeof opts.reauth === 'function' && !opts.auth && opts.authToken !== null && !call.reauthed && !call.aborted) {
            reauthenticate(x, error, jqXHR);
            return;
        }
        fail(opts, call, error, jqXHR);
    }
    /**
     * paginate: 'all': keeps a page's data and asks for the next one (the same request with
     * start_key = next_start_key), unless it was the last page or maxPages (default 100) is reached.
     * Returns true when it has sent the next request.
     */
    function nextPage(x, page) {
        var call = x.call;
        var opts = x.opts;
        var max = typeof opts.maxPages === 'number' && opts.maxPages > 0 ? opts.maxPages : 100;
        call.items = (call.items || []).concat(page.data);
        invoke(opts.onPage, opts, page);
        if (!page.next_start_key || ++call.pages >= max || call.aborted)
            return false;
        resend(x, 'filters', assign(assign({}, opts.filters), { start_key: page.next_start_key }));
        return true;
    }
    /** Sends the exchange's request once more, for the same call, with one option changed. */
    function resend(x, name, value) {
        var next = assign({}, x.opts);
        next[name] = value;
        exchange(x.ctx, next, x.call);
    }
    /**
     * Re-login on 401: one reauth() per apiRoot at a time. The calls that get a 401 while it runs wait
     * for it, and so do those sent before it ended (they carried the old token): each is sent once more
     * with the token it gives (a string, an envelope's auth_token, or a promise of either), which is
     * stored. No token: each ends with its own 401.
     */
    function reauthenticate(x, error, jqXHR) {
        var call = x.call;
        var state = x.ctx.relogins[x.root] || (x.ctx.relogins[x.root] = { waiting: null, ended: 0, token: null });
        call.reauthed = true;
        var decide = awaitDecision(call, function (token) {
            if (call.aborted)
                fail(x.opts, call, abortError(), undefined);
            else if (typeof token === 'string' && token)
                resend(x, 'authToken', token);
            else
                fail(x.opts, call, error, jqXHR);
        });
        if (state.waiting)
            return void state.waiting.push(decide);
        if (x.relogins !== state.ended)
            return decide(state.token); // a re-login ended since it was sent
        state.waiting = [decide];
        ask(x.opts.reauth, x.opts, [], function (answer) {
            var token = typeof answer === 'string' ? answer : answer && typeof answer.auth_token === 'string' ? answer.auth_token : null;
            var waiting = state.waiting;
            state.waiting = null;
            state.ended++;
            state.token = token || null;
            if (token)
                x.ctx.tokens[x.root] = token;
            for (var i = 0; i < waiting.length; i++)
                waiting[i](token);
        });
    }
    /**
     * The 402 flow: confirmCharges decides (true, or a promise of true, accepts). Accepted: the same
     * request once more with accept_charges, whose outcome is the call's. Refused (or confirm failing,
     * or the call aborted meanwhile): onChargesCancelled when given, otherwise the error callback.
     */
    function askCharges(x, error, jqXHR) {
        var opts = x.opts;
        var call = x.call;
        var decide = awaitDecision(call, function (accepted) {
            if (accepted === true && !call.aborted) {
                resend(x, 'acceptCharges', true);
            }
            else if (typeof opts.onChargesCancelled === 'function') {
                invoke(opts.onChargesCancelled, opts);
                settle(call, 'reject', [error, jqXHR]);
            }
            else {
                fail(opts, call, error, jqXHR);
            }
        });
        ask(typeof opts.confirmCharges === 'function' ? opts.confirmCharges : confirmWithWindow, opts, [error.data, opts], decide);
    }
    /** The call waits for a decision (what abort() answers with false); it is taken once. */
    function awaitDecision(call, then) {
        var decide = (call.asking = function (answer) {
            if (call.asking !== decide)
                return; // decided already
            call.asking = null;
            then(answer);
        });
        return decide;
    }
    /** Asks an application function; its answer, or the value of the promise it returns, goes to `answer` (null when it fails). */
    function ask(fn, self, args, answer) {
        try {
            var value = fn.apply(self, args);
            if (value && typeof value.then === 'function') {
                value.then(answer, function () {
                    answer(null);
                });
            }
            else {
                answer(value);
            }
        }
        catch (e) {
            report(e);
            answer(null);
        }
    }
    function fail(opts, call, error, jqXHR) {
        invoke(opts.error, opts, error, jqXHR);
        settle(call, 'reject', [error, jqXHR]);
    }
    function abortError() {
        return toKazooError({ status: 0, textStatus: 'abort', statusText: '' });
    }
    function confirmWithWindow(charges) {
        return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(describeCharges(charges));
    }
    /**
     * Reads the response body. JSON endpoints parse whatever arrives (an empty body is no value);
     * text endpoints deliver strings; binary endpoints (read as bytes, see readAsBytes) deliver a Blob unless
     * the answer is JSON or text, which is decoded back from its bytes.
     */
    function readBody(x, jqXHR) {
        var text = typeof jqXHR.responseText === 'string' ? jqXHR.responseText : '';
        // JSON endpoints parse whatever arrives, so only the others need the (costly) header lookup
        var type = x.opts.accept ? jqXHR.getResponseHeader('Content-Type') || '' : '';
        x.json = !x.opts.accept || /json/i.test(type);
        if (x.binary && !x.json && !/^text\//i.test(type)) {
            x.value = toBlob(text, type);
            return;
        }
        if (x.binary)
            text = decodeUtf8(text);
        if (!x.json || !text) {
            x.value = x.json ? undefined : text;
            return;
        }
        try {
            x.value = JSON.parse(text);
        }
        catch (e) {
            x.invalid = true;
            x.json = false;
        }
    }
    function isBinary(accept) {
        return !!accept && !/json|^text\//i.test(accept);
    }
    /** Text of one char per byte -> the bytes. */
    function bytesOf(text) {
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++)
            bytes[i] = text.charCodeAt(i) & 0xff;
        return bytes;
    }
    function toBlob(text, type) {
        var bytes = bytesOf(text);
        return typeof Blob === 'function' ? new Blob([bytes], { type: type }) : bytes;
    }
    /** Text of one char per byte -> the UTF-8 text it carries (as is where TextDecoder is missing). */
    function decodeUtf8(text) {
        return typeof TextDecoder === 'function' ? new TextDecoder().decode(bytesOf(text)) : text;
    }
    /** Merges header maps key by key: the call's value wins, `null` removes a default header. */
    function mergeHeaders(defaults, own) {
        return assign(assign({}, defaults), own);
    }
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
        defaults.headers = mergeHeaders(given.headers);
        var ctx = { $: $, defaults: defaults, tokens: {}, relogins: {} };
        if (given.authToken)
            ctx.tokens[normaliseRoot(given.apiRoot)] = given.authToken;
        // The namespaces, and their methods, are made when first read (see lazyType): an instance costs a
        // few objects, not 70 namespaces and 469 closures.
        var Sdk = given.endpoints ? sdkType(withCustom(endpoints, given.endpoints)) : builtIn || (builtIn = sdkType(endpoints));
        var sdk = new Sdk(ctx);
        sdk.request = function (options) {
            return send(ctx, fromOptions(ctx, options));
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
                return send(ctx, fromEntry(ctx, entry, label, settings));
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
                return keep(this, name, make(this[CONTEXT]));
            },
            set: function (value) {
                keep(this, name, value);
            },
        };
    }
    var VERB = /^(GET|PUT|POST|PATCH|DELETE|HEAD)$/;
    /** The built-in table with an instance's own endpoints added or put in place (same format). */
    function withCustom(table, custom) {
        // maps without a prototype: a namespace named "constructor" must not reach Object's
        var merged = Object.create(null);
        var ns;
        for (ns in table)
            merged[ns] = assign(Object.create(null), table[ns]);
        for (ns in custom) {
            if (ns === '__proto__')
                continue;
            if (ns === 'request')
                throw new KazooSdkError('endpoints.request: the name of kazooSdk.request');
            merged[ns] = merged[ns] || Object.create(null);
            for (var name in custom[ns]) {
                var entry = custom[ns][name];
                if (name === '__proto__')
                    continue;
                if (!entry || typeof entry.url !== 'string' || hasDotSegment(entry.url) || typeof entry.verb !== 'string' || !VERB.test(entry.verb)) {
                    throw new KazooSdkError('endpoints.' + ns + '.' + name + ': invalid entry (verb and url required, no . or .. segment)');
                }
                merged[ns][name] = assign({}, entry); // a copy: later changes to it change nothing
            }
        }
        return merged;
    }
    /** A deep-frozen copy of a table (what $.getKazooSdk.endpoints exposes). */
    function frozenCopy(table) {
        var copy = {};
        for (var ns in table) {
            copy[ns] = {};
            for (var name in table[ns])
                copy[ns][name] = Object.freeze(assign({}, table[ns][name]));
            Object.freeze(copy[ns]);
        }
        return Object.freeze(copy);
    }
    function keep(target, name, value) {
        Object.defineProperty(target, name, { value: value, enumerable: true, writable: true, configurable: true });
        return value;
    }
    var lastInstalled;
    /** The built-in table as applications see it: a deep-frozen copy, so it cannot change the SDK. */
    var publicEndpoints = frozenCopy(endpoints);
    var NO_JQUERY = 'jquery.kazoosdk: jQuery is required (load it first, or pass it to install($))';
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

    /**
     * Script-tag entry: registers `$.getKazooSdk` on the page's jQuery, as the classic plugin did.
     */
    install($);

    exports.KazooSdkError = KazooSdkError;
    exports.endpoints = publicEndpoints;
    exports.getKazooSdk = getKazooSdk;
    exports.install = install;

}));
//# sourceMappingURL=jquery.kazoosdk.js.map
