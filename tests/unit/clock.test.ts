import { describe, expect, it } from 'vitest';
import { apply, emptyRoomState } from '../../server/domain/apply.js';
import { decideTimer } from '../../server/domain/clock.js';
import { decide } from '../../server/domain/decide.js';
import type { Actor, RoomState } from '../../server/domain/types.js';
import { zeroChanges } from '../../server/rooms/clock.js';
import {
  checkPlan,
  clockOffset,
  nowNext,
  type PlanItem,
  formatClock,
  timerPhase,
  timerRemaining,
  type TimerView,
} from '../../shared/clock.js';
import type { PollActivity, RoundActivity } from '../../shared/model.js';
import type { CommandMessage, TimerControl, TimerStart } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';

const chair: Actor = { role: 'chair' };
const phone: Actor = { role: 'participant', participantId: 'p1' };
const T0 = 1_800_000_000_000;
const MIN = 60_000;

function commitEvent(
  s: RoomState,
  event: ReturnType<typeof zeroChanges>[number]['event'],
  at: number,
) {
  apply(s, { roomId: 'r', seq: s.seq + 1, clientId: null, actor: chair, at, event });
}
function run(s: RoomState, cmd: CommandMessage) {
  const r = decide(s, chair, cmd);
  if (r.ok) commitEvent(s, r.value, T0);
  return r;
}
let n = 0;
function timer(
  s: RoomState,
  cmd: Omit<TimerStart, 'id' | 'type'> | Omit<TimerControl, 'id' | 'type'>,
  now: number,
  who = chair,
) {
  const full = (
    'action' in cmd
      ? { type: 'timer.control', id: `t${++n}`, ...cmd }
      : { type: 'timer.start', id: `t${++n}`, ...cmd }
  ) as TimerStart | TimerControl;
  const r = decideTimer(s, who, full, now);
  if (r.ok) commitEvent(s, r.value, now);
  return r;
}
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

