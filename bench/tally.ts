// What a flush pays for a poll's results: `npx tsx bench/tally.ts` (or `npm run bench --
// --scenario tally`). One process, no sockets: a room with one poll and N voters, then 2,000
// more votes (changed votes from random voters), each followed by what a flush builds for the
// poll (the chair's and the public results view). Kept: the counts moved vote by vote (FAN-5);
// recount: every stored vote counted again (what each flush did before), plus the burst warning
// sorted again. Both include the vote itself (decide and apply). Prints CPU microseconds per
// flush, and the load average at the start.

import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { apply, emptyRoomState } from '../server/domain/apply.js';
import { decide } from '../server/domain/decide.js';
import { findPoll } from '../server/kinds/poll/poll.js';
import { BURST_FRESH_MS, BURST_WINDOW_MS } from '../server/kinds/poll/poll-identity.js';
import { tallyRound } from '../server/kinds/poll/poll-tally.js';
import type { Actor, PollRuntime, RoomState } from '../server/domain/types.js';
import { pollView } from '../server/domain/views.js';
import type { PollChoice, PollConfig } from '../shared/model.js';
import type { CommandMessage } from '../shared/protocol.js';

const OPTIONS = ['a', 'b', 'c', 'd'];
const FLUSHES = 2000;
const T0 = 1_700_000_000_000;

function commit(s: RoomState, actor: Actor, cmd: CommandMessage, at: number) {
  const r = decide(s, actor, cmd);
  if (!r.ok) throw new Error(`${cmd.type}: ${r.error.message}`);
  apply(s, { roomId: 'r', seq: s.seq + 1, clientId: cmd.id, actor, at, event: r.value });
}

function pollRoom(minIdentityAgeS: number): RoomState {
  const s = emptyRoomState({
    id: 'r',
    eventId: 'e',
    name: 'Zaal',
    kind: 'plenary',
    currentActivityId: null,
  });
  const chair: Actor = { role: 'chair' };
  commit(
    s,
    chair,
    {
      type: 'activity.create',
      id: 'c1',
      kind: 'poll',
      title: 'Stemming',
      config: {
        pollKind: 'single',
        question: 'Welke?',
        resultsMode: 'live',
        minIdentityAgeS,
        options: OPTIONS.map((id) => ({ id, label: id.toUpperCase() })),
      },
    } as CommandMessage,
    T0,
  );
  const pollId = [...s.activities.keys()].at(-1)!;
  commit(s, chair, { type: 'activity.show', id: 'c2', activityId: pollId }, T0);
  commit(s, chair, { type: 'poll.control', id: 'c3', pollId, action: 'open' }, T0);
  return s;
}

let n = 0;
function vote(s: RoomState, pollId: string, who: number, at: number) {
  const actor: Actor = { role: 'participant', participantId: `p${who}`, since: at - 5_000 };
  const cmd = {
    type: 'poll.vote',
    id: `v${++n}`,
    pollId,
    optionIds: [OPTIONS[(who + n) % OPTIONS.length]!],
  } as CommandMessage;
  commit(s, actor, cmd, at);
}

/** The counted votes as they were filtered before: a new map on every call. */
function countedBefore(config: PollConfig, runtime: PollRuntime, index: number) {
  const votes = runtime.rounds[index] ?? new Map<string, PollChoice>();
  const min = (config.minIdentityAgeS ?? 0) * 1000;
  const ages = runtime.ages?.[index];
  if (min <= 0 || !ages) return votes;
  const counted = new Map<string, PollChoice>();
  for (const [pid, choice] of votes) {
    const known = ages.get(pid);
    if (!known || known.age >= min) counted.set(pid, choice);
  }
  return counted;
}

/** The burst warning as it was computed before: every fresh identity sorted again. */
function burstSorted(s: RoomState, pollId: string): number {
  const ages = s.polls.get(pollId)?.ages?.[0];
  if (!ages) return 0;
  const issued = [...ages.values()]
    .filter((a) => a.age < BURST_FRESH_MS)
    .map((a) => a.since)
    .sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < issued.length; j++) {
    while (issued[j]! - issued[i]! > BURST_WINDOW_MS) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

function measure(voters: number, minIdentityAgeS: number, mode: 'kept' | 'recount') {
  const s = pollRoom(minIdentityAgeS);
  const pollId = [...s.activities.keys()].at(-1)!;
  for (let i = 0; i < voters; i++) vote(s, pollId, i, T0 + i);
  const poll = findPoll(s, pollId)!;
  const runtime = s.polls.get(pollId)!;
  pollView(s, pollId, 'chair');
  let sink = 0;
  const start = cpuUsage();
  for (let k = 0; k < FLUSHES; k++) {
    vote(s, pollId, Math.floor(Math.random() * voters), T0 + voters + k);
    if (mode === 'kept') {
      sink += pollView(s, pollId, 'chair')!.rounds.length;
      sink += pollView(s, pollId, 'public')!.rounds.length;
    } else {
      // What pollView did before, for the chair and the public view: filter the votes by age
      // and count them again; for the chair also the votes left out, and the burst sorted again.
      for (let role = 0; role < 2; role++) {
        sink += tallyRound(
          poll.config,
          countedBefore(poll.config, runtime, 0),
          1,
          new Set(),
        ).voters;
      }
      sink += countedBefore(poll.config, runtime, 0).size;
      sink += burstSorted(s, pollId);
    }
  }
  const used = cpuUsage(start);
  if (sink < 0) throw new Error('unreachable');
  return (used.user + used.system) / FLUSHES;
}

// Once unmeasured, so the first row does not pay for the JIT.
measure(500, 0, 'kept');
measure(500, 0, 'recount');
const rows: Record<string, unknown>[] = [];
const load = Number(loadavg()[0]!.toFixed(2));
for (const voters of [500, 2000, 5000, 10000]) {
  for (const minAge of [0, 30]) {
    rows.push({
      scenario: 'tally',
      voters,
      minIdentityAgeS: minAge,
      keptUsPerFlush: Math.round(measure(voters, minAge, 'kept') * 10) / 10,
      recountUsPerFlush: Math.round(measure(voters, minAge, 'recount') * 10) / 10,
      loadAverage: load,
    });
  }
}
for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
