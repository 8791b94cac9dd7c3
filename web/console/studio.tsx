import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { z } from 'zod';
import type { studioSchemas } from '../../src/http/console/studio.js';
import { api, ApiError } from './api.js';
import './studio.css';

type Overview = z.infer<typeof studioSchemas.overview>;
type Validation = z.infer<typeof studioSchemas.validateReply>;
type Simulation = z.infer<typeof studioSchemas.simulateReply>;
type Replay = z.infer<typeof studioSchemas.replayReply>;
type Issue = Validation['issues'][number];
type Coverage = z.infer<typeof studioSchemas.coverageReply>;

const dayMs = 86_400_000;
const sourceLabel = {
  shop: 'shop',
  seller: "seller's own",
  productType: "product type's own",
} as const;
const outcomeWords: Record<string, string> = {
  allow: 'allowed',
  deny: 'refused',
  needs_approval: 'needs approval',
  escalate: 'to a person',
};

/** A textarea with line numbers; lines with a validator issue are marked and carry the message. */
function Editor(p: {
  text: string;
  readOnly: boolean;
  issues: Issue[];
  onChange: (t: string) => void;
}): JSX.Element {
  const gutter = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const lines = p.text.split('\n').length;
  const byLine = new Map<number, string>();
  for (const i of p.issues)
    byLine.set(i.line, [byLine.get(i.line), i.message].filter(Boolean).join('; '));
  return (
    <div class="editor">
      <div class="gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lines }, (_, n) => (
          <div key={n} class={byLine.has(n + 1) ? 'bad' : undefined} title={byLine.get(n + 1)}>
            {n + 1}
          </div>
        ))}
      </div>
      <textarea
        ref={area}
        aria-label="Policy editor"
        spellcheck={false}
        readOnly={p.readOnly}
        value={p.text}
        onInput={(e) => p.onChange(e.currentTarget.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}

export function Studio(p: { onAuthLost: () => void }): JSX.Element {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Validation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [replay, setReplay] = useState<Replay | null>(null);
  const [replaying, setReplaying] = useState(false);
  const [note, setNote] = useState('');
  const [sim, setSim] = useState<{
    orderId: string;
    request: string;
    amount: string;
    evidence: boolean;
  }>({ orderId: '', request: 'refund', amount: '', evidence: true });
  const [simResult, setSimResult] = useState<Simulation | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);

  const fail = (e: unknown): void => {
    if (e instanceof ApiError && e.status === 401) return p.onAuthLost();
    setError(e instanceof Error ? e.message : String(e));
  };
  const load = async (): Promise<void> => {
    const o = await api<Overview>('GET', '/studio');
    setOverview(o);
    setText(o.current.text);
    setCheck({ ok: true, issues: [], effective: o.effective });
    setSim((s) => ({ ...s, orderId: s.orderId || o.orders[0]?.id || '' }));
  };
  useEffect(() => {
    load().catch(fail);
    api<Coverage>('GET', '/studio/coverage').then(setCoverage, fail);
  }, []);
  // Validate as the owner types (debounced).
  useEffect(() => {
    if (!overview) return;
    const t = setTimeout(() => {
      api<Validation>('POST', '/studio/validate', { text }).then(setCheck, fail);
    }, 300);
    return () => clearTimeout(t);
  }, [text]);

  if (!overview) return <p class="loading">{error ?? 'Loading…'}</p>;
  const editable = overview.canEdit;
  const dirty = text !== overview.current.text;
  const invalid = check !== null && !check.ok;

  const runReplay = async (): Promise<void> => {
    setError(null);
    setReplaying(true);
    try {
      const now = Date.now();
      setReplay(
        await api<Replay>('POST', '/studio/replay', {
          text,
          since: new Date(now - 30 * dayMs).toISOString(),
          until: new Date(now).toISOString(),
        }),
      );
    } catch (e: unknown) {
      fail(e);
    } finally {
      setReplaying(false);
    }
  };
  const runSim = async (): Promise<void> => {
    setError(null);
    try {
      setSimResult(
        await api<Simulation>('POST', '/studio/simulate', {
          text,
          orderId: sim.orderId,
          request: sim.request,
          ...(sim.request === 'refund' ? { amount: sim.amount } : {}),
          evidence: sim.evidence,
        }),
      );
    } catch (e: unknown) {
      fail(e);
    }
  };
  const publish = async (): Promise<void> => {
    setError(null);
    try {
      const v = await api<{ version: number }>('POST', '/studio/publish', {
        text,
        note,
        baseVersion: overview.current.version,
      });
      setNote('');
      setReplay(null);
      setNotice(`Version ${v.version} is published and live: new conversations use it now.`);
      await load();
    } catch (e: unknown) {
      fail(e);
    }
  };
  const rollback = async (version: number): Promise<void> => {
    setError(null);
    try {
      const v = await api<{ version: number }>('POST', '/studio/rollback', {
        version,
        baseVersion: overview.current.version,
      });
      setNotice(`Version ${v.version} is live: a copy of version ${version}.`);
      await load();
    } catch (e: unknown) {
      fail(e);
    }
  };

  return (
    <div class="studio">
      <div class="studio-head">
        <h2>
          Policy studio <span class="chip">live: version {overview.live}</span>
        </h2>
        {!editable && (
          <p class="hint">You can read, simulate and replay; only admins change the policy.</p>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <div class="studio-grid">
        <section aria-labelledby="yaml-h">
          <h3 id="yaml-h">Policy (YAML){dirty && <span class="chip">draft</span>}</h3>
          <Editor
            text={text}
            readOnly={!editable}
            issues={check?.issues ?? []}
            onChange={setText}
          />
          {invalid && (
            <ul class="issues" aria-label="Problems in the draft">
              {check.issues.map((i) => (
                <li key={`${i.line}:${i.column}:${i.message}`}>
                  <strong>Line {i.line}</strong>, column {i.column}:{' '}
                  {i.path.length > 0 ? `${i.path.join('.')}: ` : ''}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          {editable && (
            <div class="publish row">
              <input
                aria-label="Note for this version"
                placeholder="What changes, and why"
                value={note}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
              <button
                type="button"
                disabled={!dirty || invalid || note.trim().length < 3}
                onClick={() => void publish()}
              >
                Publish
              </button>
            </div>
          )}
        </section>
        <section aria-labelledby="words-h">
          <h3 id="words-h">In plain words</h3>
          {(check?.effective.length ? check.effective : overview.effective).map((s) => (
            <div class="scope" key={s.scope.label}>
              <h4>{s.scope.label}</h4>
              <ul>
                {s.lines
                  .filter((l) =>
                    s.scope.sellerId === null && s.scope.productType === null
                      ? true
                      : l.source !== 'shop',
                  )
                  .map((l) => (
                    <li key={l.section}>
                      {l.text}{' '}
                      {l.source !== 'shop' && <span class="chip">{sourceLabel[l.source]}</span>}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      </div>

      <section class="panel" aria-labelledby="sim-h">
        <h3 id="sim-h">Simulate</h3>
        <div class="row">
          <label>
            Order{' '}
            <select
              value={sim.orderId}
              onChange={(e) => setSim({ ...sim, orderId: e.currentTarget.value })}
            >
              {overview.orders.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Request{' '}
            <select
              value={sim.request}
              onChange={(e) => setSim({ ...sim, request: e.currentTarget.value })}
            >
              {overview.requests.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          {sim.request === 'refund' && (
            <label>
              Amount{' '}
              <input
                class="amount"
                inputMode="decimal"
                value={sim.amount}
                onInput={(e) => setSim({ ...sim, amount: e.currentTarget.value })}
              />
            </label>
          )}
          <label>
            <input
              type="checkbox"
              checked={sim.evidence}
              onChange={(e) => setSim({ ...sim, evidence: e.currentTarget.checked })}
            />{' '}
            photo provided
          </label>
          <button type="button" disabled={invalid || !sim.orderId} onClick={() => void runSim()}>
            Simulate
          </button>
        </div>
        {simResult && (
          <dl class="facts sim-result" aria-label="Simulated decision">
            <dt>Outcome</dt>
            <dd>{outcomeWords[simResult.outcome] ?? simResult.outcome}</dd>
            <dt>Rule</dt>
            <dd>
              <code>{simResult.rule}</code>
            </dd>
            <dt>Reason</dt>
            <dd>{simResult.reason}</dd>
          </dl>
        )}
      </section>

      <section class="panel" aria-labelledby="replay-h">
        <h3 id="replay-h">Replay the last 30 days</h3>
        <p class="hint">
          Every decision of the last 30 days is made again with the draft; nothing is changed for
          customers.
        </p>
        <button type="button" disabled={invalid || replaying} onClick={() => void runReplay()}>
          {replaying ? 'Replaying…' : 'Replay draft'}
        </button>
        {replay && <ReplayView r={replay} />}
      </section>

      {coverage && (
        <section class="panel" aria-labelledby="coverage-h">
          <h3 id="coverage-h">Which rules decided (last 30 days)</h3>
          <table class="by-rule coverage">
            <thead>
              <tr>
                <th>Rule</th>
                <th>Decisions</th>
                <th>Outcomes</th>
                <th>What it decides</th>
              </tr>
            </thead>
            <tbody>
              {coverage.rules.map((r) => (
                <tr key={r.rule} class={r.total === 0 ? 'unused' : undefined}>
                  <td>
                    <code>{r.rule}</code>
                  </td>
                  <td>{r.total}</td>
                  <td>
                    {Object.entries(r.outcomes)
                      .map(([o, n]) => `${outcomeWords[o] ?? o} ${n}`)
                      .join(', ') || '—'}
                  </td>
                  <td class="hint">{r.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section class="panel" aria-labelledby="versions-h">
        <h3 id="versions-h">Versions</h3>
        <ol class="versions" reversed>
          {overview.versions.map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong> · {new Date(v.createdAt).toLocaleString()} ·{' '}
              {v.author} — {v.note}
              {v.version === overview.live && <span class="chip">live</span>}
              {editable && v.version !== overview.current.version && (
                <button type="button" class="link" onClick={() => void rollback(v.version)}>
                  Roll back to this
                </button>
              )}
            </li>
          ))}
        </ol>
        {overview.current.diff && (
          <details>
            <summary>What version {overview.current.version} changed</summary>
            <pre class="diff">{overview.current.diff}</pre>
          </details>
        )}
      </section>
    </div>
  );
}

function ReplayView({ r }: { r: Replay }): JSX.Element {
  if (r.total === 0)
    return (
      <p class="replay-summary">
        No decisions were made in these 30 days: nothing to replay, nothing would change.
      </p>
    );
  return (
    <div class="replay" aria-label="Replay result">
      <p class="replay-summary">
        <strong>{r.changed}</strong> of {r.replayed} decisions would change
        {r.notReplayable > 0 &&
          ` · ${r.notReplayable} made before their inputs were kept (not replayable)`}
        .
      </p>
      {r.money.map((m) => (
        <p key={m.currency} class="money">
          {m.currency}: refunds issued +{m.refundsIssued}, withheld {m.refundsWithheld}; approvals
          newly needed {m.approvalsNeeded}, no longer needed {m.approvalsAvoided}.
        </p>
      ))}
      {r.changes.length > 0 && (
        <table class="changes">
          <caption>Decisions that would change</caption>
          <thead>
            <tr>
              <th>When</th>
              <th>Order</th>
              <th>Now</th>
              <th>With the draft</th>
              <th>Money</th>
              <th>Conversation</th>
            </tr>
          </thead>
          <tbody>
            {r.changes.map((c) => (
              <tr key={c.decisionId}>
                <td>{new Date(c.at).toLocaleDateString()}</td>
                <td>{c.orderId ?? '—'}</td>
                <td>
                  {outcomeWords[c.before.outcome] ?? c.before.outcome} <code>{c.before.rule}</code>
                </td>
                <td>
                  {outcomeWords[c.after.outcome] ?? c.after.outcome} <code>{c.after.rule}</code>
                  <div class="hint">{c.after.reason}</div>
                </td>
                <td>
                  {c.money
                    ? `${c.money.refundDelta} ${c.money.currency}${c.money.approval ? ` · approval ${c.money.approval.replace(/_/g, ' ')}` : ''}`
                    : '—'}
                </td>
                <td>{c.link ? <a href={c.link}>open</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table class="by-rule">
        <caption>Decisions by rule</caption>
        <thead>
          <tr>
            <th>Rule</th>
            <th>Outcome</th>
            <th>Now</th>
            <th>With the draft</th>
          </tr>
        </thead>
        <tbody>
          {r.byRule.map((c) => (
            <tr key={`${c.rule}|${c.outcome}`} class={c.before !== c.after ? 'moved' : undefined}>
              <td>
                <code>{c.rule}</code>
              </td>
              <td>{outcomeWords[c.outcome] ?? c.outcome}</td>
              <td>{c.before}</td>
              <td>{c.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
