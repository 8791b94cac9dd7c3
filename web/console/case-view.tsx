import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import {
  api,
  ApiError,
  type CaseView as View,
  type Cue,
  type TipsAnswer,
  type TranslateAnswer,
  type Translation,
  type TranslationsAnswer,
  type ViewMessage,
} from './api.js';
import { languageName, RichText, time } from './text.js';

const senderLabel: Record<ViewMessage['sender'], string> = {
  customer: 'Customer',
  assistant: 'Assistant',
  agent: 'Rep',
  system: 'System',
};

function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ComponentChildren;
  id: string;
}): JSX.Element {
  return (
    <section class="panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function TranslationLine({
  t,
  engine,
}: {
  t: Translation | undefined;
  engine: string;
}): JSX.Element | null {
  if (!t) return null;
  if ('untranslated' in t) {
    return (
      <p class="translation untranslated">
        <span class="tag">Not translated</span> {t.reason}
      </p>
    );
  }
  return (
    <p class="translation" lang={t.to}>
      <span class="tag">
        {languageName(t.to)} · {t.engine || engine}
        {t.pivot ? ` via ${languageName(t.pivot)}` : ''}
      </span>{' '}
      <RichText text={t.text} />
    </p>
  );
}

function Conversation({
  view,
  translations,
  engine,
}: {
  view: View;
  translations: Map<string, Translation>;
  engine: string;
}): JSX.Element {
  const photos = new Map(view.attachments.map((a) => [a.id, a]));
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'nearest' }), [view.messages.length]);
  return (
    // Focusable, so keyboard users can scroll the conversation pane on its own.
    <ol class="messages" aria-label="Conversation" tabIndex={0}>
      {view.messages.map((m) => (
        <li key={m.id} class={`message ${m.sender}`}>
          <div class="who">
            <strong>
              {m.sender === 'agent' && m.author ? `${m.author} (rep)` : senderLabel[m.sender]}
            </strong>{' '}
            <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
            {m.intent && <span class="chip">{m.intent}</span>}
            {m.sentiment && m.sentiment.label !== 'neutral' && (
              <span class={`chip sentiment ${m.sentiment.label}`}>{m.sentiment.label}</span>
            )}
          </div>
          {m.text.trim() !== '' && (
            <p class="original" lang={m.lang ?? undefined}>
              <RichText text={m.text} />
            </p>
          )}
          {m.original && (
            <p class="translation">
              <span class="tag">Written by the rep in {languageName(m.original.lang)}</span>{' '}
              {m.original.text}
            </p>
          )}
          <TranslationLine t={translations.get(m.id)} engine={engine} />
          {m.attachmentIds.length > 0 && (
            <div class="photos">
              {m.attachmentIds.map((id) => {
                const a = photos.get(id);
                return a ? (
                  <a key={id} href={a.url} target="_blank" rel="noopener">
                    <img
                      src={a.url}
                      alt="Photo sent by the customer"
                      width={Math.min(160, a.width)}
                    />
                  </a>
                ) : null;
              })}
            </div>
          )}
        </li>
      ))}
      <li ref={end} class="end" aria-hidden="true" />
    </ol>
  );
}

