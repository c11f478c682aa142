// The physical limit: a bare `ws` server that only broadcasts. The load generator connects its
// clients, then asks GET /broadcast?bytes=&fps=&ms= and the server sends one frame of that size
// to every client fps times a second for ms milliseconds, and answers with the frames it sent.
// With &encode=once each frame is encoded to UTF-8 once and the same bytes go to every client
// (as Vonk's fan-out does, FAN-11); without it each send is given the string, as plain `ws`
// code is written, and `ws` encodes it per client.
// Prints READY <url> when it listens.

import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const clients = new Set<WebSocket>();
const http = createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  if (u.pathname !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  const bytes = Number(u.searchParams.get('bytes') ?? 200);
  const fps = Number(u.searchParams.get('fps') ?? 10);
  const ms = Number(u.searchParams.get('ms') ?? 1000);
  const once = u.searchParams.get('encode') === 'once';
  const total = Math.max(1, Math.round((fps * ms) / 1000));
  let sent = 0;
  let n = 0;
  const started = Date.now();
  const tick = () => {
    // A fresh string each time, as a server that serializes its state would make.
    const head = `{"type":"update","seq":${++n},"changes":[{"kind":"poll","id":"p","pad":"`;
    const frame = head + 'x'.repeat(Math.max(0, bytes - head.length - 4)) + '"}]}';
    if (once) {
      const bytes = Buffer.from(frame);
      for (const ws of clients) {
        ws.send(bytes, { binary: false });
        sent++;
      }
    } else {
      for (const ws of clients) {
        ws.send(frame);
        sent++;
      }
    }
    if (n < total) setTimeout(tick, Math.max(0, started + (n * 1000) / fps - Date.now()));
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sent }));
  };
  tick();
});
const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
});
http.listen(0, '127.0.0.1', () => {
  const { port } = http.address() as { port: number };
  process.stdout.write(`READY http://127.0.0.1:${port}\n`);
});
