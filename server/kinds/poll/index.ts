// The poll: single or multiple choice, scale or word cloud, in rounds, with "why" lines (POLL-*).

import type { MyVote, PollActivity } from '../../../shared/model.js';
import { ErrorCode } from '../../../shared/protocol.js';
import { PollConfigPatchSchema } from '../../../shared/schema.js';
import * as v from 'valibot';
import { cleanText } from '../../domain/text.js';
import { fail, ok, type Dirty } from '../../domain/types.js';
import { statementRows } from '../csv.js';
import type { ActivityKind } from '../kind.js';
import { roundParticipation } from '../rounds.js';
import { pollHarvest, pollHtml, pollMarkdown, pollRows } from './export.js';
import { applyPoll, decidePoll, findPoll, type PollCommand, type PollEvent } from './poll.js';
import { newPollConfig, pollPatch } from './poll-config.js';

export const poll: ActivityKind<'poll', PollCommand, PollEvent> = {
  kind: 'poll',
  create(state, cmd, order) {
    const config = newPollConfig(state.language, cmd.config);
    if (!config.ok) return config;
    const base = { id: cmd.id, title: cleanText(cmd.title), order };
    return ok({
      ...base,
      kind: 'poll',
      config: config.value,
      state: 'draft',
      revealed: false,
      round: 1,
    });
  },
  patch: (_state, a, patch) =>
    v.is(PollConfigPatchSchema, patch)
      ? pollPatch(a, patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a poll', 'config'),
  created(state, a) {
    state.polls.set(a.id, { rounds: [new Map()], removedWords: new Set() });
  },
  update(state, a, patch) {
    const config = { ...a.config, ...(patch as Partial<PollActivity['config']>) };
    state.activities.set(a.id, { ...a, config });
    const dirty: Dirty[] = [
      { kind: 'activity', id: a.id },
      { kind: 'poll', id: a.id },
    ];
    // Showing or hiding the "why" lines changes what the public roles may see of them.
    if (config.showWhy !== a.config.showWhy) {
      for (const st of state.statements.values()) {
        if (st.activityId === a.id) dirty.push({ kind: 'statement', id: st.id });
      }
    }
    return dirty;
  },
  commands: { 'poll.vote': true, 'poll.control': true, 'cloud.remove': true },
  events: { 'poll.voted': true, 'poll.controlled': true, 'cloud.removed': true },
  decide: decidePoll,
  apply: (state, e, change) => applyPoll(state, e, change.at),
  mine(state, participantId) {
    const votes: MyVote[] = [];
    for (const [pollId, runtime] of state.polls) {
      const poll = findPoll(state, pollId);
      if (!poll) continue;
      const choice = runtime.rounds[poll.round - 1]?.get(participantId);
      // Not yet voted again in a new round: the previous choice, so the phone can remind of it.
      const before =
        poll.round > 1 ? runtime.rounds[poll.round - 2]?.get(participantId) : undefined;
      if (choice) votes.push({ pollId, round: poll.round, ...choice });
      else if (before) votes.push({ pollId, round: poll.round - 1, ...before });
    }
    return { votes };
  },
  harvest: pollHarvest,
  markdown: pollMarkdown,
  csvRows: (base, a) => [...pollRows(base, a), ...statementRows(base, a.statements)],
  reportHtml: pollHtml,
  contributed: (a) => a.rounds.some((r) => r.voters > 0),
  participation: (state, people) => roundParticipation(state.polls.values(), people),
};
