// A seeded storm of posts, hearts, moderation, disconnects, reconnects and server restarts.
// At the end every client's view must equal what the server says its role may see.

import { describe, expect, it } from 'vitest';
import { mineFor, snapshotFor } from '../../server/domain/views.js';
import { rng, seats as makeSeats, useStormServer } from '../helpers/chaos.js';

const storm = useStormServer();

describe('resync under chaos', () => {
  it.each([1, 2, 3])(
    '[PROTO-5][DUR-1] seed %i: every client ends equal to the server',
    async (seed) => {
      const rand = rng(seed);
      const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const { connect, rejoin, rejoinOne } = await storm.start(`Chaos ${seed}`, true);
      const seats = makeSeats(Array.from({ length: 10 }, (_, i) => `chaos-${seed}-${i}-pid`));
      for (const s of seats) await connect(s);
      const wallId = seats[0]!.client!.currentWallId();
      await seats[0]!.client!.command({
        type: 'activity.update',
        activityId: wallId,
        config: { moderation: pick(['pre', 'post']) },
      });
      const ids: string[] = [];

      for (let step = 0; step < 300; step++) {
        const r = rand();
        const online = seats.filter((s) => s.client && !s.client.closed);
        if (r < 0.35) {
          const s = pick(online.filter((x) => x.role === 'participant'));
          if (!s) continue;
          const ack = await s
            .client!.command({ type: 'statement.submit', activityId: wallId, text: `Stap ${step}` })
            .catch(() => null);
          if (ack?.type === 'ack') ids.push(ack.id);
        } else if (r < 0.55 && ids.length) {
          const s = pick(online.filter((x) => x.role === 'participant'));
          if (s)
            await s
              .client!.command({ type: 'heart.set', statementId: pick(ids), on: rand() < 0.7 })
              .catch(() => null);
        } else if (r < 0.75 && ids.length) {
          const chair = seats[0]!.client;
          if (chair && !chair.closed) {
            const action = pick([
              'approve',
              'approve',
              'reject',
              'hide',
              'pin',
              'unpin',
              'requeue',
            ] as const);
            await chair
              .command({ type: 'statement.moderate', statementId: pick(ids), action })
              .catch(() => null);
          }
        } else if (r < 0.88) {
          const s = pick(online);
          s?.client?.close();
        } else if (r < 0.985) await rejoinOne(seats, pick);
        else await storm.restart();
        await rejoin(seats[0]!);
      }

      // Everyone comes back and the room goes quiet.
      for (const s of seats) await rejoin(s);
      const room = storm.srv().registry.peek(seats[0]!.client!.room!.id)!;
      await new Promise((r) => setTimeout(r, 400));
      const expected = {
        chair: snapshotFor(room.state, 'chair').statements,
        public: snapshotFor(room.state, 'public').statements,
      };
      for (const s of seats) {
        const want = s.role === 'chair' ? expected.chair : expected.public;
        await s.client!.until(() => s.client!.seq === room.seq, 5000);
        const got = [...s.client!.statements.values()].sort((a, b) => a.id.localeCompare(b.id));
        expect(got, `${s.role} ${s.participantId ?? ''}`).toEqual(
          [...want].sort((a, b) => a.id.localeCompare(b.id)),
        );
        if (s.participantId) {
          const mine = mineFor(room.state, s.participantId);
          const c = s.client!;
          await c.until(() => c.mine.hearted.length === mine.hearted.length, 5000);
          expect([...c.mine.hearted].sort()).toEqual([...mine.hearted].sort());
          const pairs = (xs: { id: string; status: string }[]) =>
            xs.map((o) => `${o.id}:${o.status}`).sort();
          expect(pairs(c.mine.own)).toEqual(pairs(mine.own));
        }
      }
      console.warn(
        `chaos seed ${seed}: ${ids.length} statements, seq ${room.seq}, ${storm.restarts()} restarts`,
      );
      for (const s of seats) s.client?.close();
      await storm.stop();
    },
    120_000,
  );
});
