// The chair's wall column: what is on screen and what was taken off, harvest and labels.
import type { StatementView } from '../../../shared/model.js';
import { BoardItem, BoardList, RemovedList } from '../../chair/Board.js';
import type { Moderator } from '../../chair/moderation.js';
import { Button } from '../../components/Button.js';
import { hearts, t, type MessageKey } from '../../lib/i18n.js';

interface Props {
  wall: StatementView[];
  removed: StatementView[];
  moderator: Moderator;
  /** What the approved list is called: the wall, or a poll's "why" lines. */
  title?: MessageKey;
  empty?: MessageKey;
  /** A room (not the plenary): approved statements can go to the plenary. */
  canHarvest?: boolean;
}

/** What the projector shows, plus what was taken off it, each with a way back. */
export function WallPanel(props: Props) {
  const {
    wall,
    removed,
    moderator,
    title = 'chair.wall',
    empty = 'chair.wallEmpty',
    canHarvest = false,
  } = props;
  return (
    <>
      <BoardList title={title} empty={empty} count={wall.length} testId="chair-wall">
        {wall.map((s) => (
          <BoardItem
            key={s.id}
            id={s.id}
            testId="wall-item"
            is={s.pinned && 'is-pinned'}
            badges={
              <>
                {s.pinned && <p class="badge">{t('chair.pinned')}</p>}
                {s.source && (
                  <p class="badge badge--room" data-testid="source-room">
                    {t('wall.from', { room: s.source.roomName })}
                  </p>
                )}
              </>
            }
            text={s.text}
            meta={
              <>
                {s.name ?? t('wall.anonymous')} · {hearts(s.hearts)}
                {s.edited ? ` · ${t('wall.edited')}` : ''}
              </>
            }
            actions={
              <>
                <Button
                  testId="pin-button"
                  pressed={s.pinned}
                  onClick={() => moderator.act(s, s.pinned ? 'unpin' : 'pin')}
                >
                  {t(s.pinned ? 'chair.unpin' : 'chair.pin')}
                </Button>
                <Button
                  class="btn btn--danger"
                  testId="hide-button"
                  onClick={() => moderator.act(s, 'hide')}
                >
                  {t('chair.hide')}
                </Button>
                {canHarvest && <Harvest statement={s} moderator={moderator} />}
              </>
            }
          >
            {s.source && <GroupForm statement={s} moderator={moderator} />}
          </BoardItem>
        ))}
      </BoardList>
      <RemovedList
        id="removed-heading"
        title="chair.hidden"
        empty="chair.hiddenEmpty"
        count={removed.length}
      >
        {removed.map((s) => (
          <BoardItem
            key={s.id}
            id={s.id}
            testId="removed-item"
            is="is-removed"
            status={s.status}
            badges={
              <p class="badge">
                {t(s.status === 'hidden' ? 'chair.status.hidden' : 'chair.status.rejected')}
              </p>
            }
            text={s.text}
            meta={s.name ?? t('wall.anonymous')}
            actions={
              <Button
                testId="show-button"
                onClick={() => moderator.act(s, s.status === 'hidden' ? 'approve' : 'requeue')}
              >
                {t('chair.show')}
              </Button>
            }
          />
        ))}
      </RemovedList>
    </>
  );
}

/** A room's approved statement to the plenary and back, and whether it arrived there. */
function Harvest({ statement: s, moderator }: { statement: StatementView; moderator: Moderator }) {
  return (
    <>
      <Button
        class={s.harvested ? 'btn btn--ok' : 'btn'}
        testId="harvest-button"
        pressed={s.harvested}
        onClick={() => moderator.harvest(s, !s.harvested)}
      >
        {t(s.harvested ? 'chair.harvested' : 'chair.harvest')}
      </Button>
      {s.harvested && (
        <span
          class={s.landed ? 'badge badge--ok' : 'badge'}
          role="status"
          data-testid="harvest-state"
          data-landed={s.landed ? 'true' : 'false'}
        >
          {s.landed ? t('chair.landed') : t('chair.sending')}
        </span>
      )}
    </>
  );
}

/** The plenary chair files harvested items under a label ("Geld", "Samenwerking"…). */
function GroupForm({ statement, moderator }: { statement: StatementView; moderator: Moderator }) {
  const id = `group-${statement.id}`;
  return (
    <form
      class="group-form"
      onSubmit={(e) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
          'group',
        ) as HTMLInputElement;
        moderator.act(statement, 'group', input.value);
      }}
    >
      <label for={id}>{t('chair.group')}</label>
      <input
        id={id}
        name="group"
        type="text"
        maxLength={40}
        value={statement.group ?? ''}
        data-testid="group-input"
      />
      <button type="submit" class="btn btn--small" data-testid="group-button">
        {t('chair.groupSave')}
      </button>
    </form>
  );
}
