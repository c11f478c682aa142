// The connection's state: a quiet pill while online, a banner otherwise.
import type { Connection } from '../lib/connection.js';
import { t, type MessageKey } from '../lib/i18n.js';

function message(conn: Connection): MessageKey {
  switch (conn.status.value) {
    case 'online':
      return 'conn.online';
    case 'connecting':
      return 'conn.connecting';
    case 'offline':
      return 'conn.offline';
    case 'failed':
      return conn.failure.value === 'reload' ? 'conn.reload' : 'conn.failed';
  }
}

/** A quiet pill while online, a banner everyone notices otherwise. */
export function ConnStatus({ conn }: { conn: Connection }) {
  const status = conn.status.value;
  const reload = status === 'failed' && conn.failure.value === 'reload';
  return (
    <div
      class={`conn conn--${status}`}
      data-testid="conn-status"
      data-status={status}
      role="status"
    >
      <span class="conn__text">{t(message(conn))}</span>
      {reload && (
        <button type="button" class="btn conn__reload" onClick={() => window.location.reload()}>
          {t('conn.reloadButton')}
        </button>
      )}
    </div>
  );
}
