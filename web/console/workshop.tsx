import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { z } from 'zod';
import type {
  makerMoveResponse,
  makerOrdersResponse,
  makerPhotoResponse,
  MakerOrder,
} from '../../src/http/console/makers.js';
import { api, ApiError, csrfToken, type Me } from './api.js';

type Orders = z.infer<typeof makerOrdersResponse>;
type Moved = z.infer<typeof makerMoveResponse>;
type Photo = z.infer<typeof makerPhotoResponse>;

const day = (d: string): string =>
  new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

async function uploadPhoto(orderId: string, file: File): Promise<Photo> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/console/maker/orders/${encodeURIComponent(orderId)}/photos`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken(), accept: 'application/json' },
  });
  const json = (await res.json().catch(() => null)) as
    (Photo & { error?: { code?: string; message?: string } }) | null;
  if (!res.ok)
    throw new ApiError(
      res.status,
      json?.error?.code ?? 'error',
      json?.error?.message ?? `Upload failed (${res.status}).`,
    );
  if (!json) throw new ApiError(res.status, 'error', 'The server sent no answer.');
  return json;
}

function OrderCard({
  order,
  today,
  onChanged,
  onAuthLost,
}: {
  order: MakerOrder;
  today: string;
  onChanged: (o: MakerOrder, what: string) => void;
  onAuthLost: () => void;
}): JSX.Element {
  const [mode, setMode] = useState<'idle' | 'move' | 'delay'>('idle');
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.status === 401) onAuthLost();
    setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
  };
  const reset = () => {
    setMode('idle');
    setNote('');
    setPhoto(null);
    setDate('');
    setError(null);
  };
  const move = async (e: Event) => {
    e.preventDefault();
    if (!order.nextStage) return;
    setBusy(true);
    setError(null);
    try {
      const photoId = photo ? (await uploadPhoto(order.id, photo)).photoId : undefined;
      const r = await api<Moved>('POST', `/maker/orders/${encodeURIComponent(order.id)}/advance`, {
        to: order.nextStage.id,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(photoId ? { photoId } : {}),
      });
      reset();
      onChanged(r.order, `Order ${order.id} moved to ${r.order.stage.label}.`);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const delay = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api<Moved>('POST', `/maker/orders/${encodeURIComponent(order.id)}/delay`, {
        expectedShipDate: date,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      reset();
      onChanged(
        r.order,
        `Order ${order.id} is marked delayed until ${day(date)}; the customer will be told.`,
      );
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="work-order" aria-label={`Order ${order.id}`}>
      <div class="row">
        <strong>Order {order.id}</strong>
        {order.customerName && <span class="hint">for {order.customerName}</span>}
        {order.delayed && (
          <span class="chip warn">
            Delayed{order.expectedShipDate ? ` · ships by ${day(order.expectedShipDate)}` : ''}
          </span>
        )}
        {order.late && !order.delayed && <span class="chip alert">Past the promised window</span>}
      </div>
      <ul class="work-items">
        {order.items.map((i) => (
          <li key={i.sku}>
            {i.quantity} × {i.title}
            {Object.entries(i.personalization).map(([k, v]) => (
              <span key={k} class="chip">
                {k}: {v}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p class="hint">
        {order.expectedShipDate
          ? `Now expected to ship by ${day(order.expectedShipDate)}`
          : `Ships between ${day(order.shipWindow.start)} and ${day(order.shipWindow.end)}`}{' '}
        · promised by {day(order.shipWindow.promisedBy)}
      </p>
      {mode === 'idle' && (
        <div class="row">
          {order.nextStage ? (
            <button type="button" onClick={() => setMode('move')}>
              Move to {order.nextStage.label}
            </button>
          ) : (
            <span class="hint">Ready to ship</span>
          )}
          <button type="button" class="secondary" onClick={() => setMode('delay')}>
            Mark a delay
          </button>
        </div>
      )}
      {mode === 'move' && order.nextStage && (
        <form onSubmit={(e) => void move(e)} aria-label={`Move order ${order.id}`}>
          <label>
            Note (optional)
            <textarea
              rows={2}
              maxLength={2000}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <label>
            Progress photo (optional)
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
          <div class="row">
            <button type="submit" disabled={busy}>
              {busy ? 'Moving…' : `Confirm: move to ${order.nextStage.label}`}
            </button>
            <button type="button" class="link" onClick={reset}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'delay' && (
        <form onSubmit={(e) => void delay(e)} aria-label={`Delay order ${order.id}`}>
          <label>
            New expected ship date
            <input
              type="date"
              required
              min={today}
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </label>
          <label>
            Note (optional)
            <textarea
              rows={2}
              maxLength={2000}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <div class="row">
            <button type="submit" disabled={busy || date === ''}>
              {busy ? 'Saving…' : 'Save the delay'}
            </button>
            <button type="button" class="link" onClick={reset}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** The workshop page of a maker account: their seller's open orders by stage. */
export function Workshop({
  me,
  onSignOut,
  onAuthLost,
}: {
  me: Me;
  onSignOut: () => void;
  onAuthLost: () => void;
}): JSX.Element {
  const [data, setData] = useState<Orders | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const load = () =>
    api<Orders>('GET', '/maker/orders')
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) onAuthLost();
        setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
      });
  useEffect(() => {
    void load();
  }, []);
  const changed = (o: MakerOrder, what: string) => {
    setStatus(what);
    setData((d) => (d ? { ...d, orders: d.orders.map((x) => (x.id === o.id ? o : x)) } : d));
  };
  return (
    <div class="shell">
      <header class="top">
        <h1>{me.shopName ?? 'Makerdesk'} · workshop</h1>
        <p class="who">
          {me.user.email} <span class="chip">maker · {me.user.sellerId}</span>{' '}
          <button type="button" class="link" onClick={onSignOut}>
            Sign out
          </button>
        </p>
      </header>
      <main class="content workshop">
        <p class="notice" role="status" aria-live="polite" hidden={status === ''}>
          {status}
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {data === null && !error && <p class="loading">Loading…</p>}
        {data && data.orders.length === 0 && <p class="empty">No open orders. Nice work.</p>}
        {data &&
          data.stages
            .map((s) => ({ stage: s, orders: data.orders.filter((o) => o.stage.id === s.id) }))
            .filter((g) => g.orders.length > 0)
            .map((g) => (
              <section key={g.stage.id} aria-label={g.stage.label} class="work-stage">
                <h2>
                  {g.stage.label} <span class="chip">{g.orders.length}</span>
                </h2>
                <ul class="work-orders">
                  {g.orders.map((o) => (
                    <OrderCard
                      key={o.id}
                      order={o}
                      today={data.today}
                      onChanged={changed}
                      onAuthLost={onAuthLost}
                    />
                  ))}
                </ul>
              </section>
            ))}
      </main>
    </div>
  );
}
