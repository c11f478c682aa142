// The event's time zone for the time plan (CLOCK-7) across summer time, and the organizer's
// list of sent notices built from the overview's rows (NOTICE-11).

import { describe, expect, it } from 'vitest';
import { minutesOfDay, nowNext, type PlanItem } from '../../shared/clock.js';
import { noticeSummaries, type NoticeView } from '../../shared/notice.js';

const at = (iso: string) => Date.parse(iso);
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('the plan in the event’s time zone', () => {
  it('[CLOCK-7] 12:00 UTC is 13:00 in Amsterdam in winter and 14:00 in summer', () => {
    expect(hhmm(minutesOfDay(at('2026-01-15T12:00:00Z'), 'Europe/Amsterdam'))).toBe('13:00');
    expect(hhmm(minutesOfDay(at('2026-07-15T12:00:00Z'), 'Europe/Amsterdam'))).toBe('14:00');
    // Without a zone: the event default (Europe/Amsterdam), never the machine's own.
    expect(hhmm(minutesOfDay(at('2026-07-15T12:00:00Z')))).toBe('14:00');
  });

  it('[CLOCK-7] across the spring and autumn changes in Europe', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    expect(hhmm(minutesOfDay(at('2026-03-29T00:59:00Z'), 'Europe/Amsterdam'))).toBe('01:59');
    expect(hhmm(minutesOfDay(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam'))).toBe('03:00');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    expect(hhmm(minutesOfDay(at('2026-10-25T00:59:00Z'), 'Europe/Amsterdam'))).toBe('02:59');
    expect(hhmm(minutesOfDay(at('2026-10-25T01:00:00Z'), 'Europe/Amsterdam'))).toBe('02:00');
  });

  it('[CLOCK-7] the weeks the US and Europe differ: New York is 5 h, then 4 h behind Amsterdam', () => {
    // 20 March 2026: New York on summer time already (8 March), Amsterdam not yet.
    const m = at('2026-03-20T13:00:00Z');
    expect(hhmm(minutesOfDay(m, 'America/New_York'))).toBe('09:00');
    expect(hhmm(minutesOfDay(m, 'Europe/Amsterdam'))).toBe('14:00');
    // Later: both on summer time, six hours apart.
    const later = at('2026-04-10T12:00:00Z');
    expect(minutesOfDay(later, 'Europe/Amsterdam') - minutesOfDay(later, 'America/New_York')).toBe(
      360,
    );
  });

  it('[CLOCK-7] now / next at 14:00 Amsterdam whatever zone the screen is in', () => {
    const plan: PlanItem[] = [
      { label: 'Opening', start: '13:30', end: '14:00' },
      { label: 'Ronde 1', start: '14:00', end: '14:45' },
      { label: 'Plenair', start: '15:00' },
    ];
    // 14:10 in Amsterdam in summer is 12:10 UTC, 08:10 in New York.
    const { now, next } = nowNext(
      plan,
      minutesOfDay(at('2026-06-01T12:10:00Z'), 'Europe/Amsterdam'),
    );
    expect(now?.label).toBe('Ronde 1');
    expect(next?.label).toBe('Plenair');
  });

  it('[CLOCK-7] an unknown zone falls back to Amsterdam instead of throwing', () => {
    expect(hhmm(minutesOfDay(at('2026-01-15T12:00:00Z'), 'Mars/Olympus'))).toBe('13:00');
  });
});

describe('the list of sent notices', () => {
  const n = (id: string, over: Partial<NoticeView> = {}): NoticeView => ({
    id,
    text: `Bericht ${id}`,
    audience: ['chairs', 'projectors'],
    sentAt: 1000,
    seenAt: null,
    ...over,
  });

  it('[NOTICE-11] per notice: rooms, chairs asked, confirmed, and which rooms have not, newest first', () => {
    const list = noticeSummaries([
      { name: 'Tafel 1', activeNotice: n('a', { seenAt: 2000 }) },
      { name: 'Tafel 2', activeNotice: n('a') },
      { name: 'Tafel 3', activeNotice: n('b', { audience: ['phones'], sentAt: 3000 }) },
      { name: 'Tafel 4', activeNotice: null },
      { name: 'Tafel 5' },
    ]);
    expect(list).toEqual([
      expect.objectContaining({ id: 'b', rooms: 1, toConfirm: 0, confirmed: 0, waiting: [] }),
      expect.objectContaining({
        id: 'a',
        rooms: 2,
        toConfirm: 2,
        confirmed: 1,
        waiting: ['Tafel 2'],
      }),
    ]);
  });

  it('[NOTICE-11] 600 rooms are summed in one pass', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({
      name: `Tafel ${i + 1}`,
      activeNotice: n('a', i % 3 === 0 ? { seenAt: 5 } : {}),
    }));
    const [s] = noticeSummaries(rows);
    expect(s).toMatchObject({ rooms: 600, toConfirm: 600, confirmed: 200 });
    expect(s!.waiting).toHaveLength(400);
  });
});
