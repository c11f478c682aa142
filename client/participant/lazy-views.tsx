// A view loaded when it is first on screen (NET-3), with "loading" (or "offline", retried when
// the browser is back online) until then; kinds/phone.tsx makes the phone's lazy views with it.

import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';

export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (view) => (loaded = view),
      (err: unknown) => {
        // Offline, say: the next try starts afresh.
        pending = null;
        throw err;
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    // A counter, not the component: useState would call a function it is given.
    const [, rerender] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      const attempt = () =>
        preload().then(
          () => live && rerender((n) => n + 1),
          () => live && setFailed(true),
        );
      void attempt();
      // Back on the network: try again without waiting for the person to do anything.
      const retry = () => {
        setFailed(false);
        void attempt();
      };
      window.addEventListener('online', retry);
      return () => {
        live = false;
        window.removeEventListener('online', retry);
      };
    }, []);
    if (loaded) {
      const View = loaded;
      return <View {...props} />;
    }
    return (
      <p class="muted" data-testid="view-loading">
        {t(failed ? 'conn.offline' : 'common.loading')}
      </p>
    );
  }
  return Lazy;
}
