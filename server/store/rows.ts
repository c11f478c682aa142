// Rows as both databases return them, and their mapping to records. PostgreSQL returns BIGINT
// as a string, hence Number() on every numeric column.

import { isProjectorTheme } from '../../shared/brand.js';
import type { Actor, Change, DomainEvent } from '../domain/types.js';
import type { EventRecord, LogoRecord, RoomRecord } from './types.js';

export interface EventRow {
  id: string;
  code: string;
  name: string;
  language: string;
  chair_key_hash: string;
  chair_key_version: number | string;
  created_at: number | string;
  ends_at: number | string | null;
  accent_color: string | null;
  projector_theme?: string | null;
  logo_hash?: string | null;
}
export interface RoomRow {
  id: string;
  event_id: string;
  name: string;
  kind: string;
  location: string | null;
  arrangement: string | null;
  chair_name: string | null;
  sort: number | string;
  chair_key_hash: string | null;
  chair_key_version: number | string;
  created_at: number | string;
}
export interface LogoRow {
  hash: string;
  mime: string;
  bytes: Uint8Array;
  created_at: number | string;
}
export interface ChangeRow {
  room_id: string;
  seq: number | string;
  client_id: string | null;
  actor: string;
  payload: string;
  at: number | string;
}

/** The columns an event and a room share: their chair secret's hash and version, and when made. */
const chairKeyAndAge = <H extends string | null>(r: {
  chair_key_hash: H;
  chair_key_version: number | string;
  created_at: number | string;
}) => ({
  chairKeyHash: r.chair_key_hash,
  chairKeyVersion: Number(r.chair_key_version),
  createdAt: Number(r.created_at),
});

export const toEvent = (r: EventRow): EventRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  language: r.language === 'en' ? 'en' : 'nl',
  ...chairKeyAndAge(r),
  endsAt: r.ends_at === null || r.ends_at === undefined ? null : Number(r.ends_at),
  accentColor: r.accent_color ?? null,
  projectorTheme: isProjectorTheme(r.projector_theme) ? r.projector_theme : null,
  logoHash: r.logo_hash ?? null,
});

export const toRoom = (r: RoomRow): RoomRecord => ({
  id: r.id,
  eventId: r.event_id,
  name: r.name,
  kind: r.kind === 'plenary' ? 'plenary' : 'room',
  location: r.location,
  arrangement: r.arrangement ?? null,
  chairName: r.chair_name ?? null,
  sort: Number(r.sort),
  ...chairKeyAndAge(r),
});

export const toChange = (r: ChangeRow): Change => ({
  roomId: r.room_id,
  seq: Number(r.seq),
  clientId: r.client_id,
  actor: JSON.parse(r.actor) as Actor,
  at: Number(r.at),
  event: JSON.parse(r.payload) as DomainEvent,
});

export const toLogo = (r: LogoRow | undefined | null): LogoRecord | null =>
  r
    ? {
        hash: r.hash,
        mime: r.mime,
        bytes: new Uint8Array(r.bytes),
        createdAt: Number(r.created_at),
      }
    : null;
