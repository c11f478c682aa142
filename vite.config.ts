import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig, type Connect, type Plugin, type ProxyOptions } from 'vite';
import preact from '@preact/preset-vite';
import { htmlPages, pagePath, PAGES } from './scripts/html-pages.js';
import { precompressDir } from './scripts/precompress.js';
import { writeServiceWorker } from './scripts/service-worker.js';

const root = fileURLToPath(new URL('./client', import.meta.url));
const outDir = resolve(root, '../dist/client');
const backend = 'http://127.0.0.1:8080';

// The server maps these short public addresses to the pages; in dev and preview we do the same
// so links printed by the server (/j/CODE, /c/CODE?k=…) work against Vite too.
const PAGE_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/j(\/|$)/, '/participant/index.html'],
  [/^\/p(\/|$)/, '/projector/index.html'],
  [/^\/c(\/|$)/, '/chair/index.html'],
  [/^\/s(\/|$)/, '/speaker/index.html'],
  [/^\/o\/?$/, '/organizer/index.html'],
];

const rewritePages: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  for (const [pattern, target] of PAGE_REWRITES) {
    if (pattern.test(path)) {
      req.url = target + (q === -1 ? '' : url.slice(q));
      break;
    }
  }
  next();
};

function pageRewrites(): Plugin {
  return {
    name: 'vonk-page-rewrites',
    // Before htmlPages (also 'pre'), which serves the address this rewrites to.
    enforce: 'pre',
    // Registered directly (not returned) so it runs before Vite's own HTML handling.
    configureServer(server) {
      server.middlewares.use(rewritePages);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewritePages);
    },
  };
}

/**
 * After Vite has written every file: the service worker gets its file list and version, then
 * every asset its .br and .gz copy (in that order: sw.js is compressed as filled in).
 */
function afterBuild(): Plugin {
  // `vite build --outDir …` may put the build elsewhere: follow what was resolved.
  let dir = outDir;
  return {
    name: 'vonk-after-build',
    apply: 'build',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeServiceWorker(dir);
        precompressDir(dir);
      },
    },
  };
}

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: backend },
  '/healthz': { target: backend },
  '/ws': { target: backend, ws: true },
};

export default defineConfig({
  root,
  appType: 'mpa',
  publicDir: resolve(root, 'public'),
  plugins: [preact(), pageRewrites(), htmlPages(root), afterBuild()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    // .vite/manifest.json: which chunks each page loads at once and which on demand; the bundle
    // test and the service worker's list of shell files read it.
    manifest: true,
    // Every asset stays a cacheable file; nothing relies on data: URLs being allowed by the CSP.
    assetsInlineLimit: 0,
    // Every browser we target has modulepreload; the polyfill would only cost a request.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The service worker keeps a fixed address: the browser checks it for a new version.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // Two shared chunks instead of a dozen tiny ones: fewer round trips on a busy venue Wi-Fi.
        manualChunks(id) {
          // pdf.js stays with the deck views that load it on demand, never in the shared vendor
          // chunk every phone loads (DECK-5).
          if (id.includes('/node_modules/pdfjs-dist/')) return undefined;
          if (id.includes('/node_modules/')) return 'vendor';
          // One chunk per language: a phone loads only the strings it shows (NET-3).
          const lang = /\/shared\/i18n\/(nl|en)(?:-[\w]+)?\.ts$/.exec(id);
          if (lang) return `lang-${lang[1]}`;
          // The poll charts stay out: the phone loads them only with a poll (NET-3).
          if (
            /\/client\/components\/(PollResults|BarChart|ScaleChart|WordCloud|WhyOption|RevokeChairLink|dialog)\./.test(
              id,
            )
          )
            return undefined;
          // translate() holds both languages: it, and shared modules built on it (a round's
          // default steps), stay with the pages that import them (chair, organizer), never in
          // the chunk every phone loads.
          if (/\/shared\/(i18n\/index|round)\.ts$/.test(id)) return undefined;
          if (/\/(client\/(lib|components|styles)|shared)\//.test(id)) return 'common';
          return undefined;
        },
      },
      // The pages' HTML comes from scripts/html-pages.ts, not from files in client/.
      input: {
        ...Object.fromEntries(Object.entries(PAGES).map(([name, p]) => [name, pagePath(root, p)])),
        sw: resolve(root, 'sw.ts'),
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
});
