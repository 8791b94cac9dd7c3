import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { AppError } from '../domain/errors.js';
import { languages, type Language, type Order } from '../domain/order.js';
import type { Attachment } from '../domain/records.js';
import type { TurnInput, TurnResult } from '../domain/conversation.js';
import type { EngineAssistant } from '../engine.js';
import { orderNumberCandidates } from '../dialogue/index.js';
import { attachmentFile } from '../http/routes/conversations.js';
import { cleanImage, maxImageBytes } from '../http/images.js';
import type { OpenedStore } from '../store/index.js';
import { automatedReason } from './automated.js';
import { composeReply, pickChoice } from './compose.js';
import { stripQuotedAndSignature } from './strip.js';
import { mailTexts } from './texts.js';

export type MailDeps = {
  store: OpenedStore;
  assistant: EngineAssistant;
  clock: () => Date;
  newId: () => string;
  uploadsDir: string;
  /** MAKERDESK_MAIL_FROM, e.g. `"Oak & Ember" <help@oak-and-ember.example>`. */
  from: string;
  /** Shop name and assistant name for the sign-off. */
  signature: string | null;
  /** Called after a reply was queued, to send it without waiting for the next poll. */
  onQueued?: () => void;
  /** Replies to one address per hour before the channel stops answering it (a loop guard). */
  maxRepliesPerHour?: number;
};

export type InboundOutcome =
  | { result: 'answered'; conversationId: string; replyId: string }
  | { result: 'recorded'; conversationId: string }
  | { result: 'ignored'; reason: string };

/** The bare address of a From/To value: `"Ana" <Ana@Example.com>` → `ana@example.com`. */
export function bareAddress(value: string): string {
  const m = /<([^>]+)>/.exec(value);
  return (m?.[1] ?? value).trim().toLowerCase();
}

function idList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  const all = Array.isArray(v) ? v : v.split(/\s+/);
  return all.map((s) => s.trim()).filter((s) => /^<[^<>\s]+>$/.test(s));
}

function domainOf(address: string): string {
  return bareAddress(address).split('@')[1] ?? 'makerdesk.local';
}

