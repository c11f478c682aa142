// Groups that travel: a phone joined by its group's card follows the group through three
// locations, moved by the organizer's "next slot" (ROT-5, ROT-6).

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { GENEROUS } from '../helpers/server.js';
import { toEnglish, useStage } from '../helpers/screens.js';
import { eventWithRooms, importRotation, nextSlot } from '../helpers/setup-api.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv } = stage;
/** The table is 54 rows; on a busy machine it answers slowly. */
const WAIT = { timeout: 30_000 };

describe.skipIf(!haveBrowser)('a phone that follows its group', () => {
  it('[ROT-5][ROT-6] follows its group through three locations, told where to go', async () => {
    const { ev } = await eventWithRooms(srv, 'Sociale Top');
    const stored = await importRotation(srv, ev.code, [
      // No times: the slots change by the organizer's "next slot" alone, whatever the clock.
      'groep;ronde;locatie;adres',
      'Groep 5;1;Jongerencentrum Lombokplein;Kanaalstraat 10',
      'Groep 5;2;Theater Lombokplein;Kanaalstraat 14',
      'Groep 5;3;Politiebureau Lombokplein;Kanaalstraat 12',
    ]);
    const code = stored.groups[0]!.code;
    const next = () => nextSlot(srv, ev.code);

    const phone = await stage.open('phone');
    await phone.goto(`${srv.url}/g/${code}`);
    await expect
      .poll(() => phone.getByTestId('visit-location').innerText())
      .toBe('Hier: Jongerencentrum Lombokplein — Kanaalstraat 10');
    expect(await phone.getByTestId('visit').innerText()).toContain('Ronde 1 van 3');
    expect(phone.url()).toContain(`?group=${code}`);

    for (const [where, address, slot] of [
      ['Theater Lombokplein', 'Kanaalstraat 14', 2],
      ['Politiebureau Lombokplein', 'Kanaalstraat 12', 3],
    ] as const) {
      await next();
      await expect
        .poll(() => phone.getByTestId('visit-go').innerText())
        .toBe(`Jullie gaan nu naar ${where} — ${address}`);
      expect(await phone.getByTestId('visit').innerText()).toContain(`Ronde ${slot} van 3`);
      // The phone is in that location's room now: its address bar names it.
      const room = stored.visits.find((x) => x.slot === slot - 1)!.roomId;
      await expect.poll(() => phone.url()).toContain(`/j/${ev.code}/${room}?group=${code}`);
      await phone
        .getByTestId('waiting')
        .or(phone.locator('.participant__main form'))
        .first()
        .waitFor();
    }
    await shot(phone, 'rotation-phone-moved');
    // A reload lands where the group is.
    await phone.reload();
    await expect.poll(() => phone.getByTestId('visit').innerText()).toContain('Ronde 3 van 3');
    await phone.context().close();
  });

  it('[ROT-2][ROT-4][ROT-6] the organizer generates the plan, sees it as a table, fixes a row, moves to the next slot; axe nl and en', async () => {
    const { ev } = await eventWithRooms(srv, 'Sociale Top tabel');
    const org = await stage.organizer(ev.code, { ready: 'rotation-panel' });
    await org.getByTestId('rotation-generate').click();
    await expect.poll(() => org.getByTestId('rotation-row').count(), WAIT).toBe(54);
    expect(await org.getByTestId('rotation-now').innerText()).toBe('Nu: ronde 1');
    // Groep 1 in slot 1 is at Wijkcentrum Oudegracht; moving it onto Groep 2's location clashes.
    const first = org.getByTestId('rotation-cell').first();
    expect(await first.locator('option:checked').innerText()).toBe('Wijkcentrum Oudegracht');
    await first.selectOption({ label: 'Basisschool Oudegracht' });
    await expect
      .poll(() => org.getByTestId('rotation-error').innerText(), WAIT)
      .toContain('Groep 2');
    // A location nobody is at in that slot is fine: the plenary room, the first in the list.
    await org.getByTestId('rotation-cell').first().selectOption({ index: 0 });
    await expect.poll(() => org.getByTestId('rotation-saved').isVisible(), WAIT).toBe(true);
    await org.getByTestId('rotation-next').click();
    await expect.poll(() => org.getByTestId('rotation-now').innerText(), WAIT).toBe('Nu: ronde 2');
    await audit(org, 'rotation table nl');
    await shot(org, 'rotation-table', true);
    await toEnglish(org);
    await expect
      .poll(() => org.locator('#rotation-heading').innerText(), WAIT)
      .toBe('Group rounds');
    await audit(org, 'rotation table en');
    await org.context().close();
  }, 240_000);
});
