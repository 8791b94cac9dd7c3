import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { api, ApiError, type CaseActionAnswer, type QueueAnswer, type QueueItem } from './api.js';
import { languageName, waiting } from './text.js';

type ViewName = 'all' | 'unassigned' | 'mine' | 'approval';
const views: { id: ViewName; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'mine', label: 'Mine' },
  { id: 'approval', label: 'Needs approval' },
];
const urgencyLabel: Record<QueueItem['urgency'], string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
};
const slaLabel: Record<QueueItem['sla'], string> = {
  ok: 'within target',
  soon: 'target soon',
  late: 'past target',
};

function inView(it: QueueItem, view: ViewName, meId: string): boolean {
  if (view === 'unassigned') return it.assignee === null;
  if (view === 'mine') return it.assignedTo === meId || it.handledBy === meId;
  if (view === 'approval') return it.kind === 'approval';
  return true;
}

/** Typing in a field must not move through the queue. */
function typingInField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

/** The live queue (A1): the server pushes the whole list over SSE whenever it changes. */
export function Queue({
  selected,
  meId,
  onOpen,
  onAuthLost,
}: {
  selected: string | null;
  meId: string;
  onOpen: (conversationId: string) => void;
  onAuthLost: () => void;
}): JSX.Element {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [live, setLive] = useState(false);
  const [view, setView] = useState<ViewName>('all');
  useEffect(() => {
    let stopped = false;
    api<QueueAnswer>('GET', '/queue')
      .then((r) => !stopped && setItems(r.items))
      .catch(() => onAuthLost());
    const source = new EventSource('/api/console/queue/stream');
    source.addEventListener('queue', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as QueueAnswer;
      setItems(data.items);
      setLive(true);
    });
    source.onerror = () => setLive(false);
    return () => {
      stopped = true;
      source.close();
    };
  }, []);
  const shown = (items ?? []).filter((it) => inView(it, view, meId));
  const [status, setStatus] = useState('');
  const refresh = () =>
    api<QueueAnswer>('GET', '/queue')
      .then((r) => setItems(r.items))
      .catch(() => undefined);
  /** a: assign the open item to me (its case, or the chat itself when it has none). */
  const assign = async (it: QueueItem) => {
    try {
      if (it.caseId) await api<CaseActionAnswer>('POST', `/cases/${it.caseId}/assign`);
      else if (it.conversationId)
        await api('POST', `/conversations/${it.conversationId}/take-over`);
      setStatus(`Assigned to you: ${it.customer ?? it.title}.`);
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthLost();
      else setStatus(err instanceof ApiError ? err.message : 'Could not assign it.');
    }
  };
  /** e: close the open item's case (done) and go on to the next one, as archiving does in mail. */
  const close = async (it: QueueItem, next: QueueItem | undefined) => {
    if (!it.caseId) {
      setStatus(
        'Nothing to close here: this chat waits for a reply. Answer it, or hand it back to the assistant.',
      );
      return;
    }
    try {
      await api<CaseActionAnswer>('POST', `/cases/${it.caseId}/close`);
      setStatus(`Closed: ${it.customer ?? it.title}.`);
      if (next?.conversationId) onOpen(next.conversationId);
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthLost();
      else setStatus(err instanceof ApiError ? err.message : 'Could not close it.');
    }
  };
  // j / k: next and previous item in the current view, as in mail and help-desk inboxes; a / e: assign, close.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        typingInField(e) ||
        !['j', 'k', 'a', 'e'].includes(e.key)
      )
        return;
      const open = shown.filter((it) => it.conversationId);
      if (open.length === 0) return;
      const at = open.findIndex((it) => it.conversationId === selected);
      if (e.key === 'a' || e.key === 'e') {
        e.preventDefault();
        const current = open[at];
        if (!current) {
          setStatus('Open an item first (j / k), then press a or e.');
          return;
        }
        if (e.key === 'a') void assign(current);
        else void close(current, open[at + 1] ?? open[at - 1]);
        return;
      }
      const next =
        e.key === 'j'
          ? at < 0
            ? 0
            : Math.min(open.length - 1, at + 1)
          : at < 0
            ? 0
            : Math.max(0, at - 1);
      const target = open[next];
      if (!target?.conversationId) return;
      e.preventDefault();
      onOpen(target.conversationId);
      document.getElementById(`q-${target.id}`)?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [shown, selected]);
  const count = (v: ViewName) => (items ?? []).filter((it) => inView(it, v, meId)).length;
  return (
    <nav class="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">
        Queue {items && <span class="count">{items.length}</span>}{' '}
        <span class={live ? 'live on' : 'live'} title={live ? 'Live updates on' : 'Reconnecting'}>
          {live ? '● live' : '○'}
        </span>
      </h2>
      <div class="views" role="group" aria-label="Views">
        {views.map((v) => (
          <button
            key={v.id}
            type="button"
            class="view"
            aria-pressed={view === v.id ? 'true' : 'false'}
            onClick={() => setView(v.id)}
          >
            {v.label} <span class="count">{count(v.id)}</span>
          </button>
        ))}
      </div>
      <details class="keys">
        <summary>Keyboard shortcuts</summary>
        <dl>
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>next / previous item</dd>
          <dt>
            <kbd>a</kbd>
          </dt>
          <dd>assign the open item to me</dd>
          <dt>
            <kbd>e</kbd>
          </dt>
          <dd>close the open item (done) and go to the next; approvals are decided instead</dd>
        </dl>
      </details>
      <p class="key-status" role="status">
        {status}
      </p>
      {items === null && <p>Loading…</p>}
      {items !== null && shown.length === 0 && (
        <p class="empty">{view === 'all' ? 'Nothing waiting. Nice.' : 'Nothing in this view.'}</p>
      )}
      <ul aria-live="polite">
        {shown.map((it) => (
          <li key={it.id}>
            <button
              type="button"
              id={`q-${it.id}`}
              class={`queue-item kind-${it.kind} urgency-${it.urgency}${it.conversationId === selected ? ' selected' : ''}`}
              disabled={!it.conversationId}
              aria-current={it.conversationId === selected ? 'true' : undefined}
              onClick={() => it.conversationId && onOpen(it.conversationId)}
            >
              <span class="row">
                <span class={`badge ${it.kind}`}>{it.typeLabel}</span>
                <span
                  class={`prio ${it.urgency}`}
                  title={it.priorityWhy.length ? it.priorityWhy.join('; ') : 'nothing raises it'}
                >
                  {urgencyLabel[it.urgency]}
                </span>
                <span
                  class={`wait sla-${it.sla}`}
                  title={`Waiting since ${it.waitingSince} (${slaLabel[it.sla]})`}
                >
                  {waiting(it.waitingMinutes)}
                  <span class="visually-hidden"> ({slaLabel[it.sla]})</span>
                </span>
              </span>
              <span class="customer">{it.customer ?? 'Unknown customer'}</span>
              <span class="title">{it.title}</span>
              {it.snippet && <span class="snippet">“{it.snippet}”</span>}
              {it.priorityWhy.length > 0 && <span class="why">{it.priorityWhy.join(' · ')}</span>}
              <span class="reason">{it.reason}</span>
              <span class="meta">
                {languageName(it.lang)} · {it.assignee ? `with ${it.assignee}` : 'unassigned'}
                {it.mergedConversationIds.length > 0
                  ? ` · +${it.mergedConversationIds.length} more chat${it.mergedConversationIds.length > 1 ? 's' : ''} on this order`
                  : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
