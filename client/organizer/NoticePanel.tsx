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
import { CheckField } from '../components/form/Choice.js';
import { Field, SelectField, TextArea } from '../components/form/Field.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
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
  const req = useFormRequest();
  const rows = props.live.rows.value;
  const active = rows ? noticeSummaries(rows) : [];
  const base = `/api/events/${props.code}/notices`;
  const arrangements = [
    ...new Set(props.rooms.map((r) => r.arrangement).filter((a): a is string => !!a)),
  ];
  const left = NOTICE_MAX_LENGTH - [...text.trim()].length;
  const targets = ['all', ...arrangements.map((a) => `arr:${a}`), 'chosen'];
  const targetLabel = (v: string) =>
    v === 'all'
      ? t('orgNotice.toAll')
      : v === 'chosen'
        ? t('orgNotice.toChosen')
        : t('orgNotice.toArrangement', { name: v.slice('arr:'.length) });

  const send = async () => {
    req.reset();
    if (!text.trim()) return req.setError(t('orgNotice.needText'));
    if (audience.length === 0) return req.setError(t('orgNotice.needAudience'));
    if (target === 'chosen' && chosen.length === 0) return req.setError(t('orgNotice.needRooms'));
    const rooms =
      target === 'all'
        ? 'all'
        : target === 'chosen'
          ? chosen
          : { arrangement: target.slice('arr:'.length) };
    const json = { text, audience, rooms };
    const reply = await req.send<{ rooms: string[] }>(base, { headers: props.headers, json });
    if (!reply?.ok) return reply && req.fail(reply);
    req.setDone(t('orgNotice.sent', { n: reply.body.rooms.length }));
    setText('');
  };

  const withdraw = async (id: string) => {
    const path = `${base}/${encodeURIComponent(id)}`;
    const reply = await req.send<{ rooms: string[] }>(path, {
      method: 'DELETE',
      headers: props.headers,
    });
    if (!reply?.ok) return reply && req.fail(reply);
    req.setDone(t('orgNotice.withdrawn', { n: reply.body.rooms.length }));
  };
  const toggle = (a: NoticeAudience, on: boolean) =>
    setAudience(
      on
        ? NOTICE_AUDIENCES.filter((x) => x === a || audience.includes(x))
        : audience.filter((x) => x !== a),
    );

  return (
    <Section
      id="notice"
      class="notice-panel"
      testId="notice-panel"
      title={t('orgNotice.title')}
      hint={t('orgNotice.hint')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <TextArea
          id="notice-text"
          label={t('orgNotice.text')}
          rows={2}
          state={[text, setText]}
          noteId="notice-left"
          hint={t('orgNotice.left', { n: left })}
          error={left < 0 && t('orgNotice.left', { n: left })}
        />
        <fieldset>
          <legend>{t('orgNotice.audience')}</legend>
          {NOTICE_AUDIENCES.map((a) => (
            <CheckField
              key={a}
              class="check"
              testId={`notice-${a}`}
              checked={audience.includes(a)}
              label={t(AUDIENCE_LABEL[a])}
              onChange={(on) => toggle(a, on)}
            />
          ))}
        </fieldset>
        <SelectField
          id="notice-target"
          label={t('orgNotice.to')}
          options={targets}
          labelOf={targetLabel}
          value={target}
          onChange={setTarget}
        />
        {target === 'chosen' && (
          <Field id="notice-rooms" testId="notice-rooms" label={t('orgNotice.rooms')}>
            {(w) => (
              <select
                {...w}
                multiple
                size={Math.min(8, props.rooms.length)}
                onChange={(e) =>
                  setChosen([...e.currentTarget.selectedOptions].map((o) => o.value))
                }
              >
                {props.rooms.map((r) => (
                  <option key={r.id} value={r.id} selected={chosen.includes(r.id)}>
                    {r.name ?? r.id}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Submit testId="notice-send" disabled={req.busy}>
          {t('orgNotice.send')}
        </Submit>
      </form>
      <FormStatus testId="notice" done={req.done} error={req.error} />
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
    </Section>
  );
}
