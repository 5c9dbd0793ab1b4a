import type { MessageCode, MessageParams, NotificationChannel as ChannelName, PartyRef } from '@shanzhi/rules';

/*
 * How the parties hear of a session or of the 司法确认 reminder: through one pluggable channel, chosen by
 * SHANZHI_MEDIATION_NOTIFY (`log`, the default and the demo's; `sms`; `wechat`). The reference server makes no
 * network call: `sms` and `wechat` are extension points that a deployment fills with its provider's adapter
 * (registerNotificationSender), configured by env (docs/mediation-desk.md "Notifications"). Whatever the channel,
 * nothing it logs names a person or holds a phone number: only ids, the party's reference and the channel.
 */

/** One message to one party: the text as a message code (rendered by the channel in zh-CN), the case, the party. */
export interface MediationNotice {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly party: PartyRef;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** Where a party can be reached. Only the channel sees it; it never reaches a log, a response or the audit. */
export interface Recipient {
  readonly mobile?: string | undefined;
}

export interface NotificationChannel {
  readonly name: ChannelName;
  /** Sends one notice; resolves to whether it went out (a party without a number is skipped). */
  send(notice: MediationNotice, recipient: Recipient): Promise<boolean>;
}

/** A provider's adapter for `sms` (an SMS template API) or `wechat` (a 微信 subscription/template message). */
export type NotificationSender = (notice: MediationNotice, recipient: Recipient, config: ChannelConfig) => Promise<boolean>;

export interface ChannelConfig {
  /** The provider's template id (SHANZHI_SMS_TEMPLATE_ID / SHANZHI_WECHAT_TEMPLATE_ID). */
  readonly templateId: string;
  /** The signature or app id (SHANZHI_SMS_SIGN_NAME / SHANZHI_WECHAT_APP_ID). */
  readonly sender: string;
}

/** One line per notice on the given sink (stdout by default): ids, party reference and channel only. */
export function logChannel(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): NotificationChannel {
  return {
    name: 'log',
    send: (notice) => {
      write(JSON.stringify({ event: 'mediation.notice', channel: 'log', case: notice.caseId, party: notice.party, code: notice.code }));
      return Promise.resolve(true);
    },
  };
}

const senders = new Map<'sms' | 'wechat', NotificationSender>();

/** A deployment registers its provider's adapter before the server starts. */
export function registerNotificationSender(channel: 'sms' | 'wechat', sender: NotificationSender): void {
  senders.set(channel, sender);
}

function providerChannel(name: 'sms' | 'wechat', config: ChannelConfig): NotificationChannel {
  const sender = senders.get(name);
  if (sender === undefined)
    throw new Error(`SHANZHI_MEDIATION_NOTIFY=${name} needs an adapter: call registerNotificationSender('${name}', …)`);
  return {
    name,
    // A party without a mobile number cannot get an SMS or a template message: skipped, and the desk shows it.
    send: (notice, recipient) => (recipient.mobile === undefined ? Promise.resolve(false) : sender(notice, recipient, config)),
  };
}

function required(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key];
  if (value === undefined || value === '') throw new Error(`${key} must be set for this notification channel`);
  return value;
}

/** The channel the environment configures; throws on a channel without its settings or adapter. */
export function channelFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationChannel {
  const name = env.SHANZHI_MEDIATION_NOTIFY ?? 'log';
  switch (name) {
    case 'log':
      return logChannel();
    case 'sms':
      return providerChannel('sms', {
        templateId: required(env, 'SHANZHI_SMS_TEMPLATE_ID'),
        sender: required(env, 'SHANZHI_SMS_SIGN_NAME'),
      });
    case 'wechat':
      return providerChannel('wechat', {
        templateId: required(env, 'SHANZHI_WECHAT_TEMPLATE_ID'),
        sender: required(env, 'SHANZHI_WECHAT_APP_ID'),
      });
    default:
      throw new Error(`SHANZHI_MEDIATION_NOTIFY must be log, sms or wechat (got ${name})`);
  }
}

let current: NotificationChannel | undefined;

/** The process's channel, made from the environment on first use (tests set their own with `useNotificationChannel`). */
export function notificationChannel(): NotificationChannel {
  current ??= channelFromEnv();
  return current;
}

export function useNotificationChannel(channel: NotificationChannel | undefined): void {
  current = channel;
}
