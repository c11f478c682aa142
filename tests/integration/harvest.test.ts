import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { chairKey, startTestServer } from '../helpers/server.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { TestClient } from '../helpers/ws-client.js';
import {
  asChair,
  asParticipant,
  asProjector,
  asRoomChair,
  postStatement,
  useTestServer,
} from '../helpers/scenario.js';

const srv = useTestServer();

describe('harvest to the plenary', () => {
  it('[HARVEST-3][DUR-1] a forward cut off by a crash is redone when the room is loaded again, once', async () => {
    const first = await startTestServer();
    const dataDir = first.dataDir;
    const ev = await first.createEvent('Oogst na een crash');
    const [t7] = (await addRooms(first, ev.code, 'naam\nTafel 7')) as [SeededRoom];
    const chair = await asRoomChair(first, ev, t7);
    const p = await asParticipant(first, ev, 'crash-p7', { roomId: t7.id });
    const id = await postStatement(p, 'Elke buurt een huiskamer');
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    await chair.until(() => chair.statements.get(id)?.status === 'approved');
    chair.close();
    p.close();
    await first.close();

    // The chair's "naar de plenaire" committed, and the process died before forwarding it:
    // the change is in the room's log, the plenary never heard of it.
    const store = openSqliteStore(join(dataDir, 'vonk.sqlite'));
    const seq = (await store.changesSince(t7.id, 0)).at(-1)!.seq;
    const appended = await store.append(t7.id, seq, {
      clientId: 'crash-harvest',
      actor: { role: 'chair' },
      at: Date.now(),
      event: { type: 'statement.harvested', statementId: id, on: true },
    });
    expect(appended.status).toBe('ok');
    await store.close();

    const onPlenary = (c: TestClient) =>
      [...c.statements.values()].filter((s) => s.text === 'Elke buurt een huiskamer');
    // Twice: the second load must find the forward done and add nothing.
    for (let load = 0; load < 2; load++) {
      const again = await startTestServer({ dataDir });
      try {
        const projector = await asProjector(again, ev);
        const plenaryChair = await asChair(again, ev);
        // The phone of table 7 comes back: its room is loaded, and the forward redone.
        const back = await asParticipant(again, ev, 'crash-p7', { roomId: t7.id });
        await plenaryChair.until(() => onPlenary(plenaryChair).length > 0, 3000);
        await new Promise((r) => setTimeout(r, 300));
        // Once, however often the room is loaded.
        expect(onPlenary(plenaryChair)).toHaveLength(1);
        expect(onPlenary(plenaryChair)[0]).toMatchObject({
          status: 'approved',
          source: { roomId: t7.id, roomName: 'Tafel 7' },
        });
        for (const c of [projector, plenaryChair, back]) c.close();
      } finally {
        await again.close();
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[HARVEST-1][HARVEST-2] a room chair harvests; the plenary shows it labelled with its room', async () => {
    const ev = await srv.createEvent('Oogst');
    const [t3, t4] = (await addRooms(srv, ev.code, 'naam\nTafel 3\nTafel 4')) as [
      SeededRoom,
      SeededRoom,
    ];
    const chair3 = await asRoomChair(srv, ev, t3);
    const p3 = await asParticipant(srv, ev, 'harvest-p3', { roomId: t3.id });
    const p4 = await asParticipant(srv, ev, 'harvest-p4', { roomId: t4.id });
    const plenaryChair = await asChair(srv, ev);
    const plenaryProjector = await asProjector(srv, ev);

    const id = await postStatement(p3, 'Maak een buurtbudget', { name: 'Fatima' });
    // Only approved statements go to the plenary.
    expect(
      await chair3.command({ type: 'statement.harvest', statementId: id, on: true }),
    ).toMatchObject({ type: 'error', code: 'invalid' });
    await chair3.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    expect(
      await chair3.command({ type: 'statement.harvest', statementId: id, on: true }),
    ).toMatchObject({ type: 'ack' });
    await chair3.until(() => chair3.statements.get(id)?.harvested === true);

    // The plenary chair sees it on the harvest wall, labelled with the room.
    await plenaryChair.until(() =>
      [...plenaryChair.statements.values()].some((s) => s.text === 'Maak een buurtbudget'),
    );
    const item = [...plenaryChair.statements.values()].find(
      (s) => s.text === 'Maak een buurtbudget',
    )!;
    expect(item).toMatchObject({
      status: 'approved',
      name: 'Fatima',
      source: { roomId: t3.id, roomName: 'Tafel 3' },
    });
    const wall = plenaryChair.activities.get(item.activityId)!;
    expect(wall.config).toMatchObject({ harvest: true, open: false });
    // A participant cannot post into the harvest wall.
    expect(p4.statements.size).toBe(0);

    // Once the plenary chair puts the harvest on screen, the projector shows it live.
    await plenaryChair.command({ type: 'activity.show', activityId: wall.id });
    await plenaryProjector.until(() => plenaryProjector.statements.has(item.id));
    const second = await p3.command({
      type: 'statement.submit',
      activityId: p3.currentWallId(),
      text: 'Vrijwilligers een stem geven',
    });
    const id2 = (second as { id: string }).id;
    await chair3.command({ type: 'statement.moderate', statementId: id2, action: 'approve' });
    const t0 = performance.now();
    await chair3.command({ type: 'statement.harvest', statementId: id2, on: true });
    await plenaryProjector.until(() =>
      [...plenaryProjector.statements.values()].some(
        (s) => s.text === 'Vrijwilligers een stem geven',
      ),
    );
    console.warn(`harvest → plenary projector: ${(performance.now() - t0).toFixed(1)} ms`);

    // The plenary chair groups and pins; taking it back in the room hides it on the plenary.
    await plenaryChair.command({
      type: 'statement.moderate',
      statementId: item.id,
      action: 'group',
      text: 'Geld',
    });
    await plenaryChair.command({ type: 'statement.moderate', statementId: item.id, action: 'pin' });
    await plenaryProjector.until(
      () =>
        plenaryProjector.statements.get(item.id)?.group === 'Geld' &&
        plenaryProjector.statements.get(item.id)?.pinned === true,
    );
    await chair3.command({ type: 'statement.harvest', statementId: id, on: false });
    await plenaryProjector.until(() => !plenaryProjector.statements.has(item.id));
    // Harvest again: the same item comes back, not a copy.
    await chair3.command({ type: 'statement.harvest', statementId: id, on: true });
    await plenaryProjector.until(() => plenaryProjector.statements.has(item.id));
    expect(
      [...plenaryChair.statements.values()].filter((s) => s.text === 'Maak een buurtbudget'),
    ).toHaveLength(1);

    // Room 4 never heard any of it; the plenary chair cannot harvest from the plenary.
    expect(JSON.stringify(p4.messages)).not.toContain('buurtbudget');
    expect(
      await plenaryChair.command({ type: 'statement.harvest', statementId: item.id, on: true }),
    ).toMatchObject({ code: 'not_in_room' });
    for (const c of [chair3, p3, p4, plenaryChair, plenaryProjector]) c.close();
  });

  it('[EXPORT-3] a room chair exports that room only; the organizer one room or all', async () => {
    const ev = await srv.createEvent('Verslag');
    const [a, b] = (await addRooms(srv, ev.code, 'naam\nTafel A\nTafel B')) as [
      SeededRoom,
      SeededRoom,
    ];
    const get = (q: string) => fetch(`${srv.url}/api/events/${ev.code}/export.json${q}`);
    const names = async (r: Response) =>
      ((await r.json()) as { rooms: { name: string }[] }).rooms.map((x) => x.name);
    expect(await names(await get(`?k=${chairKey(a.chairUrl)}`))).toEqual(['Tafel A']);
    expect((await get(`?k=${chairKey(a.chairUrl)}&room=${b.id}`)).status).toBe(403);
    expect(await names(await get(`?k=${chairKey(ev.chairUrl)}`))).toEqual([
      'Plenaire zaal',
      'Tafel A',
      'Tafel B',
    ]);
    expect(await names(await get(`?k=${chairKey(ev.chairUrl)}&room=${b.id}`))).toEqual(['Tafel B']);
    expect((await get(`?k=${chairKey(ev.chairUrl)}&room=nope`)).status).toBe(404);
    expect((await get('?k=wrong')).status).toBe(403);
    expect((await get('')).status).toBe(401);
  });
});
