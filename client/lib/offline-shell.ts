// Registers the phone's service worker (client/sw.ts, NET-4), which keeps the app shell for a
// reload without network. Browsers allow one only on https or localhost; elsewhere the phone
// works as before, online only.

const KEEP = 'vonk.keep';

export function keepAppShell(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  // Under Vite's dev server there is no built worker.
  if (!document.querySelector('script[src^="/assets/"]')) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/j/' })
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      // This first visit loaded before the worker was there: ask it to keep this page too.
      reg.active?.postMessage({ type: KEEP, path: window.location.pathname });
    })
    .catch(() => {
      // No worker: nothing is kept for offline, and everything else works as before.
    });
}
