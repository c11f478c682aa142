// The event's public info for a page: loading, ready, not found or offline.
import { useEffect, useState } from 'preact/hooks';
import type { EventInfo } from '../../shared/model.js';
import { fetchEvent } from './api.js';
import { normalizeCode } from '../../shared/limits.js';
import { applyEventLanguage } from './i18n.js';

export type EventState =
  | { kind: 'loading' }
  /** The server did not answer; we keep trying. */
  | { kind: 'offline' }
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  | { kind: 'ready'; event: EventInfo };

const RETRY_START_MS = 1_000;
const RETRY_CAP_MS = 10_000;

/**
 * The event info the join page came with (routes/page-lang.ts), if it is this event's: a page
 * kept for offline use may have been kept for another event.
 */
function inPage(code: string): EventInfo | null {
  const text = document.querySelector('meta[name="vonk-event"]')?.getAttribute('content');
  if (!text) return null;
  try {
    const info = JSON.parse(text) as EventInfo;
    return info.code === normalizeCode(code) ? info : null;
  } catch {
    return null;
  }
}

function ready(event: EventInfo): EventState {
  applyEventLanguage(event.language);
  document.title = `${event.name} – Vonk`;
  return { kind: 'ready', event };
}

/** Loads the public event info once, retrying while the network or server is down. */
export function useEventInfo(code: string): EventState {
  const [state, setState] = useState<EventState>(() => {
    if (!code) return { kind: 'not_found' };
    const event = inPage(code);
    return event ? ready(event) : { kind: 'loading' };
  });
  useEffect(() => {
    if (!code || state.kind === 'ready') return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = RETRY_START_MS;
    const load = async () => {
      const res = await fetchEvent(code);
      if (cancelled) return;
      if (res.ok) {
        setState(ready(res.data));
      } else if (res.status === 404) {
        setState({ kind: 'not_found' });
      } else if (res.status === 401 || res.status === 403) {
        setState({ kind: 'forbidden' });
      } else {
        setState({ kind: 'offline' });
        timer = setTimeout(load, delay);
        delay = Math.min(RETRY_CAP_MS, delay * 2);
      }
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [code]);
  return state;
}
