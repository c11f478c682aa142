// Versioned schema migrations. Each entry runs once, in order, inside a transaction; the
// applied versions are kept in schema_migrations. Never edit a released entry: add one.
// The SQL is written to run on both SQLite and PostgreSQL.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The bookkeeping table itself, created before any migration runs. */
export const SCHEMA_MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)';

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'events, rooms, change log, settings',
    sql: `
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        language TEXT NOT NULL,
        chair_key_hash TEXT NOT NULL,
        chair_key_version INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        location TEXT,
        sort INTEGER NOT NULL,
        chair_key_hash TEXT,
        chair_key_version INTEGER NOT NULL DEFAULT 1,
        seq BIGINT NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX rooms_event ON rooms(event_id, sort);
      CREATE TABLE changes (
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        seq BIGINT NOT NULL,
        client_id TEXT,
        actor TEXT NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (room_id, seq)
      );
      CREATE UNIQUE INDEX changes_client ON changes(room_id, client_id);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'room details, event end and branding',
    sql: `
      ALTER TABLE rooms ADD COLUMN chair_name TEXT;
      ALTER TABLE rooms ADD COLUMN arrangement TEXT;
      ALTER TABLE events ADD COLUMN ends_at BIGINT;
      ALTER TABLE events ADD COLUMN accent_color TEXT;
      CREATE INDEX events_ends_at ON events(ends_at);
    `,
  },
  {
    version: 3,
    name: 'projector theme and event logo',
    sql: `
      ALTER TABLE events ADD COLUMN projector_theme TEXT;
      ALTER TABLE events ADD COLUMN logo_hash TEXT;
      CREATE TABLE event_logos (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        mime TEXT NOT NULL,
        bytes BYTEA NOT NULL,
        created_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'pitch decks',
    sql: `
      CREATE TABLE decks (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        pages INTEGER NOT NULL,
        width DOUBLE PRECISION NOT NULL,
        height DOUBLE PRECISION NOT NULL,
        size BIGINT NOT NULL,
        hash TEXT NOT NULL,
        phone_view INTEGER NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        bytes BYTEA NOT NULL
      );
      CREATE INDEX decks_event ON decks(event_id, created_at);
    `,
  },
  {
    version: 5,
    name: 'rotation plans and group join codes',
    sql: `
      CREATE TABLE rotation_plans (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE rotation_groups (
        code TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        group_id TEXT NOT NULL
      );
      CREATE INDEX rotation_groups_event ON rotation_groups(event_id);
    `,
  },
  {
    version: 6,
    name: 'slide images of pitch decks for phones',
    sql: `
      CREATE TABLE deck_slides (
        deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        bytes BYTEA NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (deck_id, page)
      );
    `,
  },
];
