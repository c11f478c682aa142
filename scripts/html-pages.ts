// The pages' HTML shells, written once here instead of one identical index.html per page: a Vite
// plugin serves them in dev and hands them to the build as if they were files in client/.

import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface Page {
  /** The folder under client/ ('' for the start page), its script and its <title>. */
  dir: string;
  script: string;
  title: string;
  bodyClass: string;
}

export const PAGES: Record<string, Page> = {
  home: { dir: '', script: '/home/main.tsx', title: 'Vonk', bodyClass: 'page-home' },
  participant: {
    dir: 'participant',
    script: '/participant/main.tsx',
    title: 'Vonk',
    bodyClass: 'page-participant',
  },
  chair: {
    dir: 'chair',
    script: '/chair/main.tsx',
    title: 'Vonk – gespreksleider',
    bodyClass: 'page-chair',
  },
  projector: {
    dir: 'projector',
    script: '/projector/main.tsx',
    title: 'Vonk',
    bodyClass: 'page-projector',
  },
  speaker: {
    dir: 'speaker',
    script: '/speaker/main.tsx',
    title: 'Vonk – spreker',
    bodyClass: 'page-speaker',
  },
  organizer: {
    dir: 'organizer',
    script: '/organizer/main.tsx',
    title: 'Vonk – organisator',
    bodyClass: 'page-organizer',
  },
};

/** One page's HTML: the same shell for all, the script, title and body class its own. */
export function pageHtml({ script, title, bodyClass }: Page): string {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${title}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" src="${script}"></script>
  </head>
  <body class="${bodyClass}">
    <div id="app"></div>
  </body>
</html>
`;
}

/** Where a page's HTML would be in client/: the build's input and the manifest's key. */
export const pagePath = (root: string, page: Page): string => resolve(root, page.dir, 'index.html');

/** Serves and builds the pages' HTML from PAGES: no index.html files on disk. */
export function htmlPages(root: string): Plugin {
  const byPath = new Map(Object.values(PAGES).map((p) => [pagePath(root, p), p]));
  const byUrl = new Map(
    Object.values(PAGES).map((p) => [p.dir ? `/${p.dir}/index.html` : '/index.html', p]),
  );
  return {
    name: 'vonk-html-pages',
    enforce: 'pre',
    resolveId(id) {
      return byPath.has(id) ? id : null;
    },
    load(id) {
      const page = byPath.get(id);
      return page ? pageHtml(page) : null;
    },
    configureServer(server) {
      // Registered directly so it answers before Vite looks for the file on disk.
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0]!;
        const page = byUrl.get(
          url === '/' ? '/index.html' : url.endsWith('/') ? `${url}index.html` : url,
        );
        if (!page) return next();
        server
          .transformIndexHtml(req.url ?? '/', pageHtml(page), req.originalUrl)
          .then((html) => {
            res.setHeader('Content-Type', 'text/html');
            res.end(html);
          })
          .catch(next);
      });
    },
  };
}
