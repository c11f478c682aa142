// The slide's rules on a built room: its settings, checked to the character, and the refusals
// with their codes (SLIDE-1, SLIDE-2), its views (SLIDE-4) and its exports (SLIDE-5).

import { describe, expect, it } from 'vitest';
import { harvestRoom } from '../../server/domain/harvest.js';
import type { RoomState } from '../../server/domain/types.js';
import { snapshotFor } from '../../server/domain/views.js';
import { kindOf } from '../../server/kinds/index.js';
import { planActivities, specFromExport } from '../../server/domain/setup.js';
import type { SlideActivity } from '../../shared/model.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';
import { SLIDE_BODY_LENGTH } from '../../shared/slide.js';
import { chair, codeOf, committer, emptyRoom, participant, ticking } from '../helpers/domain.js';

const commit = committer(ticking());
let n = 0;

const create = (s: RoomState, config: object, title = '', who = chair) =>
  commit(s, who, {
    type: 'activity.create',
    id: `sl${++n}`,
    kind: 'slide',
    title,
    config,
  } as CommandMessage);
const update = (s: RoomState, activityId: string, config: object, title?: string) =>
  commit(s, chair, {
    type: 'activity.update',
    id: `u${++n}`,
    activityId,
    config,
    ...(title !== undefined ? { title } : {}),
  } as CommandMessage);
const slideOf = (s: RoomState, id: string) => s.activities.get(id) as SlideActivity;
const lastId = () => `sl${n}`;

describe('a slide on the agenda', () => {
  it('[SLIDE-1] a text slide keeps its line breaks, folds spaces and gets a default title', () => {
    const s = emptyRoom();
    expect(
      codeOf(create(s, { body: '  Welkom!\n\n\n\nPauze   om 15.00\r\nDaarna: rondes ' })),
    ).toBe('ok');
    const a = slideOf(s, lastId());
    expect(a.title).toBe('Dia');
    expect(a.config).toEqual({
      variant: 'text',
      body: 'Welkom!\n\nPauze om 15.00\nDaarna: rondes',
    });
  });

  it('[SLIDE-1] the join slide is named "Doe mee" until the chair names it', () => {
    const s = emptyRoom();
    create(s, { variant: 'join' });
    expect(slideOf(s, lastId()).title).toBe('Doe mee');
    create(s, { variant: 'join' }, 'Pak je telefoon');
    expect(slideOf(s, lastId()).title).toBe('Pak je telefoon');
  });

  it('[SLIDE-1] a body over the limit is refused with text_too_long, on create and on update', () => {
    const s = emptyRoom();
    const long = '♥'.repeat(SLIDE_BODY_LENGTH + 1);
    expect(codeOf(create(s, { body: long }))).toBe('text_too_long');
    expect(s.activities.has(lastId())).toBe(false);
    // An emoji is one character: exactly the limit passes.
    expect(codeOf(create(s, { body: '🙂'.repeat(SLIDE_BODY_LENGTH) }))).toBe('ok');
    const id = lastId();
    const r = update(s, id, { body: long });
    expect(codeOf(r)).toBe('text_too_long');
    expect(!r.ok && r.error.field).toBe('body');
    expect(slideOf(s, id).config.body).toBe('🙂'.repeat(SLIDE_BODY_LENGTH));
  });

  it("[SLIDE-1] another kind's settings and an unknown variant are refused as invalid", () => {
    const s = emptyRoom();
    create(s, {});
    const id = lastId();
    expect(codeOf(update(s, id, { prompt: 'Wat vind jij?' }))).toBe('invalid');
    expect(codeOf(update(s, id, { variant: 'video' }))).toBe('invalid');
    expect(slideOf(s, id).config).toEqual({ variant: 'text', body: '' });
    // The parser refuses them before they reach the room, with a code too.
    const bad = (config: object) =>
      parseClientMessage(
        JSON.stringify({ type: 'activity.create', id: 'x', kind: 'slide', title: '', config }),
      );
    expect(bad({ variant: 'video' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad({ body: 42 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad({ body: 'x'.repeat(SLIDE_BODY_LENGTH * 2 + 1) })).toMatchObject({ ok: false });
    expect(bad({ body: 'a\u0000b' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad({ body: 'Regel 1\nRegel 2', variant: 'join' })).toMatchObject({ ok: true });
  });

  it('[SLIDE-1] the chair edits title, text and variant; a text of only spaces is no text', () => {
    const s = emptyRoom();
    create(s, {});
    const id = lastId();
    expect(codeOf(update(s, id, { body: 'Regel 1\nRegel 2', variant: 'join' }, 'Welkom'))).toBe(
      'ok',
    );
    expect(slideOf(s, id)).toMatchObject({
      title: 'Welkom',
      config: { variant: 'join', body: 'Regel 1\nRegel 2' },
    });
    update(s, id, { body: ' \u200b ' });
    expect(slideOf(s, id).config.body).toBe('');
  });

  it('[SLIDE-2] a participant cannot create a slide', () => {
    const s = emptyRoom();
    expect(codeOf(create(s, { body: 'Gratis bier' }, 'Hack', participant(1)))).toBe('forbidden');
    expect([...s.activities.values()].some((a) => a.kind === 'slide')).toBe(false);
  });

  it('[SLIDE-4] the hall receives the slide only while it is on screen', () => {
    const s = emptyRoom();
    create(s, { body: 'Tekst' }, 'Welkom');
    const id = lastId();
    expect(snapshotFor(s, 'public').activities).toEqual([]);
    commit(s, chair, { type: 'activity.show', id: `show${++n}`, activityId: id });
    expect(snapshotFor(s, 'public').activities).toEqual([slideOf(s, id)]);
  });

  it('[SLIDE-5] the JSON export keeps the text, Markdown lists the title, CSV and report skip it', () => {
    const s = emptyRoom();
    create(s, { body: 'Pauze *tot* 15.00' }, 'Pauze');
    const exported = harvestRoom(s).activities[0]!;
    expect(exported).toMatchObject({ kind: 'slide', title: 'Pauze', variant: 'text' });
    expect(exported.kind === 'slide' && exported.body).toBe('Pauze *tot* 15.00');
    const k = kindOf('slide');
    expect(k.markdown(exported, (key) => key, 'nl')).toEqual(['### Pauze', '']);
    expect(k.csvRows({ room: 'Zaal' }, exported)).toEqual([]);
    expect(k.contributed(exported)).toBe(false);
    expect(k.printed).toBe(false);
  });

  it('[SLIDE-5] an imported export brings the slide back with its text', () => {
    const s = emptyRoom();
    create(s, { variant: 'join', body: 'Regel 1\nRegel 2' }, 'Doe mee');
    const a = slideOf(s, lastId());
    const spec = specFromExport('slide', a.title, { ...a.config, extra: 1 });
    expect(spec.config).toEqual({ variant: 'join', body: 'Regel 1\nRegel 2' });
    const planned = planActivities(emptyRoom(), [spec], () => 'imp1');
    expect(planned.ok && planned.value[0]).toMatchObject({
      type: 'activity.created',
      activity: { kind: 'slide', title: 'Doe mee', config: spec.config },
    });
  });
});
