// The phone during a ranking (RANK-2, RANK-7): put the list in your order with the up/down
// buttons (each says where the item went), by dragging, or by tapping the items in your order;
// or divide 100 points. One thumb on a 390 px screen. Loaded when first on screen (NET-3).
import './phone.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  RANKING_POINTS,
  type MyBallot,
  type RankingActivity,
  type RankingItem,
} from '../../../shared/ranking.js';
import { announce } from '../../components/Announcer.js';
import { t } from '../../lib/i18n.js';
import { useRefusal } from '../../participant/sent.js';
import type { Session } from '../../lib/session.js';
import { PointsBallot } from './PointsBallot.js';
import { RankingResults } from './RankingResults.js';

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The order to start from: your ballot's, else the list's. */
function startOrder(items: RankingItem[], ballot: MyBallot | undefined): string[] {
  const ids = items.map((i) => i.id);
  const mine = ballot?.order?.filter((id) => ids.includes(id)) ?? [];
  return mine.length === ids.length ? mine : ids;
}

function startPoints(items: RankingItem[], ballot: MyBallot | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.id] = 0;
  for (const p of ballot?.points ?? []) if (p.itemId in out) out[p.itemId] = p.points;
  return out;
}

export function RankingView({ ranking, session }: { ranking: RankingActivity; session: Session }) {
  const { conn, outbox } = session;
  const items = ranking.config.items;
  const byId = new Map(items.map((i) => [i.id, i]));
  const ballot = conn.view.mine.value.ballots.get(ranking.id);
  const confirmed = ballot && ballot.round === ranking.round ? ballot : undefined;
  const [order, setOrder] = useState(() => startOrder(items, confirmed));
  const [points, setPoints] = useState(() => startPoints(items, confirmed));
  const [tapping, setTapping] = useState(false);
  const [tapped, setTapped] = useState<string[]>([]);
  const [problem, setProblem] = useRefusal(
    outbox,
    (cmd) => cmd.type === 'ranking.ballot' && cmd.rankingId === ranking.id,
    ranking.id,
  );
  // A new round, or a ballot that arrives from another tab: start from it.
  const roundKey = `${ranking.round}:${items.map((i) => i.id).join(',')}`;
  const seen = useRef(roundKey);
  useEffect(() => {
    if (seen.current === roundKey) return;
    seen.current = roundKey;
    setOrder(startOrder(items, confirmed));
    setPoints(startPoints(items, confirmed));
  }, [roundKey]);
  const sending = outbox.pending.value.some(
    (c) => c.type === 'ranking.ballot' && c.rankingId === ranking.id,
  );
  const pointsMode = ranking.config.mode === 'points';
  const used = items.reduce((n, i) => n + (points[i.id] ?? 0), 0);
  const left = RANKING_POINTS - used;
  const unchanged = confirmed
    ? pointsMode
      ? items.every(
          (i) => (confirmed.points?.find((p) => p.itemId === i.id)?.points ?? 0) === points[i.id],
        )
      : sameOrder(confirmed.order ?? [], order)
    : false;
  const open = ranking.state === 'open';
  const results = conn.view.rankings.value.get(ranking.id);

  const move = (from: number, to: number, say = true) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    setOrder(next);
    if (say) {
      const label = byId.get(id!)?.label ?? '';
      announce(t('ranking.moved', { label, n: to + 1, total: next.length }));
    }
  };
  const tap = (id: string) => {
    if (tapped.includes(id)) return;
    const next = [...tapped, id];
    announce(t('ranking.tapped', { label: byId.get(id)?.label ?? '', n: next.length }));
    if (next.length === items.length) {
      setOrder(next);
      setTapped([]);
      setTapping(false);
    } else setTapped(next);
  };
  const send = () => {
    setProblem(null);
    outbox.push(
      pointsMode
        ? {
            type: 'ranking.ballot',
            rankingId: ranking.id,
            points: items.map((i) => ({ itemId: i.id, points: points[i.id] ?? 0 })),
          }
        : { type: 'ranking.ballot', rankingId: ranking.id, order },
    );
  };

  return (
    <section
      class="ranking"
      aria-labelledby="ranking-title"
      data-testid="ranking"
      data-state={ranking.state}
    >
      <h1 id="ranking-title" class="prompt">
        {ranking.title}
      </h1>
      {ranking.state === 'draft' && <p class="waiting">{t('ranking.draft')}</p>}
      {ranking.state === 'closed' && <p class="closed">{t('ranking.closed')}</p>}
      {open && (
        <>
          <p class="ranking__hint">
            {t(pointsMode ? 'ranking.mode.points' : 'ranking.mode.order')}
          </p>
          {pointsMode ? (
            <PointsBallot
              items={items}
              points={points}
              onChange={(id, n) => setPoints({ ...points, [id]: n })}
            />
          ) : tapping ? (
            <TapBallot items={items} tapped={tapped} onTap={tap} />
          ) : (
            <OrderBallot order={order} byId={byId} move={move} />
          )}
          {!pointsMode && (
            <button
              type="button"
              class="btn ranking__mode"
              data-testid="ranking-tap-mode"
              aria-pressed={tapping}
              onClick={() => {
                setTapping(!tapping);
                setTapped([]);
              }}
            >
              {tapping ? t('ranking.listMode') : t('ranking.tapMode')}
            </button>
          )}
          {pointsMode && (
            <p
              class={left === 0 ? 'ranking__left' : 'ranking__left is-off'}
              role="status"
              data-testid="points-left"
            >
              {left >= 0
                ? t('ranking.pointsLeft', { n: left })
                : t('ranking.pointsOver', { n: -left })}
            </p>
          )}
          <button
            type="button"
            class="btn btn--primary ranking__send"
            data-testid="ranking-send"
            disabled={sending || tapping || (pointsMode && left !== 0) || unchanged}
            onClick={send}
          >
            {t(confirmed ? 'ranking.change' : 'ranking.send')}
          </button>
        </>
      )}
      {problem && (
        <p class="field-error" data-testid="ranking-error">
          {t(problem)}
        </p>
      )}
      {confirmed && !sending && (
        <p class="vote-status vote-status--sent" role="status" data-testid="ranking-sent">
          {t('ranking.sent')}
        </p>
      )}
      {results ? (
        <section aria-labelledby="ranking-results-heading">
          <h2 id="ranking-results-heading" class="section-title">
            {t('ranking.results')}
          </h2>
          <RankingResults ranking={ranking} results={results} />
        </section>
      ) : (
        confirmed && <p class="muted">{t('ranking.waitReveal')}</p>
      )}
    </section>
  );
}

