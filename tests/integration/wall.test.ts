import { describe, expect, it, onTestFinished } from 'vitest';
import { TestClient } from '../helpers/ws-client.js';
import { postStatement, useEvent } from '../helpers/scenario.js';

const scene = useEvent('Ronde tafel');
const { srv, ev } = scene;
const participant = (n: number) => scene.participant(`participant-${n}-xyz`);

describe('wall over real sockets', () => {
  it('[WALL-2][WALL-3] participant posts → chair approves → projector and others receive', async () => {
    const chair = await scene.chair();
    const projector = await scene.projector();
    const alice = await participant(1);
    const bob = await participant(2);
    const wallId = alice.currentWallId();

    const id = await postStatement(alice, 'Meer burgerkracht', { activityId: wallId });

    await chair.until(() => chair.statements.get(id)?.status === 'pending');
    await alice.until(() => alice.mine.own.some((s) => s.id === id && s.status === 'pending'));
    // The pending statement must not have reached the public roles, not even as an id.
    await Promise.all([projector, bob, alice].map((c) => c.settle()));
    for (const c of [projector, bob, alice]) {
      expect(c.statements.has(id)).toBe(false);
      expect(
        JSON.stringify(c.messages.filter((m) => m.type !== 'mine' && m.type !== 'ack')),
      ).not.toContain(id);
    }

    const t0 = performance.now();
    const modAck = await chair.command({
      type: 'statement.moderate',
      statementId: id,
      action: 'approve',
    });
    expect(modAck.type).toBe('ack');
    await projector.until(() => projector.statements.get(id)?.text === 'Meer burgerkracht');
    const approveToProjectorMs = performance.now() - t0;
    await bob.until(() => bob.statements.has(id));
    console.warn(`approve → projector: ${approveToProjectorMs.toFixed(1)} ms`);

    // Hiding it removes it from the public views.
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'hide' });
    await projector.until(() => !projector.statements.has(id));
    await bob.until(() => !bob.statements.has(id));
  });

  it('[WALL-4] hearts are counted once per participant, from many sockets', async () => {
    const chair = await scene.chair();
    const author = await participant(10);
    const wallId = author.currentWallId();
    const id = await postStatement(author, 'Niet vinken, maar vonken', { activityId: wallId });
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });

    const fans = await Promise.all([11, 12, 13, 14, 15].map((n) => participant(n)));
    // Each fan hearts three times, two from a second socket with the same participant id.
    const twins = await Promise.all([11, 12].map((n) => participant(n)));
    await Promise.all(
      [...fans, ...twins].flatMap((f) =>
        [1, 2].map(() => f.command({ type: 'heart.set', statementId: id, on: true })),
      ),
    );
    await chair.until(() => chair.statements.get(id)?.hearts === 5);
    await fans[0]!.command({ type: 'heart.set', statementId: id, on: false });
    await chair.until(() => chair.statements.get(id)?.hearts === 4);
    const projector = await scene.projector();
    expect(projector.statements.get(id)?.hearts).toBe(4);
    await fans[1]!.until(() => fans[1]!.mine.hearted.includes(id));
  });

  it('[PROTO-3] the same command id twice is one statement, acknowledged twice', async () => {
    const chair = await scene.chair();
    const p = await participant(20);
    const cmd = {
      type: 'statement.submit' as const,
      id: 'retry-id-123',
      activityId: p.currentWallId(),
      text: 'Twee keer',
    };
    const first = await p.command(cmd);
    const second = await p.command(cmd);
    expect(first).toMatchObject({ type: 'ack', id: 'retry-id-123' });
    expect(second).toMatchObject({
      type: 'ack',
      id: 'retry-id-123',
      duplicate: true,
      seq: (first as { seq: number }).seq,
    });
    await chair.until(() => chair.statements.has('retry-id-123'));
    expect([...chair.statements.values()].filter((s) => s.text === 'Twee keer')).toHaveLength(1);
  });

  it('[WALL-1][PROTO-1] bad frames get coded errors and the connection survives', async () => {
    const p = await participant(30);
    const wallId = p.currentWallId();
    const cases: [string, string][] = [
      ['not json', 'bad_frame'],
      ['[1,2]', 'bad_frame'],
      [JSON.stringify({ type: 'nope', id: 'x1' }), 'unknown_type'],
      [JSON.stringify({ type: 'statement.submit', id: 'x2', activityId: wallId }), 'invalid'],
      [
        JSON.stringify({ type: 'statement.submit', id: 'x3', activityId: wallId, text: '   ' }),
        'text_empty',
      ],
      [
        JSON.stringify({
          type: 'statement.submit',
          id: 'x4',
          activityId: wallId,
          text: 'x'.repeat(141),
        }),
        'text_too_long',
      ],
      [
        JSON.stringify({
          type: 'statement.moderate',
          id: 'x5',
          statementId: 'a',
          action: 'approve',
        }),
        'forbidden',
      ],
      [JSON.stringify({ type: 'ping', t: 1, extra: 'x'.repeat(20_000) }), 'too_large'],
    ];
    for (const [raw, code] of cases) {
      const from = p.messages.length;
      p.sendRaw(raw);
      const err = await p.waitFor((m) => m.type === 'error', 3000, from);
      expect(err, raw.slice(0, 40)).toMatchObject({ type: 'error', code });
    }
    const from = p.messages.length;
    p.send({ type: 'ping', t: 42 });
    await p.waitFor((m) => m.type === 'pong' && m.t === 42, 3000, from);
    expect(p.closed).toBeNull();
  });

  it('[ROLE-1] a wrong chair secret is refused and sees nothing', async () => {
    const c = await scene.connect({ role: 'chair', key: 'wrong' });
    await c.until(() => c.closed !== null);
    expect(c.closed?.code).toBe(4001);
    expect(c.messages.map((m) => m.type)).toEqual(['error']);
    const page = await fetch(`${srv.url}/c/${ev.code}?k=wrong`);
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('Meer burgerkracht');
  });

  it('[PROTO-6] a client with another protocol version is told to reload', async () => {
    const c = await TestClient.open(srv.url);
    onTestFinished(() => c.close());
    c.send({ type: 'hello', protocol: 999, role: 'projector', eventCode: ev.code });
    await c.until(() => c.closed !== null);
    expect(c.closed?.code).toBe(4002);
  });

  it('[PROTO-2] every server message carries the seq', async () => {
    const p = await participant(40);
    for (const m of p.messages) expect(typeof m.seq).toBe('number');
  });
});
