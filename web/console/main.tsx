import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import './console.css';
import { api, setCsrf, type Me, type Session } from './api.js';
import { CaseView } from './case-view.js';
import { Insights } from './insights.js';
import { Login } from './login.js';
import { Queue } from './queue.js';
import { Studio } from './studio.js';
import { Workshop } from './workshop.js';

const selectedFromHash = (): string | null =>
  /^#\/c\/([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1] ?? null;
const insightsFromHash = (): boolean => location.hash === '#/insights';
const studioFromHash = (): boolean => location.hash === '#/studio';

function App(): JSX.Element {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [selected, setSelected] = useState<string | null>(selectedFromHash());
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [insights, setInsights] = useState(insightsFromHash());
  const [studio, setStudio] = useState(studioFromHash());
  useEffect(() => {
    api<Me>('GET', '/me')
      .then((m) => {
        setCsrf(m.csrfToken);
        setMe(m);
      })
      .catch(() => setMe(null));
    const onHash = () => {
      setSelected(selectedFromHash());
      setInsights(insightsFromHash());
      setStudio(studioFromHash());
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (me === undefined) return <p class="loading">Loading…</p>;
  if (me === null)
    return (
      <Login
        notice={notice}
        onIn={(m: Session) => {
          setCsrf(m.csrfToken);
          // /me carries the translator and shop name too.
          api<Me>('GET', '/me')
            .then(setMe)
            .catch(() => setMe(null));
        }}
      />
    );
  const authLost = () => {
    setNotice('Your session has ended; please sign in again. Replies you were writing are kept.');
    setMe(null);
  };
  const logout = async () => {
    await api('POST', '/logout').catch(() => undefined);
    // Signing out on purpose leaves no unsent replies behind on this computer.
    for (const k of Object.keys(localStorage))
      if (k.startsWith('makerdesk:draft:')) localStorage.removeItem(k);
    setNotice('You have signed out.');
    setMe(null);
  };
  if (me.user.role === 'maker')
    return (
      <Workshop
        me={me}
        onSignOut={() => void logout()}
        onAuthLost={() => {
          setNotice('Your session has ended; please sign in again.');
          setMe(null);
        }}
      />
    );
  return (
    <div class="shell">
      <header class="top">
        <h1>
          {me.shopName ?? 'Makerdesk'} · console
          {me.user.role !== 'rep' && (
            <nav class="nav" aria-label="Pages">
              <a href="#/" aria-current={insights || studio ? undefined : 'page'}>
                Queue
              </a>
              <a href="#/insights" aria-current={insights ? 'page' : undefined}>
                Insights
              </a>
              <a href="#/studio" aria-current={studio ? 'page' : undefined}>
                Policy
              </a>
            </nav>
          )}
        </h1>
        <p class="who">
          {me.user.email} <span class="chip">{me.user.role}</span> · translation:{' '}
          {me.translator ?? 'none'}{' '}
          <button type="button" class="link" onClick={() => void logout()}>
            Sign out
          </button>
        </p>
      </header>
      {studio && me.user.role !== 'rep' ? (
        <Studio
          onAuthLost={() => {
            setNotice('Your session has ended; please sign in again.');
            setMe(null);
          }}
        />
      ) : insights && me.user.role !== 'rep' ? (
        <Insights
          onAuthLost={() => {
            setNotice('Your session has ended; please sign in again.');
            setMe(null);
          }}
        />
      ) : (
        <div class="layout">
          <Queue
            selected={selected}
            meId={me.user.id}
            onOpen={(id) => {
              location.hash = `#/c/${id}`;
            }}
            onAuthLost={authLost}
          />
          <main class="content">
            {selected ? (
              <CaseView
                key={selected}
                conversationId={selected}
                repLang={me.repLang ?? 'en'}
                engine={me.translator ?? 'none'}
                onAuthLost={authLost}
              />
            ) : (
              <p class="empty">Choose a case from the queue.</p>
            )}
          </main>
        </div>
      )}
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
