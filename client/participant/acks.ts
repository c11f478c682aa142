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
    // An ack that changes nothing (its poll gone, its statement known) leaves the same object,
    // and a signal set to the same object tells nobody.
    if (s.kind === 'ack') conn.view.mine.value = acked(conn.view, s.cmd);
  });
}

function acked(view: ViewStore, cmd: CommandMessage): Mine {
  const mine = view.mine.value;
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
        ...waiting(cmd),
        pinned: false,
        hearts: 0,
        harvested: false,
        source: null,
        group: null,
        ...(cmd.phase !== undefined ? { phase: cmd.phase } : {}),
      };
      return { ...mine, own: new Map(mine.own).set(cmd.id, own) };
    }
    case 'question.ask': {
      // The status follows with the next `mine`; until then it waits, as most questions do.
      if (mine.questions.has(cmd.id)) return mine;
      const own: QuestionView = view.questions.value.get(cmd.id) ?? {
        ...waiting(cmd),
        answered: false,
        onStage: false,
        votes: 0,
        score: null,
      };
      return { ...mine, questions: new Map(mine.questions).set(cmd.id, own) };
    }
    case 'heart.set':
    case 'question.upvote': {
      const key = cmd.type === 'heart.set' ? 'hearted' : 'upvoted';
      const set = new Set(mine[key]);
      const id = cmd.type === 'heart.set' ? cmd.statementId : cmd.questionId;
      if (cmd.on) set.add(id);
      else set.delete(id);
      return { ...mine, [key]: set };
    }
    default:
      return mine;
  }
}

/** What an own statement or question is until the server says more: waiting for the chair. */
function waiting(cmd: { id: string; activityId: string; name?: string | null; text: string }) {
  return {
    id: cmd.id,
    activityId: cmd.activityId,
    name: cmd.name ?? null,
    text: cmd.text,
    status: 'pending' as const,
    edited: false,
    flagged: false,
    createdAt: Date.now(),
  };
}
