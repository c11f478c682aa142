// The embedded default store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so
// append() is one short transaction and room seqs are ordered by the single writer.

import Database from 'better-sqlite3';
import { DECK_COLUMNS, deckValues, toDeck, type DeckRow } from './deck-rows.js';
import { sqliteDeckSlides } from './deck-slides.js';
import type { RotationPlan } from '../../shared/rotation.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_TABLE } from './migrations.js';
import { toChange, toEvent, toLogo, toRoom } from './rows.js';
import type { ChangeRow, EventRow, RoomRow } from './rows.js';
import {
  assertDistinctClientIds,
  type AppendResult,
  type EventRecord,
  type LogoRecord,
  type NewChange,
  type RoomRecord,
  type SetupChange,
  type Store,
} from './types.js';

export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives a process crash (SIGKILL); only an OS crash or
  // power loss can roll back the last commits. See docs/OPERATIONS.md.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted text is overwritten, not left in free pages where a copy of the file shows it (DUR-5).
  db.pragma('secure_delete = ON');
  migrate(db);

  const q = {
    insertEvent: db.prepare(
      `INSERT INTO events (id, code, name, language, chair_key_hash, chair_key_version, created_at, ends_at, accent_color, projector_theme)
       VALUES (@id, @code, @name, @language, @chairKeyHash, @chairKeyVersion, @createdAt, @endsAt, @accentColor, @projectorTheme)`,
    ),
    insertRoom: db.prepare(
      `INSERT INTO rooms (id, event_id, name, kind, location, arrangement, chair_name, sort, chair_key_hash, chair_key_version, created_at)
       VALUES (@id, @eventId, @name, @kind, @location, @arrangement, @chairName, @sort, @chairKeyHash, @chairKeyVersion, @createdAt)`,
    ),
    eventById: db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
    eventByCode: db.prepare<[string], EventRow>('SELECT * FROM events WHERE code = ?'),
    events: db.prepare<[], EventRow>('SELECT * FROM events ORDER BY created_at DESC'),
    roomById: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE id = ?'),
    rooms: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE event_id = ? ORDER BY sort'),
    roomSeq: db.prepare<[string], { seq: number }>('SELECT seq FROM rooms WHERE id = ?'),
    bumpSeq: db.prepare('UPDATE rooms SET seq = ? WHERE id = ?'),
    clientSeq: db.prepare<[string, string], { seq: number }>(
      'SELECT seq FROM changes WHERE room_id = ? AND client_id = ?',
    ),
    insertChange: db.prepare(
      `INSERT INTO changes (room_id, seq, client_id, actor, type, payload, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    changesSince: db.prepare<[string, number, number], ChangeRow>(
      'SELECT * FROM changes WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    updateEvent: db.prepare(
      `UPDATE events SET name = COALESCE(@name, name), ends_at = CASE WHEN @setEnd THEN @endsAt ELSE ends_at END,
         accent_color = CASE WHEN @setAccent THEN @accentColor ELSE accent_color END,
         projector_theme = CASE WHEN @setTheme THEN @projectorTheme ELSE projector_theme END WHERE id = @id`,
    ),
    eventKey: db.prepare(
      'UPDATE events SET chair_key_hash = ?, chair_key_version = ? WHERE id = ?',
    ),
    roomKey: db.prepare(
      'UPDATE rooms SET chair_key_hash = ?, chair_key_version = ? WHERE id = ? AND event_id = ?',
    ),
    deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
    putLogo: db.prepare(
      `INSERT INTO event_logos (event_id, hash, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (event_id) DO UPDATE SET hash = excluded.hash, mime = excluded.mime,
         bytes = excluded.bytes, created_at = excluded.created_at`,
    ),
    deleteLogo: db.prepare('DELETE FROM event_logos WHERE event_id = ?'),
    logoHash: db.prepare('UPDATE events SET logo_hash = ? WHERE id = ?'),
    getLogo: db.prepare<
      [string],
      { hash: string; mime: string; bytes: Buffer; created_at: number }
    >('SELECT hash, mime, bytes, created_at FROM event_logos WHERE event_id = ?'),
    putDeck: db.prepare(
      `INSERT INTO decks (${DECK_COLUMNS}, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getDeck: db.prepare<[string], DeckRow>(`SELECT ${DECK_COLUMNS} FROM decks WHERE id = ?`),
    deckBytes: db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM decks WHERE id = ?'),
    listDecks: db.prepare<[string], DeckRow>(
      `SELECT ${DECK_COLUMNS} FROM decks WHERE event_id = ? ORDER BY created_at, id`,
    ),
    updateDeck: db.prepare(
      `UPDATE decks SET title = COALESCE(@title, title),
         phone_view = COALESCE(@phoneView, phone_view) WHERE id = @id`,
    ),
    deleteDeck: db.prepare('DELETE FROM decks WHERE id = ?'),
    endedBefore: db.prepare<[number], EventRow>(
      'SELECT * FROM events WHERE ends_at IS NOT NULL AND ends_at < ? ORDER BY ends_at',
    ),
    getRotation: db.prepare<[string], { body: string }>(
      'SELECT body FROM rotation_plans WHERE event_id = ?',
    ),
    putRotation: db.prepare(
      `INSERT INTO rotation_plans (event_id, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (event_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ),
    deleteRotation: db.prepare('DELETE FROM rotation_plans WHERE event_id = ?'),
    deleteGroups: db.prepare('DELETE FROM rotation_groups WHERE event_id = ?'),
    insertGroup: db.prepare(
      'INSERT INTO rotation_groups (code, event_id, group_id) VALUES (?, ?, ?)',
    ),
    groupByCode: db.prepare<[string], { event_id: string; group_id: string }>(
      'SELECT event_id, group_id FROM rotation_groups WHERE code = ?',
    ),
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    initSetting: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    putSetting: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };

  const appendTx = db.transaction(
    (roomId: string, expectedSeq: number, change: NewChange): AppendResult => {
      if (change.clientId !== null) {
        const dup = q.clientSeq.get(roomId, change.clientId);
        if (dup) return { status: 'duplicate', seq: Number(dup.seq) };
      }
      const row = q.roomSeq.get(roomId);
      if (!row) throw new Error(`room ${roomId} does not exist`);
      const current = Number(row.seq);
      if (current !== expectedSeq) return { status: 'conflict', seq: current };
      const seq = current + 1;
      q.insertChange.run(
        roomId,
        seq,
        change.clientId,
        JSON.stringify(change.actor),
        change.event.type,
        JSON.stringify(change.event),
        change.at,
      );
      q.bumpSeq.run(seq, roomId);
      return { status: 'ok', seq };
    },
  );

  const appendManyTx = db.transaction(
    (roomId: string, expectedSeq: number, changes: NewChange[]): AppendResult => {
      for (const c of changes) {
        if (c.clientId === null) continue;
        const dup = q.clientSeq.get(roomId, c.clientId);
        if (dup) return { status: 'duplicate', seq: Number(dup.seq) };
      }
      let res: AppendResult = { status: 'conflict', seq: expectedSeq };
      for (const [i, c] of changes.entries()) {
        res = appendTx(roomId, expectedSeq + i, c);
        // Two changes of one batch with the same client id: undo the whole batch.
        if (res.status !== 'ok') throw new BatchRefused(res);
      }
      return res;
    },
  );

  const appendToRoomsTx = db.transaction((items: SetupChange[]): number[] =>
    items.map(({ roomId, change }) => {
      const row = q.roomSeq.get(roomId);
      if (!row) throw new Error(`room ${roomId} does not exist`);
      const res = appendTx(roomId, Number(row.seq), change);
      if (res.status !== 'ok') throw new BatchRefused(res);
      return res.seq;
    }),
  );

  const createEventTx = db.transaction(
    (event: EventRecord, rooms: RoomRecord[], setup: SetupChange[]) => {
      q.insertEvent.run({ ...event, projectorTheme: event.projectorTheme ?? null });
      for (const r of rooms) q.insertRoom.run(r);
      for (const { roomId, change } of setup) {
        const res = appendTx(roomId, Number(q.roomSeq.get(roomId)?.seq ?? 0), change);
        if (res.status !== 'ok') throw new Error(`setup change for ${roomId}: ${res.status}`);
      }
    },
  );

  const setLogoTx = db.transaction((eventId: string, logo: LogoRecord | null) => {
    if (logo) q.putLogo.run(eventId, logo.hash, logo.mime, Buffer.from(logo.bytes), logo.createdAt);
    else q.deleteLogo.run(eventId);
    q.logoHash.run(logo?.hash ?? null, eventId);
  });

  const putRotationTx = db.transaction((eventId: string, plan: RotationPlan | null) => {
    q.deleteGroups.run(eventId);
    if (!plan) {
      q.deleteRotation.run(eventId);
      return;
    }
    q.putRotation.run(eventId, JSON.stringify(plan), Date.now());
    for (const g of plan.groups) q.insertGroup.run(g.code, eventId, g.id);
  });

  const addRoomsTx = db.transaction((rooms: RoomRecord[], setup: SetupChange[]) => {
    for (const r of rooms) q.insertRoom.run(r);
    for (const { roomId, change } of setup) {
      const res = appendTx(roomId, Number(q.roomSeq.get(roomId)?.seq ?? 0), change);
      if (res.status !== 'ok') throw new Error(`setup change for ${roomId}: ${res.status}`);
    }
  });

  return {
    kind: 'sqlite',
    ...sqliteDeckSlides(db),
    async createEvent(event, rooms, setup = []) {
      createEventTx(event, rooms, setup);
    },
    async getEvent(id) {
      const r = q.eventById.get(id);
      return r ? toEvent(r) : null;
    },
    async getEventByCode(code) {
      const r = q.eventByCode.get(code);
      return r ? toEvent(r) : null;
    },
    async listEvents() {
      return q.events.all().map(toEvent);
    },
    async getRoom(id) {
      const r = q.roomById.get(id);
      return r ? toRoom(r) : null;
    },
    async listRooms(eventId) {
      return q.rooms.all(eventId).map(toRoom);
    },
    async addRooms(rooms, setup) {
      addRoomsTx(rooms, setup);
    },
    async appendToRooms(items) {
      return appendToRoomsTx(items);
    },
    async updateEvent(id, patch) {
      q.updateEvent.run({
        id,
        name: patch.name ?? null,
        setEnd: patch.endsAt !== undefined ? 1 : 0,
        endsAt: patch.endsAt ?? null,
        setAccent: patch.accentColor !== undefined ? 1 : 0,
        accentColor: patch.accentColor ?? null,
        setTheme: patch.projectorTheme !== undefined ? 1 : 0,
        projectorTheme: patch.projectorTheme ?? null,
      });
    },
    async setLogo(eventId, logo) {
      setLogoTx(eventId, logo);
    },
    async getLogo(eventId) {
      const r = q.getLogo.get(eventId);
      return toLogo(r);
    },
    async putDeck(deck, bytes) {
      q.putDeck.run(...deckValues(deck, bytes));
    },
    async getDeck(id) {
      const r = q.getDeck.get(id);
      return r ? toDeck(r) : null;
    },
    async getDeckBytes(id) {
      const r = q.deckBytes.get(id);
      return r ? new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) : null;
    },
    async listDecks(eventId) {
      return q.listDecks.all(eventId).map(toDeck);
    },
    async updateDeck(id, patch) {
      q.updateDeck.run({
        id,
        title: patch.title ?? null,
        phoneView: patch.phoneView === undefined ? null : patch.phoneView ? 1 : 0,
      });
    },
    async deleteDeck(id) {
      return q.deleteDeck.run(id).changes > 0;
    },
    async setChairKey(eventId, roomId, hash, version) {
      if (roomId === null) q.eventKey.run(hash, version, eventId);
      else q.roomKey.run(hash, version, roomId, eventId);
    },
    async deleteEvent(id) {
      // The schema cascades: rooms, their change logs and the decks go with the event.
      const deleted = q.deleteEvent.run(id).changes > 0;
      // The write-ahead log still holds the pages as they were: copy back and empty it.
      if (deleted) db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
    async endedBefore(before) {
      return q.endedBefore.all(before).map(toEvent);
    },
    async append(roomId, expectedSeq, change) {
      return appendTx(roomId, expectedSeq, change);
    },
    async appendMany(roomId, expectedSeq, changes) {
      assertDistinctClientIds(changes);
      try {
        return appendManyTx(roomId, expectedSeq, changes);
      } catch (err) {
        if (err instanceof BatchRefused) return err.result;
        throw err;
      }
    },
    async changesSince(roomId, afterSeq, limit = 1_000_000) {
      return q.changesSince.all(roomId, afterSeq, limit).map(toChange);
    },
    async findClientId(roomId, clientId) {
      const r = q.clientSeq.get(roomId, clientId);
      return r ? Number(r.seq) : null;
    },
    async getRotation(eventId) {
      const r = q.getRotation.get(eventId);
      return r ? (JSON.parse(r.body) as RotationPlan) : null;
    },
    async putRotation(eventId, plan) {
      putRotationTx(eventId, plan);
    },
    async groupByCode(code) {
      const r = q.groupByCode.get(code);
      return r ? { eventId: r.event_id, groupId: r.group_id } : null;
    },
    async getSetting(key) {
      return q.getSetting.get(key)?.value ?? null;
    },
    async initSetting(key, value) {
      q.initSetting.run(key, value);
      return q.getSetting.get(key)?.value ?? value;
    },
    async putSetting(key, value) {
      q.putSetting.run(key, value);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(SCHEMA_MIGRATIONS_TABLE);
  const done = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version),
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    })();
  }
}

/** Thrown inside a batch transaction to roll it back, carrying what to answer. */
class BatchRefused extends Error {
  constructor(readonly result: AppendResult) {
    super(`batch refused: ${result.status}`);
  }
}