interface OrderProps {
  order: string[];
  byId: Map<string, RankingItem>;
  move: (from: number, to: number, say?: boolean) => void;
}

/** The list with up/down buttons; the handle drags an item (pointer events: touch and mouse). */
function OrderBallot({ order, byId, move }: OrderProps) {
  const list = useRef<HTMLOListElement>(null);
  const drag = useRef<{ id: string; pointer: number } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    // Keep the focus on the button that was pressed, now that its item moved.
    const want = focusAfter.current;
    if (!want) return;
    focusAfter.current = null;
    list.current?.querySelector<HTMLButtonElement>(`[data-focus="${want}"]`)?.focus();
  });
  const onMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d || e.pointerId !== d.pointer || !list.current) return;
    const rows = [...list.current.children] as HTMLElement[];
    const from = order.indexOf(d.id);
    let to = rows.findIndex((r) => {
      const box = r.getBoundingClientRect();
      return e.clientY < box.top + box.height / 2;
    });
    if (to < 0) to = rows.length - 1;
    else if (to > from) to -= 1;
    if (to !== from) move(from, to, false);
  };
  const end = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    setDragging(null);
    const n = order.indexOf(d.id);
    announce(
      t('ranking.moved', { label: byId.get(d.id)?.label ?? '', n: n + 1, total: order.length }),
    );
  };
  return (
    <ol
      class="rank-list"
      ref={list}
      data-testid="ranking-list"
      onPointerMove={onMove}
      onPointerUp={end}
      onPointerCancel={end}
    >
      {order.map((id, i) => {
        const label = byId.get(id)?.label ?? id;
        return (
          <li
            key={id}
            class={dragging === id ? 'rank-item is-dragging' : 'rank-item'}
            data-testid="ranking-item"
            data-item={id}
          >
            <span
              class="rank-item__handle"
              aria-hidden="true"
              onPointerDown={(e) => {
                drag.current = { id, pointer: e.pointerId };
                setDragging(id);
                (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
                list.current?.setPointerCapture?.(e.pointerId);
              }}
            >
              ⠿
            </span>
            <span class="rank-item__place" aria-hidden="true">
              {i + 1}
            </span>
            <span class="rank-item__label">
              <span class="sr-only">{t('ranking.place', { n: i + 1 })}: </span>
              {label}
            </span>
            <span class="rank-item__buttons">
              {([-1, 1] as const).map((dir) => {
                const way = dir < 0 ? 'up' : 'down';
                const edge = dir < 0 ? 0 : order.length - 1;
                return (
                  <button
                    key={way}
                    type="button"
                    class="rank-item__btn"
                    aria-label={t(dir < 0 ? 'ranking.up' : 'ranking.down', { label })}
                    data-testid={`ranking-${way}`}
                    data-focus={`${id}:${way}`}
                    disabled={i === edge}
                    onClick={() => {
                      // At the edge the button is gone from under the finger: focus the other.
                      const other = dir < 0 ? 'down' : 'up';
                      focusAfter.current = i + dir === edge ? `${id}:${other}` : `${id}:${way}`;
                      move(i, i + dir);
                    }}
                  >
                    {dir < 0 ? '▲' : '▼'}
                  </button>
                );
              })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Tap the items in your order: each tapped one gets its number; the last tap sets the order. */
function TapBallot({
  items,
  tapped,
  onTap,
}: {
  items: RankingItem[];
  tapped: string[];
  onTap: (id: string) => void;
}) {
  return (
    <>
      <p class="ranking__hint">{t('ranking.tapHint')}</p>
      <ul class="rank-list" data-testid="ranking-tap-list">
        {items.map((item) => {
          const n = tapped.indexOf(item.id) + 1;
          return (
            <li key={item.id}>
              <button
                type="button"
                class={n > 0 ? 'rank-tap is-tapped' : 'rank-tap'}
                aria-pressed={n > 0}
                data-testid="ranking-tap"
                onClick={() => onTap(item.id)}
              >
                <span class="rank-item__place" aria-hidden="true">
                  {n > 0 ? n : ''}
                </span>
                <span class="rank-item__label">{item.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
