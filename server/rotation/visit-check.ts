// A chair's visit start checked against the event's rotation plan (ROT-34): the group must be in
// the plan, the slot must exist, and the plan must bring that group here in that slot, unless
// the chair says the group is here anyway (`override`: the group came to the wrong table, or
// the plan changed on the day). The group's name and number are the plan's, whatever the client
// sent. Without a plan a chair may start any visit (ROT-7).

import { ErrorCode, type VisitStart } from '../../shared/protocol.js';
import { locationName, visitOf, type RotationPlan } from '../../shared/rotation.js';
import type { RoomRecord } from '../store/types.js';

export type VisitCheck =
  { ok: true; cmd: VisitStart } | { ok: false; code: ErrorCode; message: string; field: string };

export function checkVisitStart(
  plan: RotationPlan | null,
  rooms: readonly RoomRecord[],
  roomId: string,
  cmd: VisitStart,
): VisitCheck {
  if (!plan) return { ok: true, cmd };
  const group = plan.groups.find((g) => g.id === cmd.groupId);
  if (!group)
    return {
      ok: false,
      code: ErrorCode.UnknownGroup,
      message: `group ${cmd.groupId} is not in the event's rotation plan`,
      field: 'groupId',
    };
  if (cmd.slot >= plan.slots.length)
    return {
      ok: false,
      code: ErrorCode.Invalid,
      message: `the plan has ${plan.slots.length} slots; slot ${cmd.slot + 1} does not exist`,
      field: 'slot',
    };
  const planned = visitOf(plan, group.id, cmd.slot);
  if (planned?.roomId !== roomId && cmd.override !== true) {
    const room = planned && rooms.find((r) => r.id === planned.roomId);
    return {
      ok: false,
      code: ErrorCode.VisitElsewhere,
      message: room
        ? `the plan puts ${group.name} at ${locationName(room)} in slot ${cmd.slot + 1}`
        : `the plan has no visit of ${group.name} in slot ${cmd.slot + 1}`,
      field: 'groupId',
    };
  }
  return { ok: true, cmd: { ...cmd, groupName: group.name, groupNumber: group.number } };
}
