// A slide over real sockets: the chair creates, edits and shows it, the hall follows; a phone
// cannot make one (SLIDE-1, SLIDE-2, SLIDE-4).

import { describe, expect, it } from 'vitest';
import type { SlideActivity } from '../../shared/model.js';
import { SLIDE_BODY_LENGTH } from '../../shared/slide.js';
import { newActivity, showNewActivity, useEvent } from '../helpers/scenario.js';

const scene = useEvent('Slide');

describe('a slide over the socket', () => {
  it('[SLIDE-1][SLIDE-4] the chair creates, shows and edits a slide; phone and projector follow', async () => {
    const chair = await scene.chair();
    const phone = await scene.participant('slide-phone-1');
    const projector = await scene.projector();
    const id = await showNewActivity(chair, {
      kind: 'slide',
      title: 'Welkom',
      config: { body: 'Regel één\nRegel twee' },
    });
    const slide = (c: typeof phone) => c.activities.get(id) as SlideActivity | undefined;
    await phone.until(() => slide(phone)?.config.body === 'Regel één\nRegel twee');
    await projector.until(() => slide(projector)?.title === 'Welkom');

    const edited = await chair.command({
      type: 'activity.update',
      activityId: id,
      title: 'Doe mee',
      config: { variant: 'join', body: '' },
    });
    expect(edited.type).toBe('ack');
    await phone.until(() => slide(phone)?.config.variant === 'join');
    expect(slide(phone)).toMatchObject({ title: 'Doe mee', config: { body: '' } });

    const tooLong = await chair.command({
      type: 'activity.update',
      activityId: id,
      config: { body: 'x'.repeat(SLIDE_BODY_LENGTH + 1) },
    });
    expect(tooLong).toMatchObject({ type: 'error', code: 'text_too_long' });
    expect(slide(chair)?.config.variant).toBe('join');
  });

  it('[SLIDE-2] a phone cannot create or edit a slide; nothing reaches the agenda', async () => {
    const chair = await scene.chair();
    const phone = await scene.participant('slide-phone-2');
    const before = chair.activities.size;
    const created = await phone.command({
      type: 'activity.create',
      kind: 'slide',
      title: 'Gratis bier',
      config: { body: 'bij de uitgang' },
    });
    expect(created).toMatchObject({ type: 'error', code: 'forbidden' });
    const [first] = [...chair.activities.keys()];
    if (first) {
      const edit = await phone.command({
        type: 'activity.update',
        activityId: first,
        config: { body: 'gehackt' },
      });
      expect(edit).toMatchObject({ type: 'error', code: 'forbidden' });
    }
    // A marker after the refusals: once the chair sees it, it would have seen a slide too.
    await newActivity(chair, { kind: 'wall', title: 'Marker', config: {} });
    await chair.until(() => chair.activities.size === before + 1);
    expect([...chair.activities.values()].map((a) => a.title)).not.toContain('Gratis bier');
  });
});
