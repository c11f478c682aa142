// Besides "Zet een stemming na dia N" (DECK-9): a Q&A or a wall after slide N as well (DECK-36),
// through the same split, so the pitch's questions or the hall's reactions stand in the flow.

import type { DeckActivity } from '../../../shared/deck-item.js';
import type { ActivityView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { splitDeck } from './split.js';

interface Props {
  deck: DeckActivity;
  after: number;
  agenda: ActivityView[];
  outbox: Outbox;
}

/** The button's text and the new item's title of each kind (the poll's is DeckSettings' own). */
const MORE = [
  { kind: 'qa', label: 'deck3.qaAfter', title: 'deck3.qaTitle' },
  { kind: 'wall', label: 'deck3.wallAfter', title: 'deck3.wallTitle' },
] as const;

export function DeckSplitMore({ deck: a, after, agenda, outbox }: Props) {
  const push = (c: Parameters<Outbox['push']>[0]) => outbox.push(c);
  return (
    <>
      {MORE.map((m) => (
        <button
          key={m.kind}
          type="button"
          class="btn"
          data-testid={`deck-split-${m.kind}`}
          onClick={() => splitDeck(push, a, after, agenda, t(m.title, { n: after }), m.kind)}
        >
          {t(m.label, { n: after })}
        </button>
      ))}
    </>
  );
}