/** The order the sender's address proves: one they name, or their only order. */
function provenOrder(orders: Order[], text: string): string | null {
  const named = new Set(orderNumberCandidates(text).map((c) => c.replace(/^#/, '')));
  const match = orders.find((o) => named.has(o.id));
  if (match) return match.id;
  const live = orders.filter((o) => o.cancelledAt === undefined);
  return live.length === 1
    ? (live[0]?.id ?? null)
    : orders.length === 1
      ? (orders[0]?.id ?? null)
      : null;
}

async function saveImages(
  deps: MailDeps,
  conversationId: string,
  mail: ParsedMail,
): Promise<{ records: Attachment[]; tooLarge: number; notPhoto: number }> {
  const records: Attachment[] = [];
  const files: string[] = [];
  let tooLarge = 0;
  let notPhoto = 0;
  for (const a of mail.attachments.slice(0, 4)) {
    if (a.size > maxImageBytes || a.content.length > maxImageBytes) {
      tooLarge++;
      continue;
    }
    let img;
    try {
      img = await cleanImage(a.content);
    } catch (e: unknown) {
      if (e instanceof AppError) {
        notPhoto++;
        continue;
      }
      throw e;
    }
    const dir = join(resolve(deps.uploadsDir), conversationId);
    await mkdir(dir, { recursive: true });
    const relative = join(conversationId, `${randomBytes(16).toString('hex')}.jpg`);
    const file = attachmentFile(deps.uploadsDir, relative);
    await writeFile(file, img.data, { flag: 'wx' });
    files.push(file);
    records.push({
      id: deps.newId(),
      conversationId,
      path: relative,
      mime: img.mime,
      bytes: img.data.length,
      width: img.width,
      height: img.height,
      createdAt: deps.clock().toISOString(),
    });
  }
  try {
    await deps.store.transaction(async (tx) => {
      for (const r of records) await tx.attachments.create(r);
    });
  } catch (e: unknown) {
    await Promise.all(files.map((f) => rm(f, { force: true })));
    throw e;
  }
  return { records, tooLarge, notPhoto };
}

/**
 * One incoming e-mail, end to end: machine mail and loops are dropped; the message threads into
 * its conversation by In-Reply-To/References (or starts one); quoted history and signatures are
 * cut; photos become evidence; the same engine turn as the widget answers; the reply is queued
 * in the outbox as text + HTML with the thread headers.
 */
export async function handleInboundMail(deps: MailDeps, raw: Buffer): Promise<InboundOutcome> {
  // Loaded with the first e-mail, not at every start.
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const fromValue = mail.from?.value[0];
  const sender = fromValue?.address?.trim().toLowerCase() ?? '';
  if (sender === '' || !sender.includes('@'))
    return { result: 'ignored', reason: 'no sender address' };
  const automated = automatedReason(mail.headerLines, sender);
  if (automated !== null) return { result: 'ignored', reason: `automated mail (${automated})` };
  if (sender === bareAddress(deps.from))
    return { result: 'ignored', reason: 'sent by our own address' };

  const now = deps.clock();
  const at = now.toISOString();
  const messageId = mail.messageId?.trim() || `<${createFallbackId(raw)}@inbound.makerdesk>`;
  const { integrations } = deps.store;
  // A person writing ten times in an hour is possible; an auto-responder we keep answering is a loop.
  const limit = deps.maxRepliesPerHour ?? 10;
  const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
  const recentIn = await integrations.mail.countSince(sender, 'in', hourAgo);
  if (recentIn >= limit * 2)
    return {
      result: 'ignored',
      reason: 'too many messages from this address in the last hour (a mail loop?)',
    };

  // A redelivery (an IMAP message read again after a restart) is dropped before it opens anything.
  if ((await integrations.mail.conversationFor([messageId])) !== null)
    return { result: 'ignored', reason: `message ${messageId} was already received` };
  const threadIds = [...idList(mail.inReplyTo), ...idList(mail.references)];
  let conversationId = await integrations.mail.conversationFor(threadIds);
  if (conversationId !== null) {
    const known = await integrations.mail.thread(conversationId);
    // Threads are per sender: a forwarded message from someone else starts its own conversation.
    if (known && known.address !== sender) conversationId = null;
  }
  const text = stripQuotedAndSignature(mail.text ?? '').slice(0, 2000);
  const subject = (mail.subject ?? '').trim().slice(0, 300);
  let lang: Language | undefined;
  const started = conversationId === null;
  if (conversationId === null) {
    const orders = await integrations.ordersByEmail(sender);
    const verified = provenOrder(orders, `${subject}\n${text}`);
    const customerLang = orders.find((o) => o.id === verified)?.customer.language;
    lang =
      customerLang && (languages as readonly string[]).includes(customerLang)
        ? customerLang
        : undefined;
    const opened = await deps.assistant.start({
      channel: 'email',
      ...(lang ? { lang } : {}),
      ...(verified ? { verifiedOrderId: verified } : {}),
    });
    conversationId = opened.conversation.id;
  }
  if (
    !(await integrations.mail.recordMessage({
      messageId,
      conversationId,
      direction: 'in',
      address: sender,
      at,
    }))
  ) {
    return { result: 'ignored', reason: `message ${messageId} was already received` };
  }

  const saved =
    mail.attachments.length > 0
      ? await saveImages(deps, conversationId, mail)
      : { records: [], tooLarge: 0, notPhoto: 0 };
  let input: TurnInput | null;
  const previous = started ? [] : await deps.store.messages.list(conversationId);
  const lastAssistant = [...previous].reverse().find((m) => m.sender === 'assistant');
  const choice = lastAssistant?.quickReplies?.length
    ? pickChoice(text, lastAssistant.quickReplies)
    : null;
  if (saved.records.length > 0)
    input = {
      kind: 'attachment',
      attachmentIds: saved.records.map((r) => r.id),
      ...(text ? { text } : {}),
    };
  else if (choice !== null) input = { kind: 'choice', choice };
  else if (text !== '') input = { kind: 'text', text };
  else input = null;

  let result: TurnResult | null = null;
  if (input) result = await deps.assistant.turn(conversationId, input);
  const conversation = await deps.store.conversations.get(conversationId);
  const replyLang = conversation?.lang ?? lang ?? 'en';
  const t = mailTexts[replyLang];
  const notes = [
    ...(saved.tooLarge > 0 ? [t.attachmentTooLarge] : []),
    ...(saved.notPhoto > 0 ? [t.attachmentNotPhoto] : []),
  ];
  let replies = result?.replies ?? [];
  if (input === null) {
    // Nothing to read (an empty message): answer with the conversation's opening words.
    const opening = (await deps.store.messages.list(conversationId))
      .filter((m) => m.sender === 'assistant')
      .slice(-1);
    replies = opening.map((m) => ({ text: m.text, quickReplies: m.quickReplies ?? [] }));
  }
  const thread = await integrations.mail.thread(conversationId);
  const references = [
    ...new Set([...idList(mail.references), ...idList(mail.inReplyTo), messageId]),
  ].slice(-20);
  await integrations.mail.saveThread({
    conversationId,
    address: sender,
    subject: thread?.subject ?? subject,
    lastMessageId: messageId,
    createdAt: thread?.createdAt ?? at,
    updatedAt: at,
  });
  if (replies.length === 0 && notes.length === 0) return { result: 'recorded', conversationId };
  const recentOut = await integrations.mail.countSince(sender, 'out', hourAgo);
  if (recentOut >= limit) return { result: 'recorded', conversationId };

  const body = composeReply(replies, { lang: replyLang, notes, signature: deps.signature });
  const replyId = deps.newId();
  const replyMessageId = `<${replyId}@${domainOf(deps.from)}>`;
  const baseSubject = thread?.subject ?? subject;
  const replySubject = /^(re|aw|sv|r|rif|res)\s*:/i.test(baseSubject)
    ? baseSubject
    : `Re: ${baseSubject || mailTexts[replyLang].subject.stage('').replace(/\s+$/, '')}`;
  await deps.store.transaction(async () => {
    await integrations.mail.recordMessage({
      messageId: replyMessageId,
      conversationId,
      direction: 'out',
      address: sender,
      at,
    });
    await integrations.outbox.enqueue({
      id: replyId,
      kind: 'mail',
      dedupeKey: `mail:reply:${messageId}`,
      payload: {
        to: fromValue?.name ? { name: fromValue.name, address: sender } : sender,
        subject: replySubject,
        text: body.text,
        html: body.html,
        messageId: replyMessageId,
        inReplyTo: messageId,
        references,
        conversationId,
      },
      nextAttemptAt: at,
      createdAt: at,
    });
  });
  deps.onQueued?.();
  return { result: 'answered', conversationId, replyId };
}

/** A message without a Message-ID is named by its content, so a redelivery is still recognised. */
function createFallbackId(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 40);
}
