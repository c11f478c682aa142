// Setting up polls over real sockets, as the chair's screen does it.

import type { PollConfig } from '../../shared/model.js';
import type { ServerMessage } from '../../shared/protocol.js';
import dilemmas from '../fixtures/dilemmas.json' with { type: 'json' };
import type { TestClient } from './ws-client.js';

export const DILEMMA = dilemmas[0]!;

/** The first dilemma of the fixtures as a poll config, with options d0, d1. */
export function dilemmaConfig(): Partial<PollConfig> {
  return {
    pollKind: 'dilemma',
    question: DILEMMA.question,
    options: DILEMMA.options.map((o, i) => ({ id: `d${i}`, ...o })),
  };
}

/** Poll options named by their ids: `lettered('a', 'b')` is a: "A", b: "B". */
export const lettered = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

export function expectAck(msg: ServerMessage): void {
  if (msg.type !== 'ack') throw new Error(`expected ack, got ${JSON.stringify(msg)}`);
}

/** Creates a poll, puts it on screen and (unless told otherwise) opens it; returns its id. */
export async function startPoll(
  chair: TestClient,
  config: Partial<PollConfig>,
  open = true,
): Promise<string> {
  const created = await chair.command({
    type: 'activity.create',
    kind: 'poll',
    title: 'Stemming',
    config,
  });
  expectAck(created);
  const pollId = (created as { id: string }).id;
  expectAck(await chair.command({ type: 'activity.show', activityId: pollId }));
  if (open) expectAck(await chair.command({ type: 'poll.control', pollId, action: 'open' }));
  return pollId;
}

/** Every voter picks its one option on poll `pollId`; each vote must be acked. */
export async function castVotes(
  pollId: string,
  votes: readonly (readonly [TestClient, string])[],
): Promise<void> {
  for (const [who, option] of votes) {
    expectAck(await who.command({ type: 'poll.vote', pollId, optionIds: [option] }));
  }
}
