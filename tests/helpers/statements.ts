// Statements on a wall over real sockets, as the phones and the chair's queue make them: one
// posted and approved, or one the chair sees arrive (by its text) and approves; the wall's
// settings; a statement sent through a phone's page.

import type { Page } from 'playwright-core';
import { expectAck } from './polls.js';
import type { NewCommand, TestClient } from './ws-client.js';

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

type WallUpdate = Extract<NewCommand, { type: 'activity.update' }>['config'];

/** The chair changes its current wall's settings (moderation, length…); resolves with its id. */
export async function setWall(chair: TestClient, config: WallUpdate): Promise<string> {
  const activityId = chair.currentWallId();
  expectAck(await chair.command({ type: 'activity.update', activityId, config }));
  return activityId;
}

/** A phone's page posts a statement through its form, as a person does. */
export async function sendFromPhone(phone: Page, text: string): Promise<void> {
  await phone.getByTestId('statement-input').fill(text);
  await phone.getByTestId('send-button').click();
}
