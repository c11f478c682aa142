import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTime,
} from '../../shared/format.js';
import { translate } from '../../shared/i18n/index.js';
import type { PollExport, RoomExport, WallExport } from '../../server/domain/harvest.js';
import { harvestMarkdown } from '../../server/routes/export-md.js';

// 5 March 2026, 13:07 UTC = 14:07 in Amsterdam.
const T = Date.UTC(2026, 2, 5, 13, 7);
const AMS = { timeZone: 'Europe/Amsterdam' };

describe('locale formatting', () => {
  it('[FMT-1] numbers: Dutch groups with a dot and decimals with a comma, English the other way', () => {
    expect(formatNumber(1234.5, 'nl', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(650, 'nl')).toBe('650');
    expect(formatNumber(2.75, 'nl')).toBe('3');
  });

  it('[FMT-1] percentages are given as 0–100 and rounded to whole percents by default', () => {
    expect(formatPercent(62.5, 'nl', 1)).toBe('62,5%');
    expect(formatPercent(62.5, 'en', 1)).toBe('62.5%');
    expect(formatPercent(41.4, 'nl')).toBe('41%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('[FMT-1] dates in words per language, times on the 24-hour clock in both', () => {
    expect(formatDate(T, 'nl', AMS)).toBe('5 maart 2026');
    expect(formatDate(T, 'en', AMS)).toBe('5 March 2026');
    expect(formatTime(T, 'nl', AMS)).toBe('14:07');
    expect(formatTime(T, 'en', AMS)).toBe('14:07');
    expect(formatDateTime(T, 'nl', AMS)).toBe('5 mrt 2026, 14:07');
    expect(formatDateTime(T, 'en', AMS)).toBe('5 Mar 2026, 14:07');
  });

  it('[FMT-1] numbers put into texts are formatted the language’s way', () => {
    expect(translate('nl', 'poll.votes', { n: 1250 })).toBe('1.250 stemmen');
    expect(translate('en', 'poll.votes', { n: 1250 })).toBe('1,250 votes');
    expect(translate('nl', 'poll.mean', { mean: 3.25 })).toBe('Gemiddeld 3,25');
  });

  it('[FMT-1] the Markdown report writes counts, percentages and means per language', () => {
    const round = {
      round: 1,
      voters: 1200,
      options: [{ id: 'a', label: 'Ja', count: 750, percent: 62.5 }],
      mean: 3.25,
    };
    const poll = {
      kind: 'poll',
      id: 'p',
      title: 'Stelling',
      order: 1,
      statements: [],
      pollKind: 'choice',
      question: 'Eens?',
      state: 'revealed',
      options: [],
      rounds: [round],
    } as unknown as PollExport;
    const wall = {
      kind: 'wall',
      id: 'w',
      title: 'Muur',
      order: 0,
      prompt: 'Wat raakt je?',
      statements: [
        {
          id: 's',
          text: 'Meer tijd',
          name: null,
          status: 'approved',
          hearts: 1500,
          pinned: false,
          originalText: null,
          createdAt: new Date(T).toISOString(),
        },
      ],
    } as WallExport;
    const rooms: RoomExport[] = [
      { id: 'r', name: 'Zaal', kind: 'plenary', activities: [wall, poll] },
    ];
    const nl = harvestMarkdown('Top', 'nl', rooms);
    expect(nl).toContain('Ja: 750 (62,5%)');
    expect(nl).toContain('1\\.200 stemmen');
    expect(nl).toContain('3,25');
    expect(nl).toContain('(♥ 1.500)');
    const en = harvestMarkdown('Top', 'en', rooms);
    expect(en).toContain('Ja: 750 (62.5%)');
    expect(en).toContain('1,200 votes');
    expect(en).toContain('(♥ 1,500)');
  });
});