function room(): RoomState {
  const s = emptyRoomState({
    id: 'r',
    eventId: 'e',
    name: 'Tafel 1',
    kind: 'room',
    currentActivityId: null,
  });
  run(s, {
    type: 'activity.create',
    id: 'poll1',
    kind: 'poll',
    title: 'Keuze',
    config: {
      pollKind: 'single',
      question: 'A of B?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    },
  });
  run(s, {
    type: 'activity.create',
    id: 'rd',
    kind: 'round',
    title: '',
    config: { dilemma: 'Wat doen we?' },
  });
  run(s, { type: 'activity.show', id: 'show', activityId: 'poll1' });
  run(s, { type: 'poll.control', id: 'open', pollId: 'poll1', action: 'open' });
  return s;
}

describe('the shared clock', () => {
  it('[CLOCK-1] a timer is a deadline: remaining time is derived, pause keeps the rest, resume sets a new deadline', () => {
    const s = room();
    expect(code(timer(s, { durationMs: 5 * MIN }, T0))).toBe('ok');
    const t1 = s.room.timer!;
    expect(t1).toMatchObject({ status: 'running', endsAt: T0 + 5 * MIN, activityId: 'poll1' });
    expect(timerRemaining(t1, T0 + 2 * MIN)).toBe(3 * MIN);
    expect(code(timer(s, { action: 'pause' }, T0 + 2 * MIN))).toBe('ok');
    expect(s.room.timer).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 3 * MIN });
    // Paused: the time does not run, however long the pause.
    expect(timerRemaining(s.room.timer!, T0 + 60 * MIN)).toBe(3 * MIN);
    expect(code(timer(s, { action: 'resume' }, T0 + 10 * MIN))).toBe('ok');
    expect(s.room.timer).toMatchObject({ status: 'running', endsAt: T0 + 13 * MIN });
    expect(code(timer(s, { action: 'add' }, T0 + 11 * MIN))).toBe('ok');
    expect(s.room.timer).toMatchObject({ endsAt: T0 + 14 * MIN, durationMs: 6 * MIN });
    expect(code(timer(s, { action: 'stop' }, T0 + 11 * MIN))).toBe('ok');
    expect(s.room.timer).toBeNull();
    expect(code(timer(s, { action: 'pause' }, T0))).toBe('no_timer');
  });

  it('[CLOCK-5] bad timers are refused with a code and change nothing', () => {
    const s = room();
    const seq = s.seq;
    expect(code(timer(s, { endsAt: T0 - 1 }, T0))).toBe('timer_in_past');
    expect(code(timer(s, { durationMs: -5000 }, T0))).toBe('out_of_range');
    expect(code(timer(s, { durationMs: 0 }, T0))).toBe('out_of_range');
    expect(code(timer(s, { durationMs: 12 * 60 * MIN + 1 }, T0))).toBe('out_of_range');
    expect(code(timer(s, { endsAt: T0 + 13 * 60 * MIN }, T0))).toBe('out_of_range');
    expect(code(timer(s, { durationMs: MIN, endsAt: T0 + MIN }, T0))).toBe('invalid');
    expect(code(timer(s, {}, T0))).toBe('invalid');
    expect(code(timer(s, { durationMs: MIN, activityId: 'nope' }, T0))).toBe('not_found');
    expect(code(timer(s, { durationMs: MIN, activityId: 'rd', phase: 3 }, T0))).toBe('not_found');
    expect(code(timer(s, { durationMs: MIN, activityId: 'poll1', phase: 0 }, T0))).toBe(
      'not_found',
    );
    expect(code(timer(s, { durationMs: MIN, activityId: null, atZero: 'close' }, T0))).toBe(
      'invalid',
    );
    expect(code(timer(s, { durationMs: MIN }, T0, phone))).toBe('forbidden');
    expect(s.seq).toBe(seq);
    expect(s.room.timer).toBeUndefined();
    timer(s, { durationMs: 11 * 60 * MIN }, T0);
    expect(code(timer(s, { action: 'add', ms: 2 * 60 * MIN }, T0))).toBe('out_of_range');
    // The parser refuses what is not a number or an unknown action.
    expect(
      parseClientMessage(JSON.stringify({ type: 'timer.start', id: 'x', durationMs: '5' })).ok,
    ).toBe(false);
    expect(
      parseClientMessage(JSON.stringify({ type: 'timer.control', id: 'x', action: 'rewind' })).ok,
    ).toBe(false);
  });

  it('[CLOCK-3] screens correct for their clock skew and agree on the time left', () => {
    const t: TimerView = {
      id: 't',
      rev: 0,
      activityId: null,
      durationMs: 5 * MIN,
      endsAt: T0 + 5 * MIN,
      remainingMs: 5 * MIN,
      status: 'running',
      atZero: 'none',
    };
    // A phone whose clock runs 42 s behind hears the welcome at server time T0; a projector
    // 7 s ahead pings at server time T0+50 and hears the pong (server time T0+100) at T0+150.
    const phoneOffset = clockOffset(T0, T0 - 42_000);
    const projectorOffset = clockOffset(T0 + 100, T0 + 7_150, T0 + 7_050);
    expect(phoneOffset).toBe(42_000);
    expect(projectorOffset).toBe(-7_000);
    // Two minutes later (server time), both show the same.
    const later = T0 + 2 * MIN;
    const onPhone = timerRemaining(t, later - 42_000 + phoneOffset);
    const onProjector = timerRemaining(t, later + 7_000 + projectorOffset);
    expect(formatClock(onPhone)).toBe('3:00');
    expect(onProjector).toBe(onPhone);
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(timerPhase(t, 2 * MIN)).toBe('calm');
    expect(timerPhase(t, MIN)).toBe('last');
    expect(timerPhase(t, 0)).toBe('zero');
  });

  it('[CLOCK-4] at zero the poll closes once; a second run finds nothing to do', () => {
    const s = room();
    timer(s, { durationMs: MIN, atZero: 'close' }, T0);
    expect(zeroChanges(s, T0 + MIN - 1)).toEqual([]);
    const due = zeroChanges(s, T0 + MIN);
    expect(due.map((c) => c.event.type)).toEqual(['poll.controlled', 'timer.set']);
    for (const c of due) commitEvent(s, c.event, T0 + MIN);
    expect((s.activities.get('poll1') as PollActivity).state).toBe('closed');
    expect(s.room.timer).toMatchObject({ status: 'done', remainingMs: 0 });
    expect(zeroChanges(s, T0 + 2 * MIN)).toEqual([]);
  });

  it('[CLOCK-4] advance at zero: a round to its next step, only while still at the timed step', () => {
    const s = room();
    run(s, { type: 'activity.show', id: 'show2', activityId: 'rd' });
    timer(s, { durationMs: MIN, activityId: 'rd', phase: 0, atZero: 'advance' }, T0);
    const due = zeroChanges(s, T0 + MIN);
    expect(due[0]!.event).toMatchObject({ type: 'round.controlled', phase: 1 });
    // The same ids again (a second instance, a restart) are the same changes.
    expect(zeroChanges(s, T0 + MIN).map((c) => c.clientId)).toEqual(due.map((c) => c.clientId));
    for (const c of due) commitEvent(s, c.event, T0 + MIN);
    expect((s.activities.get('rd') as RoundActivity).config.phase).toBe(1);
    // A chair who already moved on is not overruled.
    timer(s, { durationMs: MIN, activityId: 'rd', phase: 1, atZero: 'advance' }, T0);
    run(s, { type: 'round.control', id: 'c9', activityId: 'rd', phase: 2 });
    expect(zeroChanges(s, T0 + MIN).map((c) => c.event.type)).toEqual(['timer.set']);
  });

  it('[CLOCK-4] close at zero stops a wall and a round taking posts', () => {
    const s = room();
    run(s, { type: 'activity.create', id: 'w1', kind: 'wall', title: 'Muur', config: {} });
    for (const id of ['w1', 'rd']) {
      timer(s, { durationMs: MIN, activityId: id, atZero: 'close' }, T0);
      const due = zeroChanges(s, T0 + MIN);
      expect(due.map((c) => c.event.type)).toHaveLength(2);
      for (const c of due) commitEvent(s, c.event, T0 + MIN);
      const a = s.activities.get(id)!;
      expect(a.kind !== 'poll' && a.kind !== 'ranking' && a.config.open).toBe(false);
    }
  });

  it('[CLOCK-4] advance at zero on the last item of a poll shows the next agenda item', () => {
    const s = room();
    timer(s, { durationMs: MIN, atZero: 'advance' }, T0);
    const due = zeroChanges(s, T0 + MIN);
    expect(due[0]!.event).toMatchObject({ type: 'activity.shown', activityId: 'rd' });
  });
});

