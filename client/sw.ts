// The phone's app shell, kept for a reload without network (NET-4). No third-party code, no
// push. The build fills in BUILD (scripts/service-worker.ts): a version made from the hashes of
// the files, and the files of the participant page. A new deploy is a new sw.js, so the browser
// installs it; it takes over at once and deletes the caches of older versions.
//
// What it keeps: the page's HTML (per join path, and the last one as a fallback for any) with
// the event's public info in it, its scripts and styles, and the last event info fetched. Only the HTML and the event info fall back
// to the cache, and only when the network fails: live data comes over the WebSocket, which a
// service worker never sees, so nothing here is ever shown as live.

interface Build {
  version: string;
  /** Fetched at install; the page has just loaded them, so they come from the HTTP cache. */
  shell: string[];
  /** Kept only if the browser has them already (another language, a poll's code). */
  optional: string[];
}

// Replaced by the build with the real object.
const BUILD = '__VONK_BUILD__' as unknown as Build;

// The service worker's types, as far as they are used here (the project compiles with the DOM
// library, not the WebWorker one).
interface ExtendableEvt extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvt extends ExtendableEvt {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
interface MessageEvt extends ExtendableEvt {
  readonly data: unknown;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', l: (e: ExtendableEvt) => void): void;
  addEventListener(type: 'fetch', l: (e: FetchEvt) => void): void;
  addEventListener(type: 'message', l: (e: MessageEvt) => void): void;
}
const sw = self as unknown as WorkerScope;

const PREFIX = 'vonk-shell-';
const CACHE = `${PREFIX}${BUILD.version}`;
/** The last join page fetched: any event's page works offline, the script reads the path. */
const SHELL_PAGE = '/_vonk/shell';
const JOIN_PAGE = /^\/j\/[^/]+(?:\/[^/]+)?\/?$/;
const EVENT_INFO = /^\/api\/events\/[^/]+$/;

/**
 * Keeps a join page, which carries its event's public info. `fresh`: from the server (a new
 * version's page); otherwise the copy the browser has just loaded, from its HTTP cache, so a
 * phone that joins costs the venue's network nothing more.
 */
async function keepPage(cache: Cache, path: string, fresh: boolean): Promise<void> {
  const page = await fetch(path, { cache: fresh ? 'no-cache' : 'force-cache' });
  if (page.status !== 200) return;
  await cache.put(path, page.clone());
  await cache.put(SHELL_PAGE, page);
}

sw.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(BUILD.shell);
      await Promise.all(
        BUILD.optional.map(async (path) => {
          try {
            const res = await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' });
            if (res.ok) await cache.put(path, res);
          } catch {
            // Not in the browser's cache: fetched when needed, not now.
          }
        }),
      );
      // The pages an older version kept, fetched again: they name this version's files.
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name === CACHE) continue;
        const old = await caches.open(name);
        for (const req of await old.keys()) {
          const path = new URL(req.url).pathname;
          if (JOIN_PAGE.test(path)) await keepPage(cache, path, true).catch(() => undefined);
          // The last event info stays what it was until the network gives a newer one.
          else if (EVENT_INFO.test(path) && !(await cache.match(path))) {
            const res = await old.match(req);
            if (res) await cache.put(path, res);
          }
        }
      }
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

// The page asks to keep itself: on the first visit it loaded before this worker was there.
sw.addEventListener('message', (e) => {
  const data = e.data as { type?: unknown; path?: unknown } | null;
  if (data?.type !== 'vonk.keep' || typeof data.path !== 'string') return;
  if (!JOIN_PAGE.test(data.path)) return;
  const path = data.path;
  e.waitUntil(
    caches.open(CACHE).then((cache) => keepPage(cache, path, false).catch(() => undefined)),
  );
});

/** The network first; the kept copy only when there is no network at all. */
async function networkFirst(req: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.status === 200) {
      await cache.put(path, res.clone());
      if (JOIN_PAGE.test(path)) await cache.put(SHELL_PAGE, res.clone());
    }
    return res;
  } catch (err) {
    const kept =
      (await cache.match(path, { ignoreVary: true })) ??
      (JOIN_PAGE.test(path) ? await cache.match(SHELL_PAGE, { ignoreVary: true }) : null);
    if (!kept) throw err;
    return kept;
  }
}

/** Built assets never change under their name: the kept copy first. */
async function cacheFirst(req: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(path, { ignoreVary: true });
  if (kept) return kept;
  const res = await fetch(req);
  if (res.status === 200) await cache.put(path, res.clone());
  return res;
}

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== sw.location.origin) return;
  const path = url.pathname;
  if (req.mode === 'navigate' && JOIN_PAGE.test(path)) {
    e.respondWith(networkFirst(req, path));
  } else if (path.startsWith('/assets/')) {
    e.respondWith(cacheFirst(req, path));
  } else if (EVENT_INFO.test(path)) {
    e.respondWith(networkFirst(req, path));
  }
});
