// The organizer's notice to many rooms (NOTICE-1, NOTICE-6): a short text, for the chairs, the
// projectors and/or the phones, to all rooms, one arrangement or chosen rooms; the notices still
// active, each with "Intrekken", how many chairs confirmed it and which rooms have not: live
// from the overview's socket (NOTICE-11), never by polling or a reload.

import { useState } from 'preact/hooks';
import {
  NOTICE_AUDIENCES,
  NOTICE_MAX_LENGTH,
  noticeSummaries,
  type NoticeAudience,
  type NoticeSummary,
} from '../../shared/notice.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { RoomLink } from './Overview.js';
import type { OverviewLive } from './overview-socket.js';
import './notice-panel.css';

/** How many rooms are named before "…": the list stays one line or two at 600 rooms. */
const NAMES_SHOWN = 12;

function receipt(n: NoticeSummary): string {
  return n.toConfirm === 0
    ? t('orgx.notice.noConfirm', { n: n.rooms })
    : t('orgx.notice.confirmed', { n: n.confirmed, all: n.toConfirm });
}

function waitingNames(n: NoticeSummary): string {
  const names = n.waiting.slice(0, NAMES_SHOWN).join(', ');
  return n.waiting.length > NAMES_SHOWN
    ? `${names}, … (+${n.waiting.length - NAMES_SHOWN})`
    : names;
}

const AUDIENCE_LABEL: Record<NoticeAudience, MessageKey> = {
  chairs: 'orgNotice.chairs',
  projectors: 'orgNotice.projectors',
  phones: 'orgNotice.phones',
};

type Room = RoomLink & { name?: string };

export function NoticePanel(props: {
  code: string;
  headers: Record<string, string>;
  /** The event's rooms (the event list's links, which carry each room's name). */
  rooms: Room[];
  /** The overview's socket: its rows carry each room's notice, live (read here, not above). */
  live: OverviewLive;
}) {
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<NoticeAudience[]>(['chairs', 'projectors', 'phones']);
  const [target, setTarget] = useState('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = props.live.rows.value;
  const active = rows ? noticeSummaries(rows) : [];
  const base = `/api/events/${props.code}/notices`;
  const arrangements = [
    ...new Set(props.rooms.map((r) => r.arrangement).filter((a): a is string => !!a)),
  ];
  const left = NOTICE_MAX_LENGTH - [...text.trim()].length;

  const fail = async (res: Response | null) => {
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
    setError(body?.error?.message ?? t('error.internal'));
  };

  const send = async () => {
    setDone(null);
    setError(null);
    if (!text.trim()) return setError(t('orgNotice.needText'));
    if (audience.length === 0) return setError(t('orgNotice.needAudience'));
    if (target === 'chosen' && chosen.length === 0) return setError(t('orgNotice.needRooms'));
    setBusy(true);
    const rooms =
      target === 'all'
        ? 'all'
        : target === 'chosen'
          ? chosen
          : { arrangement: target.slice('arr:'.length) };
    const res = await fetch(base, {
      method: 'POST',
      headers: { ...props.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, audience, rooms }),
    }).catch(() => null);
    setBusy(false);
    if (!res?.ok) return fail(res);
    const body = (await res.json()) as { rooms: string[] };
    setDone(t('orgNotice.sent', { n: body.rooms.length }));
    setText('');
  };

  const withdraw = async (id: string) => {
    setDone(null);
    setError(null);
    const res = await fetch(`${base}/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      headers: props.headers,
    }).catch(() => null);
    if (!res?.ok) return fail(res);
    const body = (await res.json()) as { rooms: string[] };
    setDone(t('orgNotice.withdrawn', { n: body.rooms.length }));
  };

  return (
    <section class="notice-panel" aria-labelledby="notice-heading" data-testid="notice-panel">
      <h3 id="notice-heading">{t('orgNotice.title')}</h3>
      <p class="hint">{t('orgNotice.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label for="notice-text">{t('orgNotice.text')}</label>
        <textarea
          id="notice-text"
          rows={2}
          value={text}
          aria-describedby="notice-left"
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="notice-text"
        />
        <p id="notice-left" class={left < 0 ? 'hint field-error' : 'hint'}>
          {t('orgNotice.left', { n: left })}
        </p>
        <fieldset>
          <legend>{t('orgNotice.audience')}</legend>
          {NOTICE_AUDIENCES.map((a) => (
            <label key={a} class="check">
              <input
                type="checkbox"
                checked={audience.includes(a)}
                data-testid={`notice-${a}`}
                onChange={(e) =>
                  setAudience(
                    e.currentTarget.checked
                      ? NOTICE_AUDIENCES.filter((x) => x === a || audience.includes(x))
                      : audience.filter((x) => x !== a),
                  )
                }
              />{' '}
              {t(AUDIENCE_LABEL[a])}
            </label>
          ))}
        </fieldset>
        <label for="notice-target">{t('orgNotice.to')}</label>
        <select
          id="notice-target"
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data-testid="notice-target"
        >
          <option value="all">{t('orgNotice.toAll')}</option>
          {arrangements.map((a) => (
            <option key={a} value={`arr:${a}`}>
              {t('orgNotice.toArrangement', { name: a })}
            </option>
          ))}
          <option value="chosen">{t('orgNotice.toChosen')}</option>
        </select>
        {target === 'chosen' && (
          <>
            <label for="notice-rooms">{t('orgNotice.rooms')}</label>
            <select
              id="notice-rooms"
              multiple
              size={Math.min(8, props.rooms.length)}
              data-testid="notice-rooms"
              onChange={(e) => setChosen([...e.currentTarget.selectedOptions].map((o) => o.value))}
            >
              {props.rooms.map((r) => (
                <option key={r.id} value={r.id} selected={chosen.includes(r.id)}>
                  {r.name ?? r.id}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="submit" class="btn btn--primary" disabled={busy} data-testid="notice-send">
          {t('orgNotice.send')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {done && <p data-testid="notice-done">{done}</p>}
      </div>
      {error && (
        <p role="alert" class="field-error" data-testid="notice-error">
          {error}
        </p>
      )}
      {active.length > 0 && (
        <>
          <h4>{t('orgNotice.active')}</h4>
          <ul class="notice-panel__active">
            {active.map((n) => (
              <li
                key={n.id}
                data-testid="notice-active"
                data-confirmed={n.confirmed}
                data-to-confirm={n.toConfirm}
              >
                <q>{n.text}</q>{' '}
                <span class="hint" data-testid="notice-receipt">
                  {receipt(n)}
                </span>{' '}
                <button
                  type="button"
                  class="btn"
                  data-testid="notice-withdraw"
                  onClick={() => void withdraw(n.id)}
                >
                  {t('orgNotice.withdraw')}
                </button>
                {n.waiting.length > 0 && (
                  <p class="hint" data-testid="notice-waiting">
                    {t('orgx.notice.waiting', { names: waitingNames(n) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
