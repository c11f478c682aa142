// The naive way to run a live poll: every vote broadcasts the whole poll (all options with
// their counts) to every client at once. Clients send {"p":<participant>,"o":<option index>}.
// A socket that has more than 256 KB waiting gets no more frames (counted as dropped), so the
// machine does not run out of memory. Prints READY <url> when it listens.

import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const OPTIONS = ['a', 'b', 'c', 'd'];
const MAX_BUFFERED = 256 * 1024;
const clients = new Set<WebSocket>();
const votes = new Map<number, number>();
const counts = OPTIONS.map(() => 0);
let sent = 0;
let dropped = 0;

const http = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ sent, dropped, voters: votes.size }));
});
const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('close', () => clients.delete(ws));
  ws.on('message', (data) => {
    const v = JSON.parse(data.toString()) as { p: number; o: number };
    const before = votes.get(v.p);
    if (before !== undefined) counts[before]!--;
    votes.set(v.p, v.o);
    counts[v.o]!++;
    const frame = JSON.stringify({
      type: 'poll',
      id: 'p',
      voters: votes.size,
      options: OPTIONS.map((id, i) => ({ id, label: id.toUpperCase(), count: counts[i] })),
    });
    for (const c of clients) {
      if (c.bufferedAmount > MAX_BUFFERED) dropped++;
      else {
        c.send(frame);
        sent++;
      }
    }
  });
});
http.listen(0, '127.0.0.1', () => {
  const { port } = http.address() as { port: number };
  process.stdout.write(`READY http://127.0.0.1:${port}\n`);
});
