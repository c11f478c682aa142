import { useEffect, useState } from 'preact/hooks';
import type { EventInfo } from '../../shared/model.js';
import { fetchEvent } from './api.js';
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

/** Loads the public event info once, retrying while the network or server is down. */
export function useEventInfo(code: string): EventState {
  const [state, setState] = useState<EventState>(
    code ? { kind: 'loading' } : { kind: 'not_found' },
  );
  useEffect(() => {
    if (!code) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = RETRY_START_MS;
    const load = async () => {
      const res = await fetchEvent(code);
      if (cancelled) return;
      if (res.ok) {
        applyEventLanguage(res.data.language);
        document.title = `${res.data.name} – Vonk`;
        setState({ kind: 'ready', event: res.data });
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
