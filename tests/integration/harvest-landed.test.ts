import { describe, expect, it } from 'vitest';
import { addRooms } from '../helpers/report-event.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

describe('the room chair learns the harvest arrived', () => {
  it('[CHAIR-11][HARVEST-1] "landed" follows the plenary: on once it holds the item, off when taken back', async () => {
    const ev = await srv.createEvent('Aangekomen');
    const [t7] = await addRooms(srv, ev.code, 'naam\nTafel 7\n');
    const chair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: t7!.id,
      key: t7!.key,
    });
    const plenary = await asChair(srv, ev);
    const p = await asParticipant(srv, ev, 'landed-p7', { roomId: t7!.id });
    const { id } = (await p.command({
      type: 'statement.submit',
      activityId: p.currentWallId(),
      text: 'Een huiskamer in elke buurt',
    })) as { id: string };
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    await chair.command({ type: 'statement.harvest', statementId: id, on: true });
    await chair.until(() => chair.statements.get(id)?.landed === true, 10_000);
    // By then the plenary holds it, approved.
    const onPlenary = () =>
      [...plenary.statements.values()].find((s) => s.text.includes('huiskamer'));
    await plenary.until(() => onPlenary()?.status === 'approved', 10_000);

    await chair.command({ type: 'statement.harvest', statementId: id, on: false });
    await chair.until(() => chair.statements.get(id)?.harvested === false, 10_000);
    await chair.until(() => chair.statements.get(id)?.landed === false, 10_000);
    await plenary.until(() => onPlenary()?.status === 'hidden', 10_000);
    // Sent again: the same item comes back and "landed" returns.
    await chair.command({ type: 'statement.harvest', statementId: id, on: true });
    await chair.until(() => chair.statements.get(id)?.landed === true, 10_000);
    expect(
      [...plenary.statements.values()].filter((s) => s.text.includes('huiskamer')),
    ).toHaveLength(1);
    chair.close();
    plenary.close();
    p.close();
  });
});
