import { renderMarkdown } from './markdown.js';
import { widgetCss } from './styles.js';

/*
 * The embeddable chat widget: `<script src="https://shop.example/widget.js" data-shop="My Shop" defer></script>`.
 * No framework; everything lives in an open shadow root so the shop's CSS and ours never mix.
 */

type QuickReply = { id: string; label: string };
type Reply = { text: string; quickReplies: QuickReply[] };
type TurnResult = {
  replies: Reply[];
  state: { intent: string | null; status: string };
  events: { type: string }[];
};
type TranscriptMessage = {
  id: string;
  sender: 'customer' | 'assistant' | 'agent' | 'system';
  text: string;
  quickReplies?: QuickReply[];
  attachmentIds?: string[];
  author?: string;
};
type Session = { id: string; token: string };
type StreamEvent = { type: 'messages'; messages: TranscriptMessage[] } | { type: 'refresh' };

const maxUploadBytes = 10 * 1024 * 1024;

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ? new URL(script.src).origin : location.origin;
const shopName = script?.dataset['shop'] ?? 'our shop';
const langAttr = script?.dataset['lang'];
/** `data-position="left"` puts the launcher and the panel on the left (the default is right). */
const side = script?.dataset['position'] === 'left' ? 'left' : 'right';
/**
 * `data-offset`: distance from the screen edge in px, e.g. "80" (raised above a cookie bar) or
 * "24 80" (24 px from the side, 80 px from the bottom). Anything unreadable keeps 20 px.
 */
function readOffset(raw: string | undefined): { x: number; y: number } {
  const nums = (raw ?? '')
    .trim()
    .split(/[\s,]+/)
    .map((v) => Number.parseFloat(v))
    .filter((n) => Number.isFinite(n) && n >= 0 && n <= 2000);
  if (nums.length >= 2) return { x: nums[0] ?? 20, y: nums[1] ?? 20 };
  if (nums.length === 1) return { x: 20, y: nums[0] ?? 20 };
  return { x: 20, y: 20 };
}
const offset = readOffset(script?.dataset['offset']);
/** How long a reply may take before the typing dots appear, so a quick answer shows no flicker. */
const typingDelayMs = 350;
const offlineText =
  "We couldn't reach the shop just now. Please check your connection and try again.";
const storageKey = `makerdesk:${base}:conversation`;
const openKey = `makerdesk:${base}:open`;
const linkKey = `makerdesk:${base}:link`;

/**
 * A signed order link (from the shop's order e-mail): `data-link` on the script tag, or
 * `?mdlink=` in the page address. The chat it opens starts with that order proven. It is taken
 * out of the address bar at once, so it is not bookmarked or shared by accident.
 */
function takeOrderLink(): string | null {
  const fromAttr = script?.dataset['link'];
  if (fromAttr) return fromAttr;
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('mdlink');
  if (!fromUrl) return null;
  url.searchParams.delete('mdlink');
  history.replaceState(history.state, '', url.toString());
  return fromUrl;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

const svgNs = 'http://www.w3.org/2000/svg';
/** A small line icon; inline SVG so no icon font or emoji font is needed. */
function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(svgNs, 'path');
  p.setAttribute('d', path);
  p.setAttribute('fill', 'none');
  p.setAttribute('stroke', 'currentColor');
  p.setAttribute('stroke-width', '2');
  p.setAttribute('stroke-linecap', 'round');
  p.setAttribute('stroke-linejoin', 'round');
  svg.append(p);
  return svg;
}
const cameraPath = 'M4 8h3l2-3h6l2 3h3v11H4z M12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z';
const chatPath = 'M4 5h16v11H9l-5 4z';

