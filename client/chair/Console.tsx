// The chair's console: agenda, settings and mirror left; the selected activity's columns
// (from kinds/chair.tsx) beside them; keyboard, undo bar and the phone's tabs around them.
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  ActivityKind,
  EventInfo,
  PollActivity,
  RoomSummary,
  StatementView,
} from '../../shared/model.js';
import {
  CHAIR_COLUMNS,
  CHAIR_PICKERS,
  CHAIR_WALL_FILTER,
  statementColumns,
} from '../kinds/chair.js';
import { KINDS } from '../kinds/index.js';
import { partFor } from '../lib/kind-table.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { LangSwitch } from '../components/LangSwitch.js';
import { NoticeBar } from '../components/NoticeBar.js';
import { ChairNotice } from '../components/NoticeBanner.js';
import { t } from '../lib/i18n.js';
import { projectorPath } from '../lib/route.js';
import type { NewCommand } from '../lib/outbox.js';
import type { Session } from '../lib/session.js';
import { sortedActivities } from '../lib/store.js';
import { sortForWall } from '../../shared/wall-order.js';
import { ActivitySettings } from './ActivitySettings.js';
import { DeckSection } from './DeckSection.js';
import { Agenda } from './Agenda.js';
import { useChairKeys } from './keys.js';
import { HarvestNotice, useHarvestWatch } from './HarvestNotice.js';
import { LinksMenu } from './LinksMenu.js';
import { Mirror } from './Mirror.js';
import { Moderator } from './moderation.js';
import { PhoneTabs, type Tab } from './PhoneTabs.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { Queue, QueueSection } from './Queue.js';
import { queueOrder, useQueueSelection } from './selection.js';
import { TimerPanel } from './TimerPanel.js';
import { UndoBar } from './UndoBar.js';
import { VisitBar } from './VisitBar.js';
import { WordFilter } from './WordFilter.js';

interface Props {
  session: Session;
  event: EventInfo;
  room: RoomSummary;
  /** The chair secret, for the export links. */
  chairKey: string;
}

/**
 * The chair's laptop: agenda and settings left. For a wall: the queue in the middle, the wall
 * right. For a poll: its controls and results in the middle, the queue of "why" lines right.
 */
