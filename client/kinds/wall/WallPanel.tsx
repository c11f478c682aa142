// The chair's wall column: what is on screen and what was taken off, harvest and labels.
import type { ComponentChildren } from 'preact';
import type { StatementView } from '../../../shared/model.js';
import { hearts, t, type MessageKey } from '../../lib/i18n.js';
import type { Moderator } from '../../chair/moderation.js';

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
      <h2 id="wall-heading" class="section-title">
        {t(title)} <span class="count-pill">{wall.length}</span>
      </h2>
      {wall.length === 0 && <p class="muted">{t(empty)}</p>}
      <ul class="chair-wall" data-testid="chair-wall">
        {wall.map((s) => (
          <li
            key={s.id}
            class={s.pinned ? 'chair-wall__item is-pinned' : 'chair-wall__item'}
            data-testid="wall-item"
            data-id={s.id}
          >
            {s.pinned && <p class="badge">{t('chair.pinned')}</p>}
            {s.source && (
              <p class="badge badge--room" data-testid="source-room">
                {t('wall.from', { room: s.source.roomName })}
              </p>
            )}
            <p class="statement-text">{s.text}</p>
            <p class="statement-meta">
              {s.name ?? t('wall.anonymous')} · {hearts(s.hearts)}
              {s.edited ? ` · ${t('wall.edited')}` : ''}
            </p>
            <div class="actions">
              <button
                type="button"
                class="btn"
                data-testid="pin-button"
                aria-pressed={s.pinned ? 'true' : 'false'}
                onClick={() => moderator.act(s, s.pinned ? 'unpin' : 'pin')}
              >
                {t(s.pinned ? 'chair.unpin' : 'chair.pin')}
              </button>
              <button
                type="button"
                class="btn btn--danger"
                data-testid="hide-button"
                onClick={() => moderator.act(s, 'hide')}
              >
                {t('chair.hide')}
              </button>
              {canHarvest && (
                <button
                  type="button"
                  class={s.harvested ? 'btn btn--ok' : 'btn'}
                  data-testid="harvest-button"
                  aria-pressed={s.harvested ? 'true' : 'false'}
                  onClick={() => moderator.harvest(s, !s.harvested)}
                >
                  {t(s.harvested ? 'chair.harvested' : 'chair.harvest')}
                </button>
              )}
              {canHarvest && s.harvested && (
                <span
                  class={s.landed ? 'badge badge--ok' : 'badge'}
                  role="status"
                  data-testid="harvest-state"
                  data-landed={s.landed ? 'true' : 'false'}
                >
                  {s.landed ? t('chair.landed') : t('chair.sending')}
                </span>
              )}
            </div>
            {s.source && <GroupForm statement={s} moderator={moderator} />}
          </li>
        ))}
      </ul>
      <RemovedList
        id="removed-heading"
        title="chair.hidden"
        empty="chair.hiddenEmpty"
        count={removed.length}
      >
        {removed.map((s) => (
          <li
            key={s.id}
            class="chair-wall__item is-removed"
            data-testid="removed-item"
            data-id={s.id}
            data-status={s.status}
          >
            <p class="badge">
              {t(s.status === 'hidden' ? 'chair.status.hidden' : 'chair.status.rejected')}
            </p>
            <p class="statement-text">{s.text}</p>
            <p class="statement-meta">{s.name ?? t('wall.anonymous')}</p>
            <div class="actions">
              <button
                type="button"
                class="btn"
                data-testid="show-button"
                onClick={() => moderator.act(s, s.status === 'hidden' ? 'approve' : 'requeue')}
              >
                {t('chair.show')}
              </button>
            </div>
          </li>
        ))}
      </RemovedList>
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

interface RemovedProps {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  count: number;
  children: ComponentChildren;
}

/** What was taken off the screen (a wall's statements, a Q&A's questions), each with a way back. */
export function RemovedList({ id, title, empty, count, children }: RemovedProps) {
  return (
    <section class="removed" aria-labelledby={id}>
      <h3 id={id} class="section-title section-title--small">
        {t(title)} <span class="count-pill">{count}</span>
      </h3>
      {count === 0 && <p class="muted">{t(empty)}</p>}
      <ul class="chair-wall">{children}</ul>
    </section>
  );
}