function Cues({ cues }: { cues: Cue[] }): JSX.Element {
  return (
    <ul class="cues">
      {cues.map((c, i) => (
        <li key={i} class={`cue ${c.severity}`}>
          <strong>{c.title}</strong>
          <span>{c.text}</span>
          {c.items && (
            <ol class="checklist">
              {c.items.map((it) => (
                <li key={it}>
                  <label>
                    <input type="checkbox" /> {it}
                  </label>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Where a reply being written is kept, per conversation, so an expired session or a reload loses nothing. */
export const draftKey = (conversationId: string): string => `makerdesk:draft:${conversationId}`;

function storedDraft(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function Composer({
  view,
  repLang,
  engine,
  prefill,
  onSent,
  onAuthLost,
}: {
  view: View;
  repLang: string;
  engine: string;
  prefill: { text: string; lang: string } | null;
  onSent: () => void;
  onAuthLost: () => void;
}): JSX.Element {
  const customerLang = view.conversation.lang;
  const key = draftKey(view.conversation.id);
  const [draft, setDraftState] = useState(() => storedDraft(key));
  const setDraft = (text: string) => {
    setDraftState(text);
    try {
      if (text) localStorage.setItem(key, text);
      else localStorage.removeItem(key);
    } catch {
      // Private mode or a full quota: the draft stays in the page only.
    }
  };
  // A double click (or Enter pressed twice) must not send twice: the flag is set before any re-render.
  const sending = useRef(false);
  const [lang, setLang] = useState(repLang);
  const [preview, setPreview] = useState<string | null>(null);
  const [untranslated, setUntranslated] = useState<string | null>(null);
  const [asWritten, setAsWritten] = useState(false);
  const [tips, setTips] = useState<Cue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (prefill) {
      setDraft(prefill.text);
      setLang(prefill.lang);
      setPreview(null);
      setUntranslated(null);
    }
  }, [prefill]);
  useEffect(() => {
    const t = setTimeout(() => {
      api<TipsAnswer>('POST', '/tips', { draft, conversationId: view.conversation.id })
        .then((r) => setTips(r.tips))
        .catch(() => setTips([]));
    }, 400);
    return () => clearTimeout(t);
  }, [draft]);
  const needsTranslation = lang !== customerLang;
  const translate = async () => {
    setError(null);
    try {
      const t = await api<TranslateAnswer>('POST', '/translate', {
        text: draft,
        from: lang,
        to: customerLang,
      });
      if ('untranslated' in t) {
        setUntranslated(t.reason || 'not available');
        setPreview(null);
      } else {
        setPreview(t.text);
        setUntranslated(null);
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Translation failed.');
    }
  };
  const send = async (e: Event) => {
    e.preventDefault();
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const body =
        preview !== null
          ? { text: preview, lang: customerLang, original: { text: draft, lang } }
          : { text: draft, lang, ...(asWritten ? { sendUntranslated: true } : {}) };
      await api('POST', `/conversations/${view.conversation.id}/reply`, body);
      setDraft('');
      setPreview(null);
      setUntranslated(null);
      setAsWritten(false);
      onSent();
    } catch (err) {
      // Signed out meanwhile: the draft is kept (above) and comes back after signing in again.
      if (err instanceof ApiError && err.status === 401) onAuthLost();
      else setError(err instanceof ApiError ? err.message : 'Sending failed.');
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  return (
    <form class="composer" onSubmit={(e) => void send(e)} aria-labelledby="composer-title">
      <h3 id="composer-title">Reply to the customer ({languageName(customerLang)})</h3>
      <label>
        Your reply
        <textarea
          name="reply"
          rows={4}
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setPreview(null);
          }}
          required
          maxLength={4000}
        />
      </label>
      <div class="row">
        <label class="inline">
          Written in{' '}
          <select
            name="lang"
            value={lang}
            onChange={(e) => {
              setLang(e.currentTarget.value);
              setPreview(null);
            }}
          >
            {['en', 'es', 'fr', 'de', 'it', 'pt'].map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
        {needsTranslation && (
          <button
            type="button"
            class="secondary"
            disabled={!draft.trim()}
            onClick={() => void translate()}
          >
            Preview in {languageName(customerLang)}
          </button>
        )}
      </div>
      {preview !== null && (
        <label>
          What the customer will read ({languageName(customerLang)}, {engine}; edit if needed)
          <textarea
            name="translated"
            rows={4}
            value={preview}
            onInput={(e) => setPreview(e.currentTarget.value)}
            lang={customerLang}
          />
        </label>
      )}
      {untranslated && (
        <div class="untranslated" role="status">
          <p>Not translated: {untranslated}</p>
          <label class="inline">
            <input
              type="checkbox"
              checked={asWritten}
              onChange={(e) => setAsWritten(e.currentTarget.checked)}
            />{' '}
            Send it as written, in {languageName(lang)}
          </label>
        </div>
      )}
      {needsTranslation && preview === null && !untranslated && (
        <p class="hint">
          Your reply will be translated into {languageName(customerLang)} when you send it; preview
          it to check or edit the wording.
        </p>
      )}
      {tips.length > 0 && <Cues cues={tips} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !draft.trim()}>
        {busy ? 'Sending…' : 'Send reply'}
      </button>
    </form>
  );
}

type ViewCase = NonNullable<View['case']>;

function Decision({
  view,
  c,
  onDone,
  onConflict,
}: {
  view: View;
  c: ViewCase;
  onDone: () => void;
  onConflict: (message: string) => void;
}): JSX.Element | null {
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (c.status === 'closed') return null;
  const isApproval = c.kind === 'approval';
  if (!view.decisionCaseIds.includes(c.id)) return null;
  const canDecide = view.me.role === 'approver' || view.me.role === 'admin';
  const amount =
    typeof c.subject.amount === 'string'
      ? `${c.subject.amount} ${typeof c.subject.currency === 'string' ? c.subject.currency : ''}`
      : null;
  const decide = async (approve: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', `/cases/${c.id}/decision`, { approve, why });
      setWhy('');
      onDone();
    } catch (e) {
      // Decided meanwhile (another tab, another approver): say by whom and show the current state.
      if (e instanceof ApiError && e.status === 409) onConflict(e.message);
      else setError(e instanceof ApiError ? e.message : 'The decision could not be saved.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section
      title={
        isApproval
          ? `Approve refund${amount ? ` of ${amount}` : ''}`
          : `Approve exception${c.handoff?.desiredResolution ? `: ${c.handoff.desiredResolution}` : ''}`
      }
      id={`decision-${c.id}`}
    >
      {!canDecide && (
        <p class="hint">
          Only approvers and admins can decide this. You can still reply to the customer.
        </p>
      )}
      {canDecide && (
        <form onSubmit={(e) => e.preventDefault()}>
          <label>
            Why (kept in the audit log)
            <textarea
              name="why"
              rows={2}
              value={why}
              onInput={(e) => setWhy(e.currentTarget.value)}
              required
              minLength={3}
            />
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="row">
            <button
              type="button"
              disabled={busy || why.trim().length < 3}
              onClick={() => void decide(true)}
            >
              Approve
            </button>
            <button
              type="button"
              class="danger"
              disabled={busy || why.trim().length < 3}
              onClick={() => void decide(false)}
            >
              Decline
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}

/** One case on one screen (A2–A7). */
export function CaseView({
  conversationId,
  repLang,
  engine,
  onAuthLost,
}: {
  conversationId: string;
  repLang: string;
  engine: string;
  onAuthLost: () => void;
}): JSX.Element {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [translations, setTranslations] = useState(new Map<string, Translation>());
  const [prefill, setPrefill] = useState<{ text: string; lang: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const load = async () => {
    try {
      const v = await api<View>('GET', `/conversations/${conversationId}`);
      setView(v);
      setError(null);
      const t = await api<TranslationsAnswer>(
        'GET',
        `/conversations/${conversationId}/translations`,
      );
      setTranslations(new Map(t.translations.map((x) => [x.messageId, x])));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) onAuthLost();
      else setError(e instanceof ApiError ? e.message : 'Could not load this case.');
    }
  };
  useEffect(() => {
    setView(null);
    setTranslations(new Map());
    void load();
    const source = new EventSource(`/api/console/conversations/${conversationId}/stream`);
    source.addEventListener('changed', () => void load());
    return () => source.close();
  }, [conversationId]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!view) return <p>Loading…</p>;
  const mine = view.conversation.handledBy === view.me.id;
  const takenByOther = view.conversation.handledBy !== 'assistant' && !mine;
  const act = async (path: string) => {
    setActionError(null);
    try {
      await api('POST', `/conversations/${conversationId}/${path}`);
      await load();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : 'That did not work.');
    }
  };
  const h = view.case?.handoff;
  // Rule and reason are shown once, in the handoff: the same decision logged twice (or the one
  // the handoff already states) is listed once, by its outcome.
  const decisions = view.decisions.filter(
    (d, i, all) =>
      all.findIndex(
        (o) => o.outcome === d.outcome && o.rule === d.rule && o.reason === d.reason,
      ) === i,
  );
  return (
    <article class="case" aria-labelledby="case-title">
      <header class="case-head">
        <div>
          <h2 id="case-title">
            {view.case
              ? `${view.case.kind === 'approval' ? 'Approval' : 'Case'}${view.order ? ` · order ${view.order.id}` : ''}`
              : 'Conversation'}
          </h2>
          <p class="sub">
            {languageName(view.conversation.lang)} · {view.conversation.status} ·{' '}
            {view.conversation.handledBy === 'assistant'
              ? 'the assistant is answering'
              : mine
                ? 'you are handling this chat'
                : 'another rep is handling this chat'}
          </p>
        </div>
        <div class="row">
          {view.conversation.handledBy === 'assistant' && (
            <button type="button" onClick={() => void act('take-over')}>
              Take over chat
            </button>
          )}
          {mine && (
            <button type="button" class="secondary" onClick={() => void act('hand-back')}>
              Hand back to assistant
            </button>
          )}
        </div>
      </header>
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      <div class="case-grid">
        <div class="col-main">
          {h && (
            <Section title="Handoff" id="handoff-title">
              <dl class="facts">
                <dt>Why</dt>
                <dd>
                  <code>{h.rule}</code> — {h.reason}
                </dd>
                <dt>Summary</dt>
                <dd>{h.summary}</dd>
                {h.desiredResolution && (
                  <>
                    <dt>Customer wants</dt>
                    <dd>{h.desiredResolution}</dd>
                  </>
                )}
                <dt>Next step</dt>
                <dd>{h.suggestedNextStep}</dd>
              </dl>
            </Section>
          )}
          <Section title="Summary" id="summary-title">
            <ul class="summary">
              {view.summary.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </Section>
          <Section title="Conversation" id="conversation-title">
            <Conversation view={view} translations={translations} engine={engine} />
          </Section>
          {takenByOther ? (
            <p class="hint">Another rep is handling this chat.</p>
          ) : (
            <Composer
              view={view}
              repLang={repLang}
              engine={engine}
              prefill={prefill}
              onSent={() => void load()}
              onAuthLost={onAuthLost}
            />
          )}
        </div>
        <aside class="col-side">
          {view.cases.map((c) => (
            <Decision
              key={c.id}
              view={view}
              c={c}
              onDone={() => void load()}
              onConflict={(message) => {
                setActionError(message);
                void load();
              }}
            />
          ))}
          <Section title="Suggested replies" id="suggest-title">
            <ul class="suggestions">
              {view.suggestions.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    class="link"
                    onClick={() => setPrefill({ text: s.text, lang: view.conversation.lang })}
                    title={`Based on: ${s.basis}`}
                  >
                    {s.label}
                  </button>
                  <p class="suggestion-text">
                    <RichText text={s.repText} />
                  </p>
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Coaching" id="coaching-title">
            {view.coaching.length ? (
              <Cues cues={view.coaching} />
            ) : (
              <p class="hint">Nothing to flag.</p>
            )}
          </Section>
          {view.order && (
            <Section title={`Order ${view.order.id}`} id="order-title">
              <dl class="facts">
                <dt>Customer</dt>
                <dd>
                  {view.order.customer.name ?? ''} &lt;{view.order.customer.email}&gt;
                </dd>
                <dt>Stage</dt>
                <dd>
                  {view.order.stageLabel}
                  {view.order.delayed ? ' (delayed)' : ''}
                </dd>
                <dt>Ship window</dt>
                <dd>
                  {view.order.shipWindow
                    ? `${view.order.shipWindow.start} – ${view.order.shipWindow.end} (business days)`
                    : view.order.fulfillment.status === 'unfulfilled'
                      ? 'not computed'
                      : view.order.fulfillment.status}
                </dd>
                <dt>Paid</dt>
                <dd>
                  {view.order.total} {view.order.currency} (refunded {view.order.refunded})
                </dd>
              </dl>
              <ul class="items">
                {view.order.items.map((it) => (
                  <li key={it.sku}>
                    {it.quantity} × {it.title} — {it.unitPrice}
                    {it.personalized &&
                      Object.entries(it.personalization).map(([k, v]) => (
                        <span key={k} class="chip">
                          {k}: {v}
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title="Decisions" id="decisions-title">
            {decisions.length ? (
              <ul class="decisions">
                {decisions.map((d, i) => (
                  <li key={i}>
                    <span class={`chip outcome ${d.outcome}`}>{d.outcome.replace('_', ' ')}</span>{' '}
                    {h && d.rule === h.rule && d.reason === h.reason ? (
                      <span class="hint">under the rule in the handoff</span>
                    ) : (
                      <>
                        <code>{d.rule}</code> — {d.reason}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="hint">No policy decisions yet.</p>
            )}
          </Section>
          {view.attachments.length > 0 && (
            <Section title="Photos" id="photos-title">
              <div class="photos">
                {view.attachments.map((a) => (
                  <a key={a.id} href={a.url} target="_blank" rel="noopener">
                    <img
                      src={a.url}
                      alt="Photo sent by the customer"
                      width={Math.min(120, a.width)}
                    />
                  </a>
                ))}
              </div>
            </Section>
          )}
          {view.audit.length > 0 && (
            <Section title="Audit" id="audit-title">
              <ul class="audit">
                {view.audit.map((a) => (
                  <li key={a.id}>
                    <time dateTime={a.at}>{time(a.at)}</time> {a.action} ({a.subjectType}) by{' '}
                    {a.actor}
                    {a.reason && a.reason !== h?.reason ? ` — “${a.reason}”` : ''}
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </aside>
      </div>
    </article>
  );
}
