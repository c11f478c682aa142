import { describe, expect, it } from 'vitest';
import { asChair, asParticipant, asRoomChair, useTestServer } from '../helpers/scenario.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';

const srv = useTestServer();

describe('the harvest cannot be pre-empted', () => {
  it('[AUTH-6][HARVEST-1] a participant who claims a harvested id in the plenary gets nothing on the plenary screen', async () => {
    const ev = await srv.createEvent('Oogst onder vuur');
    const [t9] = (await addRooms(srv, ev.code, 'naam\nTafel 9')) as [SeededRoom];
    const attacker = await asParticipant(srv, ev, 'attacker-1');
    const plenaryChair = await asChair(srv, ev);
    const chair9 = await asRoomChair(srv, ev, t9);
    const victim = await asParticipant(srv, ev, 'victim-9', { roomId: t9.id });
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
