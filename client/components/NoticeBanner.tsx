// The organizer's notice as each screen shows it (NOTICE-3, NOTICE-4): a banner across the
// projector, readable from the back row; a banner on the phone in a status region, so a screen
// reader says it; a bar in the chair console with the "Gezien" button that confirms it.

import type { RoomView } from '../../shared/model.js';
import { noticeFor } from '../../shared/notice.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import './notice-banner.css';

/** The projector's banner; nothing while the room has no notice for projectors. */
export const ProjectorNotice = ({ room }: { room: RoomView | null }) => (
  <HallNotice room={room} screen="projector" />
);

/**
 * The speaker's banner: the speaker screen is a screen in the hall, so it shows what is meant for
 * the projectors, in its own dark colours and in the flow under its top bar.
 */
export const SpeakerNotice = ({ room }: { room: RoomView | null }) => (
  <HallNotice room={room} screen="speaker" />
);

function HallNotice({ room, screen }: { room: RoomView | null; screen: 'projector' | 'speaker' }) {
  const n = noticeFor(room?.notice, 'projectors');
  if (!n) return null;
  return (
    <div class={`room-notice room-notice--${screen}`} role="status" data-testid="room-notice">
      <p class="room-notice__text">{n.text}</p>
    </div>
  );
}

/** The phone's banner; its status region is always there, so what appears in it is announced. */
export function PhoneNotice({ room }: { room: RoomView | null }) {
  const n = noticeFor(room?.notice, 'phones');
  return (
    <div class="room-notice-region" role="status">
      {n && (
        <p class="room-notice room-notice--phone" data-testid="room-notice">
          <span class="room-notice__label">{t('roomNotice.label')}</span>{' '}
          <span class="room-notice__text">{n.text}</span>
        </p>
      )}
    </div>
  );
}

/** The chair's bar: the notice and "Gezien", then "Bevestigd" once the server has it. */
export function ChairNotice({ room, outbox }: { room: RoomView | null; outbox: Outbox }) {
  const n = noticeFor(room?.notice, 'chairs');
  return (
    <div class="room-notice-region" role="status">
      {n && (
        <div
          class="room-notice room-notice--chair"
          data-testid="room-notice"
          data-seen={n.seenAt !== null ? 'true' : 'false'}
        >
          <p>
            <span class="room-notice__label">{t('roomNotice.label')}</span>{' '}
            <span class="room-notice__text">{n.text}</span>
          </p>
          {n.seenAt === null ? (
            <button
              type="button"
              class="btn btn--primary"
              data-testid="room-notice-seen"
              onClick={() => outbox.push({ type: 'notice.seen', noticeId: n.id })}
            >
              {t('roomNotice.seen')}
            </button>
          ) : (
            <span class="room-notice__done" data-testid="room-notice-confirmed">
              ✓ {t('roomNotice.confirmed')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
