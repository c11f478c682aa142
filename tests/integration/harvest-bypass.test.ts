import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chairKey, startTestServer, type TestServer } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.stop();
});

interface RoomLinks {
  id: string;
  name: string;
  chairUrl: string;
}

describe('the harvest cannot be pre-empted', () => {
  it('[AUTH-6][HARVEST-1] a participant who claims a harvested id in the plenary gets nothing on the plenary screen', async () => {
    const ev = await srv.createEvent('Oogst onder vuur');
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'text/csv' },
      body: 'naam\nTafel 9',
    });
    const [t9] = ((await res.json()) as { rooms: RoomLinks[] }).rooms as [RoomLinks];
    const attacker = await TestClient.connect(srv.url, {
      role: 'participant',
      eventCode: ev.code,
      participantId: 'attacker-1',
    });
    const plenaryChair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      key: chairKey(ev.chairUrl),
    });
    const chair9 = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: t9.id,
      key: chairKey(t9.chairUrl),
    });
    const victim = await TestClient.connect(srv.url, {
      role: 'participant',
      eventCode: ev.code,
      roomId: t9.id,
      participantId: 'victim-9',
    });
    const plenaryWall = attacker.currentWallId();

    // The attack: claim the id the harvested item will get, and the server's own change ids.
    const claims = [
      `${t9.id}.benign-1`,
      `${t9.id}.benign-1:h`,
      `harvest:${t9.id}:1`,
      'harvest:wall',
    ];
    for (const id of claims) {
      const answer = await attacker.command({
        type: 'statement.submit',
        id,
        activityId: plenaryWall,
        text: 'Gekaapt: dit had de plenaire nooit mogen halen',
      });
      expect(answer).toMatchObject({ type: 'error', code: 'invalid', field: 'id', id });
    }
    // An id that looks like the old name of the harvest wall's change is an ordinary id now.
    expect(
      await attacker.command({
        type: 'statement.submit',
        id: 'harvest-wall',
        activityId: plenaryWall,
        text: 'Gewoon een bijdrage',
      }),
    ).toMatchObject({ type: 'ack' });

    const posted = await victim.command({
      type: 'statement.submit',
      id: 'benign-1',
      activityId: victim.currentWallId(),
      text: 'Een buurtkamer in elke wijk',
    });
    expect(posted).toMatchObject({ type: 'ack' });
    await chair9.command({
      type: 'statement.moderate',
      statementId: 'benign-1',
      action: 'approve',
    });
    expect(
      await chair9.command({ type: 'statement.harvest', statementId: 'benign-1', on: true }),
    ).toMatchObject({ type: 'ack' });

    const itemId = `${t9.id}.benign-1`;
    await plenaryChair.until(() => plenaryChair.statements.get(itemId)?.status === 'approved');
    expect(plenaryChair.statements.get(itemId)).toMatchObject({
      text: 'Een buurtkamer in elke wijk',
      source: { roomId: t9.id, roomName: 'Tafel 9' },
    });
    const texts = [...plenaryChair.statements.values()].map((s) => s.text);
    expect(texts).not.toContain('Gekaapt: dit had de plenaire nooit mogen halen');
    // The attacker's own id on the plenary did not stop the harvest wall from being made.
    const wall = plenaryChair.activities.get(plenaryChair.statements.get(itemId)!.activityId);
    expect(wall?.kind === 'wall' && wall.config.harvest).toBe(true);
    for (const c of [attacker, plenaryChair, chair9, victim]) c.close();
  });
});
