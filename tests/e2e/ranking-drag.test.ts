// Dragging on the phone (RANK-7): the handle takes an item to another place with a pointer,
// the new place is announced, and the ballot sent is the dragged order.

import { describe, expect, it } from 'vitest';
import { haveBrowser } from '../helpers/browser.js';
import { asChair } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, problems } = stage;

describe.skipIf(!haveBrowser)('dragging a ranking on the phone', () => {
  it('[RANK-7] the handle drags the last item to the top; the ballot is the dragged order', async () => {
    const ev = await srv.createEvent('Slepen');
    const plenary = await asChair(srv, ev);
    const items = ['Noord', 'Oost', 'Zuid', 'West'].map((label, i) => ({ id: `i${i}`, label }));
    const { id } = (await plenary.command({
      type: 'activity.create',
      kind: 'ranking',
      title: 'Slepen',
      config: { mode: 'order', items, resultsMode: 'live' },
    })) as { id: string };
    await plenary.command({ type: 'activity.show', activityId: id });
    await plenary.command({ type: 'ranking.control', rankingId: id, action: 'open' });

    const phone = await stage.open('phone', { url: `${srv.url}/j/${ev.code}` });
    await phone.getByTestId('ranking-list').waitFor({ timeout: 30_000 });
    const labels = () =>
      phone
        .getByTestId('ranking-item')
        .evaluateAll((els) =>
          els.map((e) => e.querySelector('.rank-item__label')?.lastChild?.textContent ?? ''),
        );
    expect(await labels()).toEqual(['Noord', 'Oost', 'Zuid', 'West']);
    const handle = await phone.locator('.rank-item__handle').last().boundingBox();
    const top = await phone.getByTestId('ranking-item').first().boundingBox();
    await phone.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
    await phone.mouse.down();
    await phone.mouse.move(handle!.x + handle!.width / 2, top!.y + 2, { steps: 12 });
    await phone.mouse.up();
    await expect.poll(labels, { timeout: 15_000 }).toEqual(['West', 'Noord', 'Oost', 'Zuid']);
    await expect
      .poll(() => phone.locator('[aria-live]').allInnerTexts(), { timeout: 15_000 })
      .toContain('West staat nu op plaats 1 van 4.');
    await phone.getByTestId('ranking-send').click();
    await plenary.until(
      () => plenary.rankings.get(id)?.rounds[0]?.items.find((i) => i.itemId === 'i3')?.mean === 1,
      30_000,
    );
    expect(problems).toEqual([]);
    plenary.close();
  }, 120_000);
});
