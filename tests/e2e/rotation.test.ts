// Groups that travel: a phone joined by its group's card follows the group through three
// locations, moved by the organizer's "next slot" (ROT-5, ROT-6).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RotationPlan } from '../../shared/rotation.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { GENEROUS } from '../helpers/server.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv } = stage;

describe.skipIf(!haveBrowser)('a phone that follows its group', () => {
  it('[ROT-5][ROT-6] follows its group through three locations, told where to go', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const rooms = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'),
    });
    expect(rooms.status).toBe(201);
    const plan = [
      // No times: the slots change by the organizer's "next slot" alone, whatever the clock.
      'groep;ronde;locatie;adres',
      'Groep 5;1;Jongerencentrum Lombokplein;Kanaalstraat 10',
      'Groep 5;2;Theater Lombokplein;Kanaalstraat 14',
      'Groep 5;3;Politiebureau Lombokplein;Kanaalstraat 12',
    ].join('\n');
    const made = await fetch(`${srv.url}/api/events/${ev.code}/rotation/import`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: plan,
    });
    expect(made.status).toBe(201);
    const { plan: stored } = (await made.json()) as { plan: RotationPlan };
    const code = stored.groups[0]!.code;
    const next = async () => {
      const res = await fetch(`${srv.url}/api/events/${ev.code}/rotation/next`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(200);
    };

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
    const ev = await srv.createEvent('Sociale Top tabel');
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const rooms = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'),
    });
    expect(rooms.status).toBe(201);
    const org = await stage.open('organizer');
    await org.goto(`${srv.url}/o?t=${srv.adminToken}`);
    await org
      .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
      .click();
    await org.getByTestId('rotation-panel').waitFor();
    await org.getByTestId('rotation-generate').click();
    await expect.poll(() => org.getByTestId('rotation-row').count()).toBe(54);
    expect(await org.getByTestId('rotation-now').innerText()).toBe('Nu: ronde 1');
    // Groep 1 in slot 1 is at Wijkcentrum Oudegracht; moving it onto Groep 2's location clashes.
    const first = org.getByTestId('rotation-cell').first();
    expect(await first.locator('option:checked').innerText()).toBe('Wijkcentrum Oudegracht');
    await first.selectOption({ label: 'Basisschool Oudegracht' });
    await expect.poll(() => org.getByTestId('rotation-error').innerText()).toContain('Groep 2');
    // A location nobody is at in that slot is fine: the plenary room, the first in the list.
    await org.getByTestId('rotation-cell').first().selectOption({ index: 0 });
    await expect.poll(() => org.getByTestId('rotation-saved').isVisible()).toBe(true);
    await org.getByTestId('rotation-next').click();
    await expect.poll(() => org.getByTestId('rotation-now').innerText()).toBe('Nu: ronde 2');
    await audit(org, 'rotation table nl');
    await shot(org, 'rotation-table', true);
    const sw = org.locator('.lang-switch');
    if ((await sw.innerText()).includes('English')) await sw.click();
    await expect.poll(() => org.locator('#rotation-heading').innerText()).toBe('Group rounds');
    await audit(org, 'rotation table en');
    await org.context().close();
  }, 240_000);
});
