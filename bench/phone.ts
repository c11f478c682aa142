// `--scenario phone`: what a person on a phone waits for. Chromium loads /j/CODE in a fresh
// context (no cache, no service worker) under an emulated network and a 4× slower CPU, and the
// page notes when the composer appears (a MutationObserver, in page time from the navigation).
// Bytes on the wire: every HTTP response as received (headers included, compressed as sent) and
// every WebSocket frame both ways, up to that moment. Also what one phone of a join wave costs.

import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../shared/protocol.js';
import { launch, phoneContext } from '../tests/helpers/browser.js';

export interface NetworkProfile {
  name: string;
  downKbps: number;
  upKbps: number;
  rttMs: number;
}

/** DevTools-style presets; the RTT is added to every request and WebSocket connect. */
export const PROFILES: NetworkProfile[] = [
  { name: 'slow 3G', downKbps: 400, upKbps: 400, rttMs: 400 },
  { name: 'regular 3G', downKbps: 750, upKbps: 250, rttMs: 100 },
];
const CPU_SLOWDOWN = 4;

interface Run {
  composerMs: number;
  bytes: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

function countBytes(cdp: CDPSession): { total(): number } {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  cdp.on('Network.webSocketFrameReceived', (e) => (bytes += e.response.payloadData.length));
  cdp.on('Network.webSocketFrameSent', (e) => (bytes += e.response.payloadData.length));
  return { total: () => bytes };
}

export async function phoneLoads(
  joinUrl: string,
  runs: number,
): Promise<Record<string, unknown>[]> {
  const browser = await launch();
  const rows: Record<string, unknown>[] = [];
  try {
    for (const profile of PROFILES) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const ctx = await phoneContext(browser);
        const page = await ctx.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __composerAt?: number };
          new MutationObserver((_, obs) => {
            if (document.querySelector('[data-testid="statement-input"]')) {
              w.__composerAt = performance.now();
              obs.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: profile.rttMs,
          downloadThroughput: (profile.downKbps * 1000) / 8,
          uploadThroughput: (profile.upKbps * 1000) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        const counter = countBytes(cdp);
        await page.goto(joinUrl, { waitUntil: 'commit' });
        await page.getByTestId('statement-input').waitFor({ timeout: 60_000 });
        const composerMs = await page.evaluate(
          () => (window as unknown as { __composerAt: number }).__composerAt,
        );
        results.push({ composerMs, bytes: counter.total() });
        await ctx.close();
      }
      const ms = results.map((r) => r.composerMs);
      const kb = results.map((r) => r.bytes / 1024);
      rows.push({
        network: `${profile.name} (${profile.downKbps}/${profile.upKbps} kbps, ${profile.rttMs} ms)`,
        cpuSlowdown: CPU_SLOWDOWN,
        runs,
        composerP50Ms: Math.round(pct(ms, 0.5)),
        composerMaxMs: Math.round(Math.max(...ms)),
        wireKbP50: Number(pct(kb, 0.5).toFixed(1)),
        wireKbMax: Number(Math.max(...kb).toFixed(1)),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** One GET as a browser asks for it (br preferred); the bytes as received, headers included. */
function wireGet(url: string, accept = 'br, gzip'): Promise<{ bytes: number; decoded: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const head = res.rawHeaders.join(': ').length + 2 * res.rawHeaders.length + 20;
        const encoding = res.headers['content-encoding'];
        const decoded =
          encoding === 'br'
            ? brotliDecompressSync(body)
            : encoding === 'gzip'
              ? gunzipSync(body)
              : body;
        resolve({ bytes: head + body.length, decoded });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The socket's part of a join: hello out, frames in until the snapshot. */
function socketJoinBytes(baseUrl: string, eventCode: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    let bytes = 0;
    ws.once('error', reject);
    ws.once('open', () => {
      const hello = JSON.stringify({
        type: 'hello',
        protocol: PROTOCOL_VERSION,
        role: 'participant',
        eventCode,
        participantId: `bench-bytes-${Date.now()}`,
      });
      bytes += hello.length;
      ws.send(hello);
    });
    ws.on('message', (data: Buffer) => {
      bytes += data.length;
      if (data.includes('"type":"snapshot"')) {
        ws.close();
        resolve(bytes);
      }
    });
  });
}

/** What one joining phone downloads: the page (with the event info in it), what it names, the socket. */
export async function bytesPerJoiningPhone(
  baseUrl: string,
  eventCode: string,
): Promise<{ httpBytes: number; socketBytes: number; bytesPerPhone: number }> {
  const page = await wireGet(`${baseUrl}/j/${eventCode}`);
  const html = page.decoded.toString('utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/assets\/[^"]+)"/g)];
  let httpBytes = page.bytes;
  for (const m of named) httpBytes += (await wireGet(`${baseUrl}${m[1]!}`)).bytes;
  const socketBytes = await socketJoinBytes(baseUrl, eventCode);
  return { httpBytes, socketBytes, bytesPerPhone: httpBytes + socketBytes };
}
