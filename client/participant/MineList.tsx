// The phone's own statements with their status (sending, waiting, on the wall, not placed).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StatementStatus } from '../../shared/model.js';
import { useAnnounceNew } from '../components/Announcer.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Session } from '../lib/session.js';

export type MineStatus = 'sending' | 'pending' | 'rejected' | 'approved';

/** How long an approved statement stays in "Van jou" before it has visibly moved to the wall. */
const APPROVED_LINGER_MS = 5_000;

const LABEL: Record<MineStatus, MessageKey> = {
  sending: 'wall.sending',
  pending: 'wall.pending',
  rejected: 'wall.rejected',
  approved: 'wall.onWall',
};

interface Row {
  id: string;
  text: string;
  status: MineStatus;
  /** A round's contribution: the step it went into (a round has no wall). */
  phase?: number | undefined;
}

function fromServer(status: StatementStatus): MineStatus {
  // A hidden statement was taken off the wall: for its author that is "not placed" as well.
  return status === 'hidden' ? 'rejected' : status;
}

/** The participant's own statements that are not (yet) simply part of the wall. */
export function MineList({ activityId, session }: { activityId: string; session: Session }) {
  const { conn, outbox } = session;
  const seen = useRef(new Map<string, MineStatus>());
  const approvedAt = useRef(new Map<string, number>());
  const [, setTick] = useState(0);
  const now = Date.now();

  const rows: Row[] = [];
  const inOutbox = new Set<string>();
  for (const cmd of outbox.pending.value) {
    if (cmd.type !== 'statement.submit' || cmd.activityId !== activityId) continue;
    inOutbox.add(cmd.id);
    rows.push({ id: cmd.id, text: cmd.text, status: 'sending', phase: cmd.phase });
  }
  const statements = conn.view.statements.value;
  const own = [...conn.view.mine.value.own.values()]
    .filter((s) => s.activityId === activityId && !inOutbox.has(s.id))
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const s of own) {
    const onWall = statements.get(s.id)?.status === 'approved';
    const status = onWall ? 'approved' : fromServer(s.status);
    rows.push({ id: s.id, text: s.text, status, phase: s.phase });
  }

  // An approval is announced by the wall it lands on; a refusal only here.
  useAnnounceNew(
    `mine:${activityId}`,
    rows
      .filter((r) => r.status === 'rejected')
      .map((r) => ({ key: `rejected:${r.id}`, text: `${t('wall.rejected')}: ${r.text}` })),
  );

  const visible = rows.filter((row) => {
    const before = seen.current.get(row.id);
    seen.current.set(row.id, row.status);
    if (row.status !== 'approved') return true;
    // Only an approval we watched happen lingers; old approved ones are just on the wall.
    if (before === 'sending' || before === 'pending') approvedAt.current.set(row.id, now);
    const at = approvedAt.current.get(row.id);
    return at !== undefined && now - at < APPROVED_LINGER_MS;
  });

  const lingering = visible.some((r) => r.status === 'approved');
  useEffect(() => {
    if (!lingering) return;
    const timer = setTimeout(() => setTick((n) => n + 1), APPROVED_LINGER_MS);
    return () => clearTimeout(timer);
  });

  if (visible.length === 0) return null;
  return (
    <MineSection id="mine-heading" title="wall.mine">
      {visible.map((row) => (
        <MineItem
          key={row.id}
          id={row.id}
          testId="mine-item"
          look={row.status}
          status={row.status}
          text={row.text}
          note={
            row.status === 'approved' && row.phase !== undefined
              ? t('mine.atStep', { n: row.phase + 1 })
              : t(LABEL[row.status])
          }
        />
      ))}
    </MineSection>
  );
}

interface SectionProps {
  id: string;
  title: MessageKey;
  /** Read out when a status changes. */
  live?: boolean;
  children: ComponentChildren;
}

/** "Van jou": one's own posts, each with its status. */
export function MineSection({ id, title, live, children }: SectionProps) {
  return (
    <section class="mine" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {t(title)}
      </h2>
      <ul class="mine__list" aria-live={live ? 'polite' : undefined}>
        {children}
      </ul>
    </section>
  );
}

interface ItemProps {
  id: string;
  testId: string;
  /** The look: mine-item--sending, --pending, --rejected, --approved. */
  look: string;
  status?: string;
  text: string;
  note: string;
  children?: ComponentChildren;
}

/** One own post: its text and what became of it. */
export function MineItem({ id, testId, look, status, text, note, children }: ItemProps) {
  return (
    <li
      class={`mine-item mine-item--${look}`}
      data-testid={testId}
      data-id={id}
      data-status={status}
    >
      <p class="mine-item__text">{text}</p>
      <p class="mine-item__status">{note}</p>
      {children}
    </li>
  );
}
