import { describe, expect, it } from 'vitest';
import { useEvent } from '../helpers/scenario.js';

const scene = useEvent(undefined, {
  profanityWords: ['prutser'],
  rateLimits: {
    post: { capacity: 3, perSecond: 0.5 },
    vote: { capacity: 30, perSecond: 10 },
    ipCommands: { capacity: 1000, perSecond: 100 },
    ipJoins: { capacity: 1000, perSecond: 100 },
  },
});
const { srv } = scene;

describe('abuse limits over real sockets', () => {
  it('[ABUSE-3] a statement with abuse waits for the chair even under post-moderation', async () => {
    const chair = await scene.chair();
    const projector = await scene.projector();
    const p = await scene.participant('abuse-p1-xyz');
    const wallId = chair.currentWallId();
    await chair.command({
      type: 'activity.update',
      activityId: wallId,
      config: { moderation: 'post' },
    });
    const bad = await p.command({
      type: 'statement.submit',
      activityId: wallId,
      text: 'Wat een kutplan',
    });
    const cfg = await p.command({
      type: 'statement.submit',
      activityId: wallId,
      text: 'Die prutser!',
    });
    const good = await p.command({
      type: 'statement.submit',
      activityId: wallId,
      text: 'Meer burgerkracht',
    });
    const [badId, cfgId, goodId] = [bad, cfg, good].map((m) => (m as { id: string }).id);
    await projector.until(() => projector.statements.has(goodId!));
    await chair.until(() => chair.statements.get(badId!)?.flagged === true);
    expect(chair.statements.get(badId!)?.status).toBe('pending');
    expect(chair.statements.get(cfgId!)).toMatchObject({ status: 'pending', flagged: true });
    expect(projector.statements.has(badId!)).toBe(false);
    await p.until(() => p.mine.own.some((s) => s.id === badId && s.status === 'pending'));
  });

  it('[ABUSE-3] the chair extends the word filter for the room', async () => {
    const chair = await scene.chair();
    const p = await scene.participant('abuse-p2-xyz');
    const ack = await chair.command({ type: 'filter.words', words: ['wethouder Bakker'] });
    expect(ack.type).toBe('ack');
    await chair.until(() => chair.room?.filterWords?.includes('wethouder bakker') === true);
    expect(p.room?.filterWords).toBeUndefined();
    const st = await p.command({
      type: 'statement.submit',
      activityId: p.currentWallId(),
      text: 'Wethouder Bakker moet weg',
    });
    await chair.until(() => chair.statements.get((st as { id: string }).id)?.flagged === true);
    const denied = await p.command({ type: 'filter.words', words: [] });
    expect(denied).toMatchObject({ type: 'error', code: 'forbidden' });
  });

  it('[ABUSE-1] a participant posting too fast gets rate_limited with a retry-after; nothing stored', async () => {
    const p = await scene.participant('abuse-p3-xyz');
    const wallId = p.currentWallId();
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(
        await p.command({ type: 'statement.submit', activityId: wallId, text: `Snel ${i}` }),
      );
    }
    expect(results.slice(0, 3).map((m) => m.type)).toEqual(['ack', 'ack', 'ack']);
    expect(results[3]).toMatchObject({ type: 'error', code: 'rate_limited' });
    expect((results[3] as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    const room = srv.registry.peek(srv.registry.all().next().value!.id)!;
    expect(
      [...room.state.statements.values()].filter((s) => s.text.startsWith('Snel')),
    ).toHaveLength(3);
  });
});
