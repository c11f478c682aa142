// A poll's why carries the option it argues for, from the phone to the chair's queue, the
// public views and every export (POLL-13).

import { beforeAll, describe, expect, it } from 'vitest';
import { DILEMMA, dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { useEvent } from '../helpers/scenario.js';
import { chairKey } from '../helpers/server.js';
import type { TestClient } from '../helpers/ws-client.js';

let chair: TestClient;
let ann: TestClient;
let bob: TestClient;
const whys: Record<string, string> = {};

describe('the option of a why', () => {
  const scene = useEvent('Dilemmatafel');
  const { srv, ev } = scene;
  const key = () => chairKey(ev.chairUrl);
  beforeAll(async () => {
    chair = await scene.chair();
    const people = await Promise.all(
      ['why-ann-01', 'why-bob-02'].map((participantId) => scene.participant(participantId)),
    );
    ann = people[0]!;
    bob = people[1]!;
  });

  it("[POLL-13] a why is stamped with its author's choice; chair, public views and exports carry it", async () => {
    const pollId = await startPoll(chair, { ...dilemmaConfig(), askWhy: true, showWhy: true });
    for (const [who, option, text] of [
      [ann, 'd0', 'Snelheid voorkomt dat mensen afhaken'],
      [bob, 'd1', 'Zorgvuldig werken voorkomt fouten; die kosten later meer'],
    ] as const) {
      expectAck(await who.command({ type: 'poll.vote', pollId, optionIds: [option] }));
      const ack = await who.command({ type: 'statement.submit', activityId: pollId, text });
      expectAck(ack);
      whys[option] = (ack as { id: string }).id;
    }
    // The chair's queue knows the option before approving.
    await chair.waitFor(() => chair.statements.get(whys.d1!)?.optionIds !== undefined);
    expect(chair.statements.get(whys.d0!)?.optionIds).toEqual(['d0']);
    expect(chair.statements.get(whys.d1!)?.optionIds).toEqual(['d1']);
    for (const id of Object.values(whys)) {
      expectAck(
        await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
      );
    }
    // The public views carry it too: the phones and the beamer put the why under its option.
    await ann.waitFor(() => ann.statements.get(whys.d1!)?.status === 'approved');
    expect(ann.statements.get(whys.d1!)?.optionIds).toEqual(['d1']);

    const json = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.json?k=${key()}`)
    ).json()) as {
      rooms: {
        activities: { kind: string; statements: { text: string; options?: string[] }[] }[];
      }[];
    };
    const poll = json.rooms[0]!.activities.find((a) => a.kind === 'poll')!;
    const labelB = DILEMMA.options[1]!.label;
    expect(poll.statements.find((s) => s.text.startsWith('Zorgvuldig'))?.options).toEqual([labelB]);

    const csv = await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.csv?k=${key()}`)
    ).text();
    const row = csv.split('\r\n').find((l) => l.includes('Zorgvuldig werken'));
    expect(row).toContain(labelB);

    const md = await (await fetch(`${srv.url}/api/events/${ev.code}/export.md?k=${key()}`)).text();
    expect(md).toContain(`${labelB}: Zorgvuldig werken`);

    const report = await (await fetch(`${srv.url}/r/${ev.code}?k=${key()}`)).text();
    expect(report).toContain(labelB);
  });
});
