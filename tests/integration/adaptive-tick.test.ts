// The coalescing window grows with the audience (PROTO-7): the same stream of votes reaches a
// phone as many small updates in a small room and as few in a full one. The screens keep their
// own short window whatever the size of the hall (FAN-10).

import { afterAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { lettered, startPoll } from '../helpers/polls.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';

// A tiny frame budget, so that a few dozen sockets already stretch the window:
// 3 sockets → 30 ms, 40 sockets → 400 ms (capped at TICK_MS).
const CONFIG = { tickMs: 400, tickMinMs: 10, fanoutFramesPerSecond: 100 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const srv = useTestServer(CONFIG);
const clients: TestClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
});

const tallyFrames = (messages: ServerMessage[]) =>
  messages.filter((m) => m.type === 'update' && m.changes.some((c) => c.kind === 'poll')).length;

/** Votes for 1.2 s at about 50/s and counts the tally frames each watcher got. */
async function framesDuringVotes(watchers: TestClient[], voters: TestClient[], pollId: string) {
  const from = watchers.map((w) => w.messages.length);
  const started = performance.now();
  for (let k = 0; k < 60; k++) {
    const v = voters[k % voters.length]!;
    v.send({
      type: 'poll.vote',
      id: `v-${k}-${Math.random().toString(36).slice(2)}`,
      pollId,
      optionIds: [k % 2 ? 'a' : 'b'],
    });
    await sleep(20);
  }
  const elapsed = performance.now() - started;
  await sleep(500);
  const frames = watchers.map((w, i) => tallyFrames(w.messages.slice(from[i])));
  return { frames, elapsed };
}

describe('adaptive coalescing', () => {
  it('[PROTO-7] [FAN-10] a full room gets fewer, larger updates to its phones than a small one for the same votes; its screens do not', async () => {
    const ev = await srv.createEvent('Zaal');
    const chair = await asChair(srv, ev);
    const projector = await asProjector(srv, ev);
    const voter = await asParticipant(srv, ev, 'voter-abcdef');
    clients.push(chair, projector, voter);
    const pollId = await startPoll(chair, {
      pollKind: 'single',
      resultsMode: 'live',
      options: lettered('a', 'b'),
    });
    await projector.until(() => projector.polls.has(pollId));

    const small = await framesDuringVotes([voter, projector], [voter], pollId);

    const audience = await Promise.all(
      Array.from({ length: 37 }, (_, i) => asParticipant(srv, ev, `listener-${i}-abcdef`)),
    );
    clients.push(...audience);
    const full = await framesDuringVotes([voter, projector], [voter], pollId);

    // 30 ms windows over ~1.2 s of votes: dozens of frames; 400 ms windows: a handful (one
    // leading frame, then at most one per window, and a trailing one).
    const [smallPhone, smallScreen] = small.frames as [number, number];
    const [fullPhone, fullScreen] = full.frames as [number, number];
    expect(smallPhone).toBeGreaterThanOrEqual(12);
    expect(fullPhone).toBeGreaterThanOrEqual(2);
    expect(fullPhone).toBeLessThanOrEqual(Math.ceil(full.elapsed / CONFIG.tickMs) + 2);
    expect(fullPhone * 4).toBeLessThanOrEqual(smallPhone);
    // The screens' window follows the two screens (chair and projector), not the 41 sockets:
    // the projector gets as many frames in the full room as in the small one.
    expect(smallScreen).toBeGreaterThanOrEqual(12);
    expect(fullScreen * 2).toBeGreaterThanOrEqual(smallScreen);
    expect(fullScreen).toBeGreaterThanOrEqual(fullPhone * 4);
  });
});
