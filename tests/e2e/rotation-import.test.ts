// The organizer imports a rotation plan through the form: "Controleren" shows every problem
// with its line and creates nothing; a good plan shows its counts, "Invoeren" fills the table
// (ROT-3, ROT-20).

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { GENEROUS } from '../helpers/server.js';
import { useStage } from '../helpers/screens.js';
import { eventWithRooms } from '../helpers/setup-api.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv } = stage;

const BAD = [
  'groep;ronde;locatie;begin;eind',
  'Groep A;1;Wijkcentrum Oudegracht;10:00;10:45',
  'Groep A;1;Basisschool Oudegracht;10:00;10:45',
  'Groep B;1;Nergenshuis;10:00;10:45',
].join('\n');

const GOOD = [
  'groep;ronde;locatie;begin;eind;adres',
  'Groep A;1;Wijkcentrum Oudegracht;10:00;10:45;Oudegracht 1',
  'Groep A;2;Basisschool Oudegracht;11:00;11:45;Oudegracht 3',
  'Groep B;1;Basisschool Oudegracht;10:00;10:45;Oudegracht 3',
  'Groep B;2;Wijkcentrum Oudegracht;11:00;11:45;Oudegracht 1',
].join('\n');

describe.skipIf(!haveBrowser)('the organizer imports a rotation plan', () => {
  it('[ROT-20][ROT-3] a group in two places shows line-numbered problems and creates nothing; a good plan fills the table', async () => {
    const { ev } = await eventWithRooms(srv, 'Sociale Top invoer');
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const stored = async () => {
      const res = await fetch(`${srv.url}/api/events/${ev.code}/rotation`, { headers: auth });
      return ((await res.json()) as { plan: unknown }).plan;
    };

    const org = await stage.organizer(ev.code, { ready: 'rotation-import', timeout: 60_000 });

    await org.getByTestId('rotation-input').fill(BAD);
    await org.getByTestId('rotation-check').click();
    const problems = org.getByTestId('rotation-problem');
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const said = (await problems.allInnerTexts()).join('\n');
    expect(said).toMatch(/Regel 3: .*Groep A/);
    expect(said).toMatch(/Regel 4: .*Nergenshuis/);
    expect(await org.getByTestId('rotation-go').count()).toBe(0);
    expect(await org.getByTestId('rotation-table').count()).toBe(0);
    await org.getByTestId('rotation-import').scrollIntoViewIfNeeded();
    await shot(org, 'rotation-import-problems');
    expect(await stored()).toBeNull();

    await org.getByTestId('rotation-input').fill(GOOD);
    await expect.poll(() => problems.count()).toBe(0);
    await org.getByTestId('rotation-check').click();
    await expect
      .poll(() => org.getByTestId('rotation-preview-counts').innerText(), { timeout: 30_000 })
      .toBe('2 groepen, 2 rondes, 2 locaties, 4 bezoeken');
    // Checking created nothing yet.
    expect(await stored()).toBeNull();
    await audit(org, 'rotation import preview nl');
    await shot(org, 'rotation-import-preview');
    await org.getByTestId('rotation-go').click();
    await expect.poll(() => org.getByTestId('rotation-row').count(), { timeout: 30_000 }).toBe(2);
    expect(await org.getByTestId('rotation-imported').innerText()).toBe(
      'Rondeplan ingevoerd: 2 groepen.',
    );
    const cells = await org.locator('[data-testid="rotation-cell"] option:checked').allInnerTexts();
    expect(cells).toEqual([
      'Wijkcentrum Oudegracht',
      'Basisschool Oudegracht',
      'Basisschool Oudegracht',
      'Wijkcentrum Oudegracht',
    ]);
    expect(await stored()).not.toBeNull();
    await org.context().close();
  }, 240_000);
});
