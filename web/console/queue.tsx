import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { api, type QueueItem } from './api.js';
import { languageName, waiting } from './text.js';

const kindLabel: Record<QueueItem['kind'], string> = { approval: 'Approval', escalation: 'Escalation', unanswered: 'Waiting' };

/** The live queue (A1): the server pushes the whole list over SSE whenever it changes. */
export function Queue({ selected, onOpen, onAuthLost }: { selected: string | null; onOpen: (conversationId: string) => void; onAuthLost: () => void }): JSX.Element {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    let stopped = false;
    api<{ items: QueueItem[] }>('GET', '/queue')
      .then((r) => !stopped && setItems(r.items))
      .catch(() => onAuthLost());
    const source = new EventSource('/api/console/queue/stream');
    source.addEventListener('queue', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { items: QueueItem[] };
      setItems(data.items);
      setLive(true);
    });
    source.onerror = () => setLive(false);
    return () => {
      stopped = true;
      source.close();
    };
  }, []);
  return (
    <nav class="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">
        Queue {items && <span class="count">{items.length}</span>} <span class={live ? 'live on' : 'live'} title={live ? 'Live updates on' : 'Reconnecting'}>{live ? '● live' : '○'}</span>
      </h2>
      {items === null && <p>Loading…</p>}
      {items?.length === 0 && <p class="empty">Nothing waiting. Nice.</p>}
      <ul aria-live="polite">
        {items?.map((it) => (
          <li key={it.id}>
            <button
              type="button"
              class={`queue-item kind-${it.kind}${it.conversationId === selected ? ' selected' : ''}`}
              disabled={!it.conversationId}
              aria-current={it.conversationId === selected ? 'true' : undefined}
              onClick={() => it.conversationId && onOpen(it.conversationId)}
            >
              <span class="row">
                <span class={`badge ${it.kind}`}>{kindLabel[it.kind]}</span>
                <span class="prio" title="Priority">P{it.priority}</span>
                <span class="wait" title={`Waiting since ${it.waitingSince}`}>{waiting(it.waitingMinutes)}</span>
              </span>
              <span class="title">{it.title}</span>
              <span class="reason">{it.reason}</span>
              <span class="meta">
                {languageName(it.lang)}
                {it.handledBy !== 'assistant' ? ' · taken over' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
