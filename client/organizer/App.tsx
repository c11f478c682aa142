// The organizer's page: the token, the event list, creating events and the demo.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { TopBar } from '../components/TopBar.js';
import { NoticeBar } from '../components/NoticeBar.js';
import { api } from '../lib/api.js';
import { errorKey, t } from '../lib/i18n.js';
import { showNotice } from '../lib/notice.js';
import { queryParam } from '../lib/route.js';
import { CreateForm } from './CreateForm.js';
import { EventImport } from './EventImport.js';
import { EventDetail } from './EventDetail.js';
import { EventList } from './EventList.js';
import type { EventListItem } from './types.js';

type State =
  | { kind: 'loading' }
  | { kind: 'unauthorized' }
  | { kind: 'failed' }
  | { kind: 'ready'; events: EventListItem[] };

export function OrganizerApp() {
  // The server trades `?t=` for the session cookie and redirects (AUTH-10); a token still in the
  // address (a page served without that server, as in development) is used and taken out.
  const token = useMemo(() => queryParam('t') ?? '', []);
  const wrong = useMemo(() => queryParam('wrong') !== null, []);
  useEffect(() => {
    if (token || wrong) history.replaceState(null, '', location.pathname);
  }, []);
  const [state, setState] = useState<State>(wrong ? { kind: 'unauthorized' } : { kind: 'loading' });
  const [fresh, setFresh] = useState<string | null>(null);
  const headers = useMemo(() => {
    const h: Record<string, string> = {};
    if (token) h.Authorization = `Bearer ${token}`;
    return h;
  }, [token]);
  const [managing, setManaging] = useState<string | null>(null);
  const managed =
    state.kind === 'ready' ? state.events.find((e) => e.code === managing) : undefined;

  const load = async () => {
    const res = await api<EventListItem[]>('/api/events', { headers });
    if (res.ok) setState({ kind: 'ready', events: Array.isArray(res.data) ? res.data : [] });
    else if (res.status === 401 || res.status === 403) setState({ kind: 'unauthorized' });
    else setState({ kind: 'failed' });
  };

  useEffect(() => {
    if (!wrong) void load();
  }, []);

  const created = (event: EventListItem) => {
    setFresh(event.code);
    setState((s) =>
      s.kind === 'ready'
        ? { kind: 'ready', events: [event, ...s.events.filter((e) => e.id !== event.id)] }
        : { kind: 'ready', events: [event] },
    );
  };

  const post = async (path: string, body: unknown): Promise<boolean> => {
    const res = await api<EventListItem>(path, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) {
      created(res.data);
      return true;
    }
    if (res.status === 401 || res.status === 403) setState({ kind: 'unauthorized' });
    else showNotice(res.status === 0 ? 'conn.offline' : errorKey(res.code));
    return false;
  };

  return (
    <div class="organizer">
      <TopBar skip>
        <span class="topbar__event">{t('organizer.title')}</span>
      </TopBar>
      <NoticeBar />
      <main id="main" class="organizer__main" tabIndex={-1}>
        <h1>{t('organizer.title')}</h1>
        {state.kind === 'unauthorized' ? (
          <div role="alert" data-testid="organizer-unauthorized">
            <p class="field-error">{t('organizer.unauthorized')}</p>
            <p>{t('organizer.unauthorized.how')}</p>
          </div>
        ) : (
          <>
            <CreateForm
              onCreate={(name, language) => post('/api/events', { name, language })}
              onDemo={() => post('/api/demo', {})}
            />
            <EventImport headers={headers} onImported={created} />
            <section aria-labelledby="events-heading" class="organizer__events">
              <h2 id="events-heading">{t('organizer.events')}</h2>
              {state.kind === 'loading' && <p role="status">{t('common.loading')}</p>}
              {state.kind === 'failed' && (
                <p class="field-error" role="alert">
                  {t('error.internal')}{' '}
                  <button type="button" class="btn" onClick={() => void load()}>
                    {t('common.retry')}
                  </button>
                </p>
              )}
              {state.kind === 'ready' && managed && (
                <EventDetail
                  event={managed}
                  token={token}
                  onClose={() => setManaging(null)}
                  onChanged={(code, patch) =>
                    setState({
                      kind: 'ready',
                      events: state.events.map((e) => (e.code === code ? { ...e, ...patch } : e)),
                    })
                  }
                  onDeleted={(code) => {
                    setManaging(null);
                    setState({
                      kind: 'ready',
                      events: state.events.filter((e) => e.code !== code),
                    });
                    showNotice('organizer.deleted');
                  }}
                />
              )}
              {state.kind === 'ready' && (
                // The managed event's card is not repeated below its panel (ORG-1).
                <EventList
                  events={state.events.filter((e) => e.code !== managing)}
                  fresh={fresh}
                  onManage={setManaging}
                />
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
