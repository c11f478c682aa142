// The rooms to pick from, with search and groups above 12 rooms (ROOM-9).
import { useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { joinPath } from '../lib/route.js';

/** Above this many rooms the picker gets a search field and groups (ROOM-9). */
export const PICKER_SEARCH_FROM = 12;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function matches(room: RoomSummary, query: string): boolean {
  if (!query) return true;
  const hay = fold([room.name, room.location ?? '', room.arrangement ?? ''].join(' '));
  return fold(query)
    .split(/\s+/)
    .every((word) => hay.includes(word));
}

function RoomLink({ code, room }: { code: string; room: RoomSummary }) {
  return (
    <li>
      <a class="picker__room" href={joinPath(code, room.id)} data-testid="room-choice">
        <span class="picker__name">{room.name}</span>
        {room.location && <span class="picker__where">{room.location}</span>}
      </a>
    </li>
  );
}

/**
 * The rooms to pick from, plenary first. A big event (54 tables) gets a search field over
 * name, location and arrangement, and the rooms grouped by arrangement in their own order.
 */
export function RoomList({ event }: { event: EventInfo }) {
  const [query, setQuery] = useState('');
  const rooms = [...event.rooms].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'plenary' ? -1 : 1,
  );
  const big = rooms.length > PICKER_SEARCH_FROM;
  const shown = big ? rooms.filter((r) => matches(r, query.trim())) : rooms;
  const grouped = big && rooms.some((r) => r.arrangement);
  const groups = new Map<string, RoomSummary[]>();
  const loose: RoomSummary[] = [];
  for (const r of shown) {
    const key = grouped && r.kind !== 'plenary' ? (r.arrangement ?? '') : '';
    if (!key) loose.push(r);
    else groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <>
      {big && (
        <div class="picker__search">
          <label for="room-search">{t('rooms.search')}</label>
          <input
            id="room-search"
            type="search"
            data-testid="room-search"
            value={query}
            autoComplete="off"
            aria-describedby="room-search-count"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <p id="room-search-count" class="hint" role="status" data-testid="room-search-count">
            {t('rooms.found', { n: shown.length })}
          </p>
        </div>
      )}
      {loose.length > 0 && (
        <ul class="picker" data-testid="room-picker">
          {loose.map((r) => (
            <RoomLink key={r.id} code={event.code} room={r} />
          ))}
        </ul>
      )}
      {[...groups].map(([name, list]) => (
        <section key={name} class="picker__group" data-testid="room-group">
          <h2 class="picker__group-title">{name}</h2>
          <ul class="picker">
            {list.map((r) => (
              <RoomLink key={r.id} code={event.code} room={r} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