export function Console({ session, event, room, chairKey }: Props) {
  const { conn, outbox } = session;
  const [moderator] = useState(() => new Moderator(session));
  const [chosenActivity, setChosenActivity] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [tab, setTab] = useState<Tab>('queue');
  /** A new activity's form, shown in the main column until the chair closes it (CHAIR-10). */
  const [formOpen, setFormOpen] = useState<string | null>(null);
  const focusedForm = useRef<string | null>(null);
  /** At a location with visits: the earlier groups' contributions too (ROT-9). */
  const [earlier, setEarlier] = useState(false);

  const activities = sortedActivities(conn.view.activities.value);
  // A show that is still in the outbox already counts, so arrow keys step from where we are going.
  let current = conn.view.room.value?.currentActivityId ?? null;
  for (const cmd of outbox.pending.value)
    if (cmd.type === 'activity.show') current = cmd.activityId;
  const selected =
    activities.find((a) => a.id === chosenActivity) ??
    activities.find((a) => a.id === current) ??
    activities[0];

  const visit = conn.view.room.value?.visit ?? null;
  const all = [...conn.view.statements.value.values()].filter(
    (s) => earlier || !visit || s.visit === visit.n,
  );
  const mine = selected ? all.filter((s) => s.activityId === selected.id) : [];
  const queue = queueOrder(mine.filter((s) => s.status === 'pending'));
  // A dilemma round's right column shows the current step's contributions.
  const wall = sortForWall(
    mine.filter(
      (s) => s.status === 'approved' && (!selected || partFor(CHAIR_WALL_FILTER, selected, s)),
    ),
    'newest',
  );
  const removed = mine
    .filter((s) => s.status === 'hidden' || s.status === 'rejected')
    .sort((a, b) => b.createdAt - a.createdAt);
  const pendingByActivity = new Map<string, number>();
  for (const s of [...all, ...conn.view.questions.value.values()]) {
    if (s.status === 'pending')
      pendingByActivity.set(s.activityId, (pendingByActivity.get(s.activityId) ?? 0) + 1);
  }

  const selection = useQueueSelection(queue);
  const selectedStatement = selection.selected;
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (s.kind === 'error' && s.cmd.type === 'statement.moderate')
          selection.failed(s.cmd.statementId);
        // A new activity's form goes back to its place once it is saved.
        if (s.kind === 'ack' && s.cmd.type === 'activity.update') {
          const saved = s.cmd.activityId;
          setFormOpen((open) => (open === saved ? null : open));
        }
      }),
    [],
  );

  const show = (activityId: string | null) => {
    outbox.push({ type: 'activity.show', activityId });
    if (activityId) setChosenActivity(activityId);
  };

  // A new activity's id is its command's id: open its form in the main column as soon as it
  // arrives, with focus in its first field.
  const opened = (id: string) => {
    setChosenActivity(id);
    setFormOpen(id);
    setTab('settings');
  };
  // A kind that picks first (a deck of this room) opens its dialog instead (CHAIR_PICKERS).
  const [picking, setPicking] = useState<ActivityKind | null>(null);
  const picker = picking ? CHAIR_PICKERS[picking] : undefined;
  const add = (kind: ActivityKind) => {
    if (KINDS[kind].add.pick) return setPicking(kind);
    const n = activities.filter((a) => a.kind === kind).length + 1;
    opened(
      outbox.push({
        type: 'activity.create',
        kind,
        title: t(KINDS[kind].add.title, { n }),
        config: {},
        // A kind whose config needs more (a deck) picks first, above.
      } as NewCommand),
    );
  };

  const plenary = (conn.view.room.value?.kind ?? room.kind) === 'plenary';
  const harvest = useHarvestWatch({
    storageKey: `vonk.harvest.${event.code}.${room.id}`,
    activities: plenary ? activities : [],
    statements: all,
    looking: (id) => current === id || selected?.id === id,
    show,
  });
  const inMain = formOpen !== null && selected?.id === formOpen;
  const settings = selected && (
    <ActivitySettings
      selected={selected}
      outbox={outbox}
      mine={mine}
      event={event}
      chairKey={chairKey}
      agenda={activities}
    />
  );
  useEffect(() => {
    if (!inMain || focusedForm.current === formOpen) return;
    focusedForm.current = formOpen;
    document
      .querySelector<HTMLElement>('#main-form input:not([type=hidden]), #main-form textarea')
      ?.focus();
  }, [inMain, formOpen]);

  const moderate = (s: StatementView, action: 'approve' | 'reject' | 'edit', text?: string) => {
    if (selection.inProgress.has(s.id)) return;
    selection.acted(s.id);
    moderator.act(s, action, text);
    if (editingId === s.id) setEditingId(null);
  };

  useChairKeys(
    { activities, current, queue, selectedStatement },
    {
      show,
      goto: (activityId, slide) => outbox.push({ type: 'deck.goto', activityId, slide }),
      move: selection.move,
      moderate,
      edit: setEditingId,
      help: () => setHelp(true),
    },
  );

  const queueColumn = ({ poll, children }: { poll?: PollActivity; children?: ComponentChild }) => (
    <QueueSection>
      <Queue
        queue={queue}
        selectedId={selectedStatement?.id ?? null}
        inProgress={selection.inProgress}
        editingId={editingId}
        hasActivity={selected !== undefined}
        poll={poll}
        onSelect={selection.select}
        onModerate={moderate}
        onEdit={setEditingId}
        onSaveEdit={(s, text) => moderate(s, 'edit', text)}
      />
      {children}
    </QueueSection>
  );

  const columns = {
    session,
    moderator,
    mine,
    wall,
    removed,
    onScreen: current === selected?.id,
    show,
    canHarvest: (conn.view.room.value?.kind ?? room.kind) === 'room',
    queueColumn,
  };

  return (
    <div class="chair" data-tab={tab}>
      <a class="skip-link" href="#queue">
        {t('skip.toQueue')}
      </a>
      <header class="topbar chair__top">
        <span class="brand">{t('app.name')}</span>
        <span class="topbar__event">
          {conn.view.event.value?.name ?? event.name} ·{' '}
          {/* At a location with visits: its place, not the group the room was named after. */}
          {(visit && room.location) || (conn.view.room.value?.name ?? room.name)} ·{' '}
          <span class="chair__code">{event.code}</span>
        </span>
        <LinksMenu event={event} room={room} chairKey={chairKey} />
        <button
          type="button"
          class="btn chair__help"
          data-testid="shortcut-help-button"
          aria-haspopup="dialog"
          onClick={() => setHelp(true)}
        >
          <span class="chair__help-text">{t('chair.help.title')}</span> (?)
        </button>
        <ConnStatus conn={conn} />
        <LangSwitch />
      </header>
      <NoticeBar />
      <HarvestNotice watch={harvest} onOpen={setChosenActivity} onShow={show} />
      <ChairNotice room={conn.view.room.value} outbox={outbox} />
      <VisitBar
        conn={conn}
        eventCode={event.code}
        roomId={room.id}
        chairKey={chairKey}
        room={conn.view.room.value}
        outbox={outbox}
        earlier={earlier}
        onEarlier={setEarlier}
      />
      <div class="chair__grid">
        <div class="chair__col chair__left">
          <div data-tab="screen">
            <Mirror
              projectorUrl={projectorPath(event.code, room.id)}
              activities={activities}
              current={current}
              view={conn.view}
            />
            <TimerPanel
              view={conn.view}
              outbox={outbox}
              current={(current !== null && conn.view.activities.value.get(current)) || null}
            />
          </div>
          <div data-tab="agenda">
            <Agenda
              activities={activities}
              current={current}
              selectedId={selected?.id ?? null}
              pendingByActivity={pendingByActivity}
              fresh={harvest.wall ? { id: harvest.wall.id, n: harvest.fresh } : undefined}
              onShow={show}
              onSelect={(id) => {
                setChosenActivity(id);
                // On a phone the settings are a tab of their own: go there.
                setTab('settings');
              }}
              onAdd={add}
            />
          </div>
          <div data-tab="settings">
            {!inMain && settings}
            <WordFilter words={conn.view.room.value?.filterWords ?? []} outbox={outbox} />
            <DeckSection code={event.code} roomId={room.id} chairKey={chairKey} />
          </div>
        </div>
        {inMain ? (
          <section
            class="chair__col chair__form"
            id="main-form"
            data-tab="settings"
            data-testid="main-form"
          >
            {settings}
            <button
              type="button"
              class="btn"
              data-testid="form-done"
              onClick={() => {
                setFormOpen(null);
                setTab('queue');
              }}
            >
              {t('chair.formDone')}
            </button>
          </section>
        ) : selected ? (
          partFor(CHAIR_COLUMNS, selected, columns)
        ) : (
          statementColumns(columns)
        )}
      </div>
      <UndoBar moderator={moderator} />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      {picker?.({
        event,
        room,
        chairKey,
        onClose: () => setPicking(null),
        onDeck: (deck) => {
          setPicking(null);
          setChosenActivity(
            outbox.push({
              type: 'activity.create',
              kind: 'deck',
              title: '',
              config: { deckId: deck.id },
            }),
          );
        },
      })}
      <PhoneTabs tab={tab} onTab={setTab} queued={queue.length} />
    </div>
  );
}
