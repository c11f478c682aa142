// The wall on the phone: approved statements with their hearts, in the chair's order.
import type { StatementView } from '../../../shared/model.js';
import { sortForWall, type WallOrder } from '../../../shared/wall-order.js';
import { useAnnounceNew } from '../../components/Announcer.js';
import { hearts as heartsLabel, t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';
import { approvedOf } from '../../lib/store.js';
import type { HeartState } from '../../participant/toggles.js';
import { formatNumber } from '../../lib/poll.js';
import { PhoneList, usePaged } from '../../participant/lists.js';

const PAGE = 100;

interface Props {
  activityId: string;
  /** The wall's `order`, as the beamer sorts it (WALL-10). */
  order: WallOrder | undefined;
  session: Session;
  hearts: HeartState;
}

/**
 * The approved wall, pinned first then in the chair's order (newest first unless the wall says
 * otherwise, WALL-10); new items are announced (Announcer).
 */
export function WallList({ activityId, order, session, hearts }: Props) {
  const items = sortForWall(approvedOf(session.conn.view.statements.value, activityId), order);
  const { shown, more } = usePaged(items, PAGE);
  const own = session.conn.view.mine.value.own;
  useAnnounceNew(
    `wall:${activityId}`,
    items.map((s) => ({
      key: `statement:${s.id}`,
      text: t(own.has(s.id) ? 'announce.ownApproved' : 'announce.statement', { text: s.text }),
    })),
    (n) => t('announce.many', { n }),
  );
  return (
    <PhoneList
      id="wall-heading"
      title="wall.wallHeading"
      empty="wall.emptyWall"
      count={items.length}
      testId="wall"
      after={more}
    >
      {shown.map((s) => (
        <WallItem key={s.id} statement={s} hearts={hearts} />
      ))}
    </PhoneList>
  );
}

function WallItem({ statement: s, hearts }: { statement: StatementView; hearts: HeartState }) {
  const on = hearts.isOn(s.id);
  const count = hearts.count(s);
  return (
    <li
      class={s.pinned ? 'wall-item wall-item--pinned' : 'wall-item'}
      data-testid="wall-item"
      data-id={s.id}
    >
      {s.pinned && <p class="badge">{t('wall.pinned')}</p>}
      <p class="wall-item__text">{s.text}</p>
      <div class="wall-item__meta">
        <span class="wall-item__name">{s.name ?? t('wall.anonymous')}</span>
        <button
          type="button"
          class={on ? 'heart heart--on' : 'heart'}
          data-testid="heart-button"
          aria-pressed={on ? 'true' : 'false'}
          aria-label={t('wall.heartFor', { text: firstWords(s.text) })}
          onClick={() => hearts.toggle(s)}
        >
          <span class="heart__icon" aria-hidden="true">
            {on ? '♥' : '♡'}
          </span>
          <span class="heart__count" data-testid="heart-count" aria-hidden="true">
            {formatNumber(count, 0)}
          </span>
        </button>
        <span class="vh">{heartsLabel(count)}</span>
      </div>
    </li>
  );
}

/** The first words of a statement, so each heart button says which statement it is for. */
export function firstWords(text: string, max = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : words.join(' ');
}