function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    return typeof s.id === 'string' && typeof s.token === 'string'
      ? { id: s.id, token: s.token }
      : null;
  } catch {
    return null;
  }
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string') headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(`${base}/api/v1${path}`, { ...init, headers });
  } catch {
    // The browser's own words ("Failed to fetch") mean nothing to a shopper.
    throw new ApiError(0, offlineText);
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok)
    throw new ApiError(
      res.status,
      body?.error?.message ?? `The chat is not available right now (${res.status}).`,
    );
  return body as T;
}

function mount(): void {
  const host = el('div', { id: 'makerdesk-widget' });
  // The shop's own rules (`div { padding; border }`, inherited fonts and colours) must not reach
  // the widget: an inline !important reset beats any selector the page has.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('--mkd-x', `${offset.x}px`);
  host.style.setProperty('--mkd-y', `${offset.y}px`);
  const root = host.attachShadow({ mode: 'open' });
  root.append(el('style', {}, widgetCss));

  const launcher = el(
    'button',
    {
      class: `launcher ${side}`,
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'mkd-panel',
    },
    icon(chatPath),
    ` Chat with ${shopName}`,
  );
  const closeBtn = el(
    'button',
    { class: 'close', type: 'button', 'aria-label': 'Close chat' },
    '×',
  );
  const log = el('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': 'Conversation',
    tabindex: '0',
  });
  const typing = el(
    'div',
    { class: 'typing', 'aria-hidden': 'true', hidden: '' },
    el('span'),
    el('span'),
    el('span'),
  );
  const quick = el('div', { class: 'quick', role: 'group', 'aria-label': 'Suggested replies' });
  const input = el('textarea', {
    id: 'mkd-input',
    rows: '1',
    maxlength: '2000',
    placeholder: 'Write a message…',
    autocomplete: 'off',
  });
  const fileInput = el('input', {
    type: 'file',
    accept: 'image/jpeg,image/png,image/webp,image/avif',
    id: 'mkd-file',
    class: 'visually-hidden',
  });
  const attachLabel = el(
    'label',
    { for: 'mkd-file', class: 'attach', title: 'Add a photo' },
    icon(cameraPath),
    el('span', { class: 'visually-hidden' }, 'Add a photo'),
  );
  const sendBtn = el('button', { type: 'submit', class: 'send' }, 'Send');
  const preview = el('div', { class: 'preview', hidden: '' });
  const form = el(
    'form',
    { class: 'composer' },
    el('label', { for: 'mkd-input', class: 'visually-hidden' }, 'Your message'),
    fileInput,
    attachLabel,
    input,
    sendBtn,
  );
  const panel = el(
    'section',
    {
      class: `panel ${side}`,
      id: 'mkd-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-label': `Chat with ${shopName}`,
      hidden: '',
    },
    el('div', { class: 'head' }, el('h2', {}, shopName), closeBtn),
    log,
    typing,
    quick,
    preview,
    form,
  );
  root.append(launcher, panel);
  // On the root element, not in <body>: a page whose body has a CSS transform would otherwise
  // turn `position: fixed` into "scrolls with the page".
  document.documentElement.append(host);

  let session = loadSession();
  let orderLink = takeOrderLink();
  let stream: EventSource | null = null;
  let busy = false;
  let pendingFile: File | null = null;
  const seen = new Set<string>();
  // Replies shown from a POST answer; the same messages may arrive again over SSE.
  let recentReplies: string[] = [];
  let buffered: TranscriptMessage[] = [];

  const scrollDown = (): void => {
    log.scrollTop = log.scrollHeight;
  };
  let typingTimer: number | undefined;

  function bubble(
    sender: TranscriptMessage['sender'],
    text: string,
    images: string[] = [],
    author?: string,
  ): HTMLElement {
    const body = el('div', { class: 'text', dir: 'auto' });
    body.append(renderMarkdown(document, text));
    // A person's message is signed with their name, visibly: the customer knows who is answering.
    const label =
      sender === 'agent'
        ? el(
            'span',
            { class: 'author', dir: 'auto' },
            author ? `${author} · ${shopName}` : `${shopName} team`,
          )
        : el(
            'span',
            { class: 'visually-hidden' },
            `${sender === 'customer' ? 'You' : sender === 'system' ? 'Notice' : shopName}: `,
          );
    const item = el('div', { class: `msg ${sender}` }, label, body);
    for (const src of images)
      item.append(el('img', { src, alt: 'Photo you sent', class: 'photo' }));
    log.append(item);
    scrollDown();
    return item;
  }

  function showQuickReplies(replies: QuickReply[]): void {
    quick.replaceChildren(
      ...replies.map((q) => {
        const b = el('button', { type: 'button', class: 'chip', 'data-choice': q.id }, q.label);
        b.addEventListener('click', () => {
          // The chips are about to go; keep keyboard focus in the chat.
          input.focus();
          void send({ choice: q.id }, q.label);
        });
        return b;
      }),
    );
    // The chips take room from the log: keep the end of the newest reply in view.
    scrollDown();
  }

  function notice(text: string): void {
    bubble('system', text).classList.add('error');
  }

  function attachmentUrl(id: string): string {
    if (!session) return '';
    return `${base}/api/v1/conversations/${encodeURIComponent(session.id)}/attachments/${encodeURIComponent(id)}?token=${encodeURIComponent(session.token)}`;
  }

  function renderTranscriptMessage(m: TranscriptMessage): void {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    bubble(m.sender, m.text, (m.attachmentIds ?? []).map(attachmentUrl), m.author);
    showQuickReplies(m.sender === 'customer' ? [] : (m.quickReplies ?? []));
  }

  function showReplies(result: TurnResult): void {
    const texts = result.replies.map((r) => r.text);
    // Drop the SSE copies of these replies that arrived while the request was in flight.
    const extra = buffered.filter((m) => {
      const i = texts.indexOf(m.text);
      if (i >= 0 && m.sender === 'assistant') {
        texts.splice(i, 1);
        seen.add(m.id);
        return false;
      }
      return true;
    });
    buffered = [];
    for (const r of result.replies) bubble('assistant', r.text);
    recentReplies = recentReplies.concat(texts);
    window.setTimeout(() => {
      recentReplies = recentReplies.slice(texts.length);
    }, 15_000);
    showQuickReplies(result.replies.at(-1)?.quickReplies ?? []);
    extra.forEach(renderTranscriptMessage);
  }

  function onStreamMessages(messages: TranscriptMessage[]): void {
    for (const m of messages) {
      if (seen.has(m.id)) continue;
      if (m.sender === 'customer') {
        seen.add(m.id);
        continue;
      }
      if (busy) {
        buffered.push(m);
        continue;
      }
      const i = m.sender === 'assistant' ? recentReplies.indexOf(m.text) : -1;
      if (i >= 0) {
        recentReplies.splice(i, 1);
        seen.add(m.id);
        continue;
      }
      renderTranscriptMessage(m);
      if (panel.hidden) markUnread();
    }
  }

  let unread = 0;
  const launcherLabel = launcher.lastChild;
  function markUnread(): void {
    unread++;
    launcher.classList.add('unread');
    if (launcherLabel) launcherLabel.textContent = ` Chat with ${shopName} (${unread} new)`;
  }
  function clearUnread(): void {
    unread = 0;
    launcher.classList.remove('unread');
    if (launcherLabel) launcherLabel.textContent = ` Chat with ${shopName}`;
  }

  function connect(s: Session): void {
    stream?.close();
    const es = new EventSource(
      `${base}/api/v1/conversations/${encodeURIComponent(s.id)}/stream?token=${encodeURIComponent(s.token)}`,
    );
    es.addEventListener('update', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as StreamEvent;
      if (data.type === 'messages') onStreamMessages(data.messages);
      else void refresh(s);
    });
    stream = es;
  }

  async function refresh(s: Session): Promise<void> {
    const t = await call<{ messages: TranscriptMessage[] }>(
      `/conversations/${encodeURIComponent(s.id)}`,
      { token: s.token },
    );
    t.messages.forEach(renderTranscriptMessage);
  }

  async function resume(s: Session): Promise<boolean> {
    try {
      await refresh(s);
      connect(s);
      return true;
    } catch (e: unknown) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 401)) {
        localStorage.removeItem(storageKey);
        session = null;
        return false;
      }
      throw e;
    }
  }

  async function ensureSession(): Promise<Session> {
    if (session) return session;
    const body: { channel: 'web'; lang?: string; link?: string } = { channel: 'web' };
    const lang = langAttr ?? document.documentElement.lang.slice(0, 2);
    if (['en', 'es', 'fr', 'de', 'it', 'pt'].includes(lang)) body.lang = lang;
    if (orderLink) body.link = orderLink;
    let started: TurnResult & Session;
    try {
      started = await call<TurnResult & Session>('/conversations', {
        method: 'POST',
        body: JSON.stringify(body),
      });
    } catch (e: unknown) {
      if (!(e instanceof ApiError && e.status === 400 && body.link)) throw e;
      // An expired or damaged link: say so, and chat without it (the order number and e-mail still work).
      notice(e.message);
      orderLink = null;
      delete body.link;
      started = await call<TurnResult & Session>('/conversations', {
        method: 'POST',
        body: JSON.stringify(body),
      });
    }
    orderLink = null;
    session = { id: started.id, token: started.token };
    localStorage.setItem(storageKey, JSON.stringify(session));
    showReplies(started);
    connect(session);
    return session;
  }

  function setBusy(on: boolean): void {
    busy = on;
    window.clearTimeout(typingTimer);
    if (on)
      typingTimer = window.setTimeout(() => {
        typing.hidden = false;
        scrollDown();
      }, typingDelayMs);
    else typing.hidden = true;
    log.setAttribute('aria-busy', String(on));
    sendBtn.disabled = on;
    for (const b of quick.querySelectorAll('button')) b.disabled = on;
  }

  /** Marks a customer's message as not sent, with a button that sends it again. */
  function markNotSent(
    item: HTMLElement,
    message: { text: string } | { choice: string },
    shown: string,
    chips: QuickReply[],
  ): void {
    item.classList.add('failed');
    const retry = el('button', { type: 'button', class: 'retry' }, 'Not sent · Try again');
    retry.addEventListener('click', () => {
      if (busy) return;
      item.remove();
      input.focus();
      void send(message, shown, chips);
    });
    item.append(retry);
  }

  async function send(
    message: { text: string } | { choice: string },
    shown: string,
    chipsBefore?: QuickReply[],
  ): Promise<void> {
    if (busy) return;
    setBusy(true);
    const chips = chipsBefore ?? currentChips();
    let item: HTMLElement | null = null;
    try {
      const s = await ensureSession();
      item = bubble('customer', shown);
      quick.replaceChildren();
      const result = await call<TurnResult>(`/conversations/${encodeURIComponent(s.id)}/messages`, {
        method: 'POST',
        token: s.token,
        body: JSON.stringify(message),
      });
      setBusy(false);
      showReplies(result);
    } catch (e: unknown) {
      setBusy(false);
      item ??= bubble('customer', shown);
      markNotSent(item, message, shown, chips);
      showQuickReplies(chips);
      notice(e instanceof Error ? e.message : 'Something went wrong; please try again.');
    }
  }

  function currentChips(): QuickReply[] {
    return [...quick.querySelectorAll<HTMLButtonElement>('button.chip')].map((b) => ({
      id: b.dataset['choice'] ?? '',
      label: b.textContent ?? '',
    }));
  }

  function clearPreview(): void {
    pendingFile = null;
    fileInput.value = '';
    const img = preview.querySelector('img');
    if (img) URL.revokeObjectURL(img.src);
    preview.replaceChildren();
    preview.hidden = true;
  }

  function choosePhoto(file: File): void {
    clearPreview();
    if (!file.type.startsWith('image/')) {
      notice('Please choose a photo (JPEG, PNG or WebP).');
      return;
    }
    if (file.size > maxUploadBytes) {
      notice('That photo is larger than 10 MB; please choose a smaller one.');
      return;
    }
    pendingFile = file;
    const url = URL.createObjectURL(file);
    const remove = el(
      'button',
      { type: 'button', class: 'remove', 'aria-label': 'Remove photo' },
      'Remove',
    );
    const sendPhoto = el('button', { type: 'button', class: 'send-photo' }, 'Send photo');
    remove.addEventListener('click', () => {
      clearPreview();
      input.focus();
    });
    sendPhoto.addEventListener('click', () => void uploadPhoto());
    preview.append(
      el('img', { src: url, alt: `Preview of ${file.name}` }),
      el('div', { class: 'preview-actions' }, sendPhoto, remove),
    );
    preview.hidden = false;
    sendPhoto.focus();
  }

  async function uploadPhoto(): Promise<void> {
    const file = pendingFile;
    if (!file || busy) return;
    setBusy(true);
    const chips = currentChips();
    const caption = input.value.trim();
    let item: HTMLElement | null = null;
    let local: string | null = null;
    try {
      const s = await ensureSession();
      local = URL.createObjectURL(file);
      item = bubble('customer', caption || 'Photo', [local]);
      item.classList.add('sending');
      clearPreview();
      input.value = '';
      quick.replaceChildren();
      // The preview (and its focused button) is gone; keep the keyboard in the chat.
      input.focus();
      const data = new FormData();
      data.append('file', file, 'photo');
      if (caption) data.append('text', caption);
      const result = await call<TurnResult>(
        `/conversations/${encodeURIComponent(s.id)}/attachments`,
        { method: 'POST', token: s.token, body: data },
      );
      item.classList.remove('sending');
      setBusy(false);
      showReplies(result);
    } catch (e: unknown) {
      setBusy(false);
      // Nothing was sent: take the photo message back, and give back the caption and the choices.
      item?.remove();
      if (local) URL.revokeObjectURL(local);
      if (caption && !input.value) input.value = caption;
      showQuickReplies(chips);
      notice(e instanceof Error ? e.message : 'The photo could not be sent; please try again.');
      input.focus();
    }
  }

  async function open(): Promise<void> {
    panel.hidden = false;
    clearUnread();
    launcher.setAttribute('aria-expanded', 'true');
    host.classList.add('open');
    localStorage.setItem(openKey, '1');
    // A transcript loaded while the panel was hidden had no height to scroll: show its end now.
    scrollDown();
    input.focus();
    if (!session) {
      setBusy(true);
      try {
        await ensureSession();
      } catch (e: unknown) {
        notice(e instanceof Error ? e.message : 'The chat is not available right now.');
      } finally {
        setBusy(false);
      }
    }
  }

  function close(): void {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    localStorage.removeItem(openKey);
    launcher.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? void open() : close()));
  closeBtn.addEventListener('click', close);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (pendingFile) {
      void uploadPhoto();
      return;
    }
    const text = input.value.trim();
    // While a reply is on its way the message stays in the box rather than being lost.
    if (!text || busy) return;
    input.value = '';
    void send({ text }, text);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) choosePhoto(f);
  });

  if (orderLink !== null) {
    // A new link (not the one this browser already used) starts a fresh chat about its order.
    if (localStorage.getItem(linkKey) === orderLink) orderLink = null;
    else {
      localStorage.setItem(linkKey, orderLink);
      localStorage.removeItem(storageKey);
      session = null;
      void open();
      return;
    }
  }
  if (session) {
    const wasOpen = localStorage.getItem(openKey) === '1';
    void resume(session)
      .then((ok) => {
        if (ok && wasOpen) void open();
      })
      .catch(() => notice('We could not load your conversation; please try again later.'));
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
