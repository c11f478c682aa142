// Several Vonk instances, one event: real servers on one PostgreSQL database and one Redis.
// Any instance serves any room; the database orders changes, Redis carries them. Screens, hearts
// and votes across instances here; counts, cut links, admin changes and a killed instance in
// scaleout-ops.test.ts.

import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { hasBackends, useTwoInstances } from '../helpers/two-instances.js';
import { postStatement } from '../helpers/scenario.js';

const { env, connect, participant, postModeratedEvent, openPollOnA } = useTwoInstances();
let a: TestServer;
let b: TestServer;
beforeAll(() => {
  ({ a, b } = env);
});

describe.skipIf(!hasBackends)('several instances, one event', () => {
  it('[SCALE-2] statements posted through either instance reach every screen on both within 1 s', async () => {
    const ev = await postModeratedEvent(b);
    const projectorA = await connect(a.url, { role: 'projector', eventCode: ev.code });
    const projectorB = await connect(b.url, { role: 'projector', eventCode: ev.code });
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        participant(i % 2 ? b.url : a.url, ev, `spread-${i}-pid`),
      ),
    );
    const latencies: number[] = [];
    for (const [i, p] of people.entries()) {
      // A quiet moment first, so the update goes out at once instead of on the next tick.
      await new Promise((r) => setTimeout(r, 110));
      const t0 = performance.now();
      const id = await postStatement(p, `Stelling ${i}`);
      // The projector on the other instance is the one that has to hear it over Redis.
      const far = i % 2 ? projectorA : projectorB;
      await far.until(() => far.statements.has(id), 1000);
      latencies.push(performance.now() - t0);
    }
    const sorted = [...latencies].sort((x, y) => x - y);
    console.warn(
      `statement through one instance → projector on the other: median ${sorted[3]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (submit, ack, then the view update)`,
    );
    expect(Math.max(...latencies)).toBeLessThan(1000);
    for (const c of [projectorA, projectorB, ...people]) {
      await c.until(() => c.statements.size === 6, 1000);
    }
  });

  it('[SCALE-3] a participant connected to both instances hearts once, however often', async () => {
    const ev = await postModeratedEvent(a);
    const author = await participant(a.url, ev, 'author-pid-1');
    const id = await postStatement(author, 'Hart voor de zaak');
    const onA = await participant(a.url, ev, 'fan-pid-both');
    const onB = await participant(b.url, ev, 'fan-pid-both');
    const other = await participant(b.url, ev, 'fan-pid-other');
    await onB.until(() => onB.statements.has(id));
    const results = await Promise.all([
      onA.command({ type: 'heart.set', statementId: id, on: true }),
      onB.command({ type: 'heart.set', statementId: id, on: true }),
      onA.command({ type: 'heart.set', statementId: id, on: true }),
      onB.command({ type: 'heart.set', statementId: id, on: true }),
      other.command({ type: 'heart.set', statementId: id, on: true }),
    ]);
    for (const r of results) expect(r.type).toBe('ack');
    const projectorA = await connect(a.url, { role: 'projector', eventCode: ev.code });
    const projectorB = await connect(b.url, { role: 'projector', eventCode: ev.code });
    for (const c of [projectorA, projectorB, author, onA, onB]) {
      await c.until(() => c.statements.get(id)?.hearts === 2, 1000);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(projectorA.statements.get(id)?.hearts).toBe(2);
    expect(projectorB.statements.get(id)?.hearts).toBe(2);
  });

  it('[SCALE-3][SCALE-21][STORE-4] votes racing through both instances into one room: none refused, each voter counted once, no seq check lost', async () => {
    const { ev, pollId } = await openPollOnA('Drukte');
    const conflicts = async (s: TestServer) => {
      const text = await (await fetch(`${s.url}/metrics`)).text();
      return Number(/^vonk_store_appends_total\{result="conflict"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    const VOTERS = 120;
    const voters = await Promise.all(
      Array.from({ length: VOTERS }, (_, i) =>
        participant(i % 2 ? b.url : a.url, ev, `racer-${i}-pid`),
      ),
    );
    // Everyone votes twice at once (a change of mind), half of them through the instance that
    // does not own the room: it forwards their votes to the owner (SCALE-21), which commits
    // every vote; the optimistic seq check is only a fence (SCALE-3) and is never lost here.
    const conflictsBefore = (await conflicts(a)) + (await conflicts(b));
    const results = await Promise.all(
      voters.flatMap((v, i) => [
        v.command({ type: 'poll.vote', pollId, optionIds: ['a'] }),
        v.command({ type: 'poll.vote', pollId, optionIds: [i % 3 === 0 ? 'b' : 'c'] }),
      ]),
    );
    const refused = results.filter((r) => r.type !== 'ack');
    const lost = (await conflicts(a)) + (await conflicts(b)) - conflictsBefore;
    console.warn(
      `${VOTERS * 2} racing votes through two instances: ${lost} lost seq checks, ${refused.length} refused`,
    );
    expect(refused).toEqual([]);
    expect(lost).toBe(0);
    const projectorA = await connect(a.url, { role: 'projector', eventCode: ev.code });
    const projectorB = await connect(b.url, { role: 'projector', eventCode: ev.code });
    for (const p of [projectorA, projectorB]) {
      await p.until(() => {
        const t = p.polls.get(pollId)?.rounds.at(-1);
        return t?.voters === VOTERS;
      }, 5000);
      const options = p.polls.get(pollId)!.rounds.at(-1)!.options!;
      expect(options.a! + options.b! + options.c!).toBe(VOTERS);
    }
  });

  it('[STORE-10][SCALE-3] votes arriving together are committed in batches, each once, at its own seq', async () => {
    const { ev, pollId } = await openPollOnA('Tegelijk');
    const metric = async (re: RegExp) => {
      const text = await (await fetch(`${a.url}/metrics`)).text();
      return Number(re.exec(text)?.[1] ?? 0);
    };
    const batches = () => metric(/^vonk_store_seconds_count\{op="appendMany"\} (\d+)$/m);
    const appends = () => metric(/^vonk_store_appends_total\{result="ok"\} (\d+)$/m);
    const VOTERS = 80;
    const voters = await Promise.all(
      Array.from({ length: VOTERS }, (_, i) => participant(a.url, ev, `together-${i}-pid`)),
    );
    const [batches0, appends0] = [await batches(), await appends()];
    // Everyone votes at once, then everyone changes their mind at once.
    const first = await Promise.all(
      voters.map((v) => v.command({ type: 'poll.vote', pollId, optionIds: ['a'] })),
    );
    const pick = (i: number) => (['a', 'b', 'c'] as const)[i % 3]!;
    const second = await Promise.all(
      voters.map((v, i) => v.command({ type: 'poll.vote', pollId, optionIds: [pick(i)] })),
    );
    const acks = [...first, ...second];
    expect(acks.filter((r) => r.type !== 'ack')).toEqual([]);
    const seqs = acks.map((r) => r.seq);
    expect(new Set(seqs).size).toBe(VOTERS * 2);
    // Fewer store calls than votes: the ones that queued behind a call went in together.
    expect(await batches()).toBeGreaterThan(batches0);
    expect((await appends()) - appends0).toBeLessThan(VOTERS * 2);
    // Each voter counted once, with the vote they changed to.
    const projector = await connect(b.url, { role: 'projector', eventCode: ev.code });
    await projector.until(() => projector.polls.get(pollId)?.rounds.at(-1)?.voters === VOTERS);
    const want = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < VOTERS; i++) want[pick(i)]++;
    await projector.until(() => {
      const o = projector.polls.get(pollId)?.rounds.at(-1)?.options;
      return !!o && o.a === want.a && o.b === want.b && o.c === want.c;
    }, 5000);
  });
});
