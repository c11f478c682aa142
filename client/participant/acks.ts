// The phone's own commands count as its own from the ack on: the one place that writes them
// into the view's `mine` (a vote, a statement, a question, a heart, an upvote) until the server's
// next `mine`, which follows within a tick and wins.
import type { MyVote, QuestionView, StatementView } from '../../shared/model.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { normalizeWord } from '../../shared/words.js';
import type { Session } from '../lib/session.js';
import type { Mine, ViewStore } from '../lib/store.js';

/** Follows the outbox's acks for as long as the session lives. */
export function keepAcked({ conn, outbox }: Session): () => void {
  return outbox.onSettled((s) => {
    if (s.kind === 'ack') conn.view.patchMine((mine) => acked(conn.view, mine, s.cmd));
  });
}

function acked(view: ViewStore, mine: Mine, cmd: CommandMessage): Mine {
  switch (cmd.type) {
    case 'poll.vote': {
      const { pollId, optionIds, value, words } = cmd;
      const poll = view.activities.value.get(pollId);
      if (poll?.kind !== 'poll') return mine;
      const vote: MyVote = {
        pollId,
        round: poll.round,
        ...(optionIds ? { optionIds } : {}),
        ...(value !== undefined ? { value } : {}),
        ...(words ? { words: words.map(normalizeWord) } : {}),
      };
      return { ...mine, votes: new Map(mine.votes).set(pollId, vote) };
    }
    case 'statement.submit': {
      if (mine.own.has(cmd.id)) return mine;
      const own: StatementView = view.statements.value.get(cmd.id) ?? {
        id: cmd.id,
        activityId: cmd.activityId,
        name: cmd.name ?? null,
        text: cmd.text,
        status: 'pending',
        pinned: false,
        hearts: 0,
        edited: false,
        flagged: false,
        harvested: false,
        source: null,
        group: null,
        createdAt: Date.now(),
        ...(cmd.phase !== undefined ? { phase: cmd.phase } : {}),
      };
      return { ...mine, own: new Map(mine.own).set(cmd.id, own) };
    }
    case 'question.ask': {
      // The status follows with the next `mine`; until then it waits, as most questions do.
      if (mine.questions.has(cmd.id)) return mine;
      const own: QuestionView = view.questions.value.get(cmd.id) ?? {
        id: cmd.id,
        activityId: cmd.activityId,
        name: cmd.name ?? null,
        text: cmd.text,
        status: 'pending',
        answered: false,
        onStage: false,
        votes: 0,
        score: null,
        edited: false,
        flagged: false,
        createdAt: Date.now(),
      };
      return { ...mine, questions: new Map(mine.questions).set(cmd.id, own) };
    }
    case 'heart.set':
      return { ...mine, hearted: toggled(mine.hearted, cmd.statementId, cmd.on) };
    case 'question.upvote':
      return { ...mine, upvoted: toggled(mine.upvoted, cmd.questionId, cmd.on) };
    default:
      return mine;
  }
}

/** A set with one id in or out. */
function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
