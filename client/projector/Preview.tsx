// The projector page as a chair's preview of the item ← / → would put on screen: no socket of
// its own, its view is what the console sends it, filtered to the public's (CHAIR-12).
import { useEffect, useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import type { SnapshotMessage } from '../../shared/protocol.js';
import { PREVIEW_READY, PREVIEW_VIEW } from '../lib/preview.js';
import { ViewStore } from '../lib/store.js';
import { ProjectorScreen } from './Screen.js';

export function PreviewProjector({ event, room }: { event: EventInfo; room: RoomSummary }) {
  const [view] = useState(() => new ViewStore());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const parent = window.parent;
    const onMessage = (e: MessageEvent<unknown>) => {
      // Only the console that framed this page (same origin) can fill it.
      if (e.origin !== window.location.origin || e.source !== parent) return;
      const msg = e.data as { type?: unknown; snapshot?: SnapshotMessage } | null;
      if (msg?.type !== PREVIEW_VIEW || !msg.snapshot) return;
      view.applySnapshot(msg.snapshot);
      setReady(true);
    };
    window.addEventListener('message', onMessage);
    if (parent !== window) parent.postMessage({ type: PREVIEW_READY }, window.location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  if (!ready) return <div class="projector" />;
  return <ProjectorScreen event={event} room={room} view={view} />;
}
