// What the phone shows before the room's first snapshot: "connecting", or, without a network
// (a reload offline from the kept app shell, NET-4), the person's own posts still in the outbox
// and that they go out once there is a connection. Nothing of the room is shown: without the
// server there is nothing live to show.

import type { CommandMessage } from '../../shared/protocol.js';
import { t } from '../lib/i18n.js';
import type { Session } from '../lib/session.js';
import { MineItem } from './MineList.js';

type Post = Extract<CommandMessage, { type: 'statement.submit' | 'question.ask' }>;

function isPost(cmd: CommandMessage): cmd is Post {
  return cmd.type === 'statement.submit' || cmd.type === 'question.ask';
}

export function OfflineShell({ session }: { session: Session }) {
  const offline = session.conn.status.value === 'offline';
  const posts = session.outbox.pending.value.filter(isPost);
  if (!offline && posts.length === 0) return <p class="muted">{t('conn.connecting')}</p>;
  return (
    <section class="offline-shell" data-testid="offline-shell" aria-labelledby="offline-heading">
      <h2 id="offline-heading" class="section-title">
        {t(posts.length > 0 ? 'offline.pending' : offline ? 'offline.waiting' : 'conn.connecting')}
      </h2>
      {posts.length > 0 && (
        <>
          <p class="muted">{t('offline.yours')}</p>
          <ul class="mine__list">
            {posts.map((cmd) => (
              <MineItem
                key={cmd.id}
                id={cmd.id}
                testId="offline-item"
                look="sending"
                text={cmd.text}
                note={t('wall.sending')}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
