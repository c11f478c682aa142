// Statements on a wall over real sockets, as the phones and the chair's queue make them: one
// posted and approved, or one the chair sees arrive (by its text) and approves.

import { expectAck } from './polls.js';
import type { TestClient } from './ws-client.js';

/** The chair approves a statement; the command must be acknowledged. */
export async function approve(chair: TestClient, statementId: string): Promise<void> {
  expectAck(await chair.command({ type: 'statement.moderate', statementId, action: 'approve' }));
}

/** A participant posts to a wall (its current one unless told) and the chair approves it. */
export async function postApproved(
  poster: TestClient,
  chair: TestClient,
  text: string,
  activityId: string = poster.currentWallId(),
): Promise<string> {
  const ack = await poster.command({ type: 'statement.submit', activityId, text });
  expectAck(ack);
  const id = (ack as { id: string }).id;
  await approve(chair, id);
  return id;
}

/** Waits until the chair has the statement with this text (from a phone), then approves it. */
export async function approveText(chair: TestClient, text: string): Promise<void> {
  const find = () => [...chair.statements.values()].find((s) => s.text === text);
  await chair.until(() => find() !== undefined);
  await approve(chair, find()!.id);
}
