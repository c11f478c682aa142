// A scaled, inert projector page in the console: the live mirror, or a preview of the item
// ← / → would put on screen, drawn by the projector's own components from the chair's data.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActivityView } from '../../shared/model.js';
import { PREVIEW_READY, PREVIEW_VIEW, publicPreview } from '../lib/preview.js';
import type { ViewStore } from '../lib/store.js';

const W = 1920;
const H = 1080;

interface Props {
  /** The room's projector page. */
  projectorUrl: string;
  title: string;
  testId: string;
  /** For a preview: the item to show and the chair's view it is drawn from. */
  preview?: { activity: ActivityView; view: ViewStore };
}

/**
 * A 1920×1080 projector page scaled down to its box, inert and hidden from screen readers (the
 * text beside it says what it is). A preview frame loads the projector page with
 * `?mirror&preview`: it opens no socket, and gets what the public would see of the item
 * (lib/preview.ts) from here, again on every change (CHAIR-12).
 */
export function PreviewFrame({ projectorUrl, title, testId, preview }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(el.clientWidth / W);
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Read in render, so this frame follows the chair's view as it changes.
  const snapshot = preview ? publicPreview(preview.view, preview.activity) : null;
  const json = snapshot ? JSON.stringify(snapshot) : '';
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const [ready, setReady] = useState(false);
  const send = () =>
    frame.current?.contentWindow?.postMessage(
      { type: PREVIEW_VIEW, snapshot: latest.current },
      window.location.origin,
    );
  useEffect(() => {
    if (!preview) return;
    const onMessage = (e: MessageEvent<unknown>) => {
      if (e.source !== frame.current?.contentWindow || e.origin !== window.location.origin) return;
      if ((e.data as { type?: unknown } | null)?.type !== PREVIEW_READY) return;
      setReady(true);
      // A frame that loaded again asks again: it gets the view at once.
      send();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [Boolean(preview)]);
  useEffect(() => {
    if (ready) send();
  }, [ready, json]);

  const src = preview ? `${projectorUrl}?mirror&preview` : `${projectorUrl}?mirror`;
  return (
    <div class="mirror__frame" ref={box} style={{ height: `${Math.round(H * scale)}px` }}>
      {scale > 0 && (
        <iframe
          ref={frame}
          src={src}
          title={title}
          width={W}
          height={H}
          tabIndex={-1}
          aria-hidden="true"
          inert
          loading={preview ? 'lazy' : undefined}
          data-testid={testId}
          style={{ transform: `scale(${scale})` }}
        />
      )}
    </div>
  );
}