describe('the time plan', () => {
  const plan = [
    { label: 'Ronde 1', start: '10:00', end: '10:45' },
    { label: 'Opening', start: '09:30' },
    { label: 'Plenair', start: '11:00', end: '12:00' },
  ];

  it('[CLOCK-6] a plan is checked and sorted by start; bad items name their field', () => {
    const ok = checkPlan({ items: plan });
    expect(ok.ok && ok.items.map((p) => p.label)).toEqual(['Opening', 'Ronde 1', 'Plenair']);
    expect(checkPlan({})).toMatchObject({ ok: false, field: 'items' });
    expect(checkPlan({ items: [{ label: ' ', start: '09:00' }] })).toMatchObject({
      field: 'items.0.label',
    });
    expect(checkPlan({ items: [{ label: 'A', start: '9:00' }] })).toMatchObject({
      field: 'items.0.start',
    });
    expect(checkPlan({ items: [{ label: 'A', start: '24:00' }] })).toMatchObject({ ok: false });
    expect(checkPlan({ items: [{ label: 'A', start: '10:00', end: '09:59' }] })).toMatchObject({
      field: 'items.0.end',
    });
    expect(
      checkPlan({ items: Array.from({ length: 41 }, () => ({ label: 'A', start: '10:00' })) }),
    ).toMatchObject({ ok: false, field: 'items' });
  });

  it('[CLOCK-6] now and next follow the clock; an item with an end is over at its end', () => {
    const sorted = (checkPlan({ items: plan }) as { items: PlanItem[] }).items;
    const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    expect(nowNext(sorted, at('09:00'))).toMatchObject({ now: null, next: { label: 'Opening' } });
    expect(nowNext(sorted, at('09:59'))).toMatchObject({
      now: { label: 'Opening' },
      next: { label: 'Ronde 1' },
    });
    expect(nowNext(sorted, at('10:50'))).toMatchObject({ now: null, next: { label: 'Plenair' } });
    expect(nowNext(sorted, at('12:30'))).toMatchObject({ now: null, next: null });
  });
});
