// A seeded storm on two pitches' Q&As: questions, upvotes from several devices, moderation,
// merges, opening and closing, switching the screen, disconnects and restarts. At the end
// every client's view must equal what the server says its role may see.

import { describe, expect, it } from 'vitest';
import { mineFor, snapshotFor } from '../../server/domain/views.js';
import type { QuestionAction } from '../../shared/protocol.js';
import { rng, seats as makeSeats, useStormServer } from '../helpers/chaos.js';

const storm = useStormServer();

const byId = <T extends { id: string }>(xs: Iterable<T>) =>
  [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('Q&A resync under chaos', () => {
  it.each([7, 8, 9])(
    '[QA-3][QA-6][PROTO-5] seed %i: every client ends equal to the server',
    async (seed) => {
      const rand = rng(seed);
      const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
      const { connect, rejoin, rejoinOne } = await storm.start(`Q&A chaos ${seed}`);
      // Six people, two with a second device.
      const people = Array.from({ length: 6 }, (_, i) => `qa-chaos-${seed}-${i}`);
      const seats = makeSeats([...people, ...people.slice(0, 2)]);
      for (const s of seats) await connect(s);
      const chair = () => seats[0]!.client!;
      const wallId = chair().currentWallId();
      const qas: string[] = [];
      for (const pitch of ['Pitch een', 'Pitch twee']) {
        const ack = await chair().command({
          type: 'activity.create',
          kind: 'qa',
          title: '',
          config: { pitch, open: true, moderation: rand() < 0.5 ? 'pre' : 'post' },
        });
        qas.push((ack as { id: string }).id);
      }
      const questions: string[] = [];

      let pings = 0;
      /** Once the room is quiet, every connected client holds exactly what its role may see. */
      const check = async (end: boolean) => {
        const room = storm.srv().registry.peek(chair().room!.id)!;
        await new Promise((r) => setTimeout(r, 300));
        for (const s of seats) {
          const c = s.client;
          if (!c || c.closed) continue;
          const want = snapshotFor(room.state, s.role === 'chair' ? 'chair' : 'public');
          // A public client hears nothing of chair-only changes, so its seq may lag; a ping
          // answered after the quiet wait proves every earlier frame has arrived.
          const from = c.messages.length;
          const t = pings++;
          c.send({ type: 'ping', t });
          await c.waitFor((m) => m.type === 'pong' && m.t === t, 5000, from);
          const who = `${s.role} ${s.participantId ?? ''} ${end ? 'at the end' : 'midway'}`;
          expect(byId(c.questions.values()), who).toEqual(byId(want.questions));
          expect(byId(c.activities.values()), who).toEqual(byId(want.activities));
          if (s.participantId) {
            const mine = mineFor(room.state, s.participantId);
            const same = () =>
              [...c.mine.upvoted].sort().join() === [...mine.upvoted].sort().join();
            await c.until(same);
            expect(byId(c.mine.questions), who).toEqual(byId(mine.questions));
          }
        }
      };

      for (let n = 0; n < 300; n++) {
        const r = rand();
        const online = seats.filter((s) => s.client && !s.client.closed);
        const phone = pick(online.filter((x) => x.role === 'participant'))?.client;
        const c = chair();
        if (r < 0.2 && phone) {
          const ack = await phone
            .command({ type: 'question.ask', activityId: pick(qas)!, text: `Vraag ${n}` })
            .catch(() => null);
          if (ack?.type === 'ack') questions.push(ack.id);
        } else if (r < 0.45 && phone && questions.length) {
          await phone
            .command({ type: 'question.upvote', questionId: pick(questions)!, on: rand() < 0.8 })
            .catch(() => null);
        } else if (r < 0.65 && questions.length) {
          const action = pick<QuestionAction>([
            'approve',
            'approve',
            'approve',
            'reject',
            'requeue',
            'archive',
            'answer',
            'stage',
            'stage',
            'unstage',
          ])!;
          await c
            .command({ type: 'question.moderate', questionId: pick(questions)!, action })
            .catch(() => null);
        } else if (r < 0.7 && questions.length > 1) {
          await c
            .command({
              type: 'question.merge',
              questionId: pick(questions)!,
              intoId: pick(questions)!,
            })
            .catch(() => null);
        } else if (r < 0.77) {
          await c
            .command({
              type: 'activity.update',
              activityId: pick(qas)!,
              config: { open: rand() < 0.6 },
            })
            .catch(() => null);
        } else if (r < 0.83) {
          await c
            .command({ type: 'activity.show', activityId: pick([wallId, ...qas])! })
            .catch(() => null);
        } else if (r < 0.9) {
          pick(online.filter((s) => s.role !== 'chair'))?.client?.close();
        } else if (r < 0.985) await rejoinOne(seats, pick);
        else await storm.restart();
        await rejoin(seats[0]!);
        // Checks midway too: a later snapshot must not be what hides a missed update.
        if (n % 25 === 24) await check(false);
      }

      for (const s of seats) await rejoin(s);
      await check(true);
      const room = storm.srv().registry.peek(chair().room!.id)!;
      console.warn(
        `Q&A chaos seed ${seed}: ${questions.length} questions, seq ${room.seq}, ${storm.restarts()} restarts`,
      );
      for (const s of seats) s.client?.close();
      await storm.stop();
    },
    120_000,
  );
});
