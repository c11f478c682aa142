import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../server/kinds/poll/report-chart.js';
import { reportHtml, type ReportInput } from '../../server/routes/report-html.js';
import { exportRoom } from '../helpers/export-room.js';

const XSS = `<img src=x onerror="alert(1)">&'`;

const room = exportRoom;

const base: ReportInput = {
  lang: 'nl',
  event: { name: 'Sociale Top', createdAt: Date.UTC(2026, 10, 24, 10) },
  rooms: [],
  harvest: [],
  participants: 0,
  contributions: 0,
  complete: true,
};

describe('report rendering', () => {
  it('[EXPORT-4] user text is escaped everywhere: names, statements, options, harvest', () => {
    const html = reportHtml({
      ...base,
      event: { ...base.event, name: XSS },
      harvest: [{ text: XSS, name: XSS, roomId: 'r', roomName: XSS, group: XSS }],
      rooms: [
        room(XSS, {
          location: XSS,
          chairName: XSS,
          activities: [
            {
              id: 'w',
              kind: 'wall',
              title: XSS,
              order: 0,
              prompt: XSS,
              config: { prompt: XSS, maxLength: 140, moderation: 'pre', open: true },
              statements: [
                {
                  id: 's',
                  text: XSS,
                  name: XSS,
                  status: 'approved',
                  hearts: 2,
                  pinned: false,
                  originalText: null,
                  createdAt: '2026-11-24T10:00:00.000Z',
                },
              ],
            },
            {
              id: 'p',
              kind: 'poll',
              title: XSS,
              order: 1,
              pollKind: 'single',
              question: XSS,
              state: 'open',
              options: [{ id: 'o1', label: XSS }],
              rounds: [
                {
                  round: 1,
                  voters: 1,
                  options: [{ id: 'o1', label: XSS, count: 1, percent: 100 }],
                },
              ],
              statements: [],
              config: {} as never,
            },
          ],
        }),
      ],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;');
  });

  it('[EXPORT-4] the SVG chart has a bar per option sized by count, and the numbers as text', () => {
    const svg = barChartSvg(
      [
        { label: 'Ja', count: 8, percent: 61.5 },
        { label: 'Nee', count: 5, percent: 38.5 },
        { label: 'Weet niet', count: 0, percent: 0 },
      ],
      { id: 'c1', title: 'Wat kies jij?', alt: 'Ja 8, Nee 5', locale: 'nl-NL' },
    );
    expect(svg).toMatch(/^<svg class="chart" role="img" aria-labelledby="c1-t c1-d"/);
    expect(svg).toContain('<title id="c1-t">Wat kies jij?</title>');
    expect(svg).toContain('<desc id="c1-d">Ja 8, Nee 5</desc>');
    const widths = [...svg.matchAll(/width="(\d+)" height="16" class="bar-fill"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([470, Math.round((5 / 8) * 470), 0]);
    expect(svg).toContain('>8 (61,5%)<');
    expect(svg).toContain('>5 (38,5%)<');
    expect(svg).not.toContain('style=');
  });

  it('[EXPORT-4] the cover has the date per locale and the counts; a partial report says so', () => {
    const nl = reportHtml({ ...base, participants: 1234, contributions: 5, complete: false });
    expect(nl).toContain('<dd>24 november 2026</dd>');
    expect(nl).toContain('<dd>1.234</dd>');
    expect(nl).toContain('class="partial"');
    const en = reportHtml({ ...base, lang: 'en' });
    expect(en).toContain('<dd>24 November 2026</dd>');
    expect(en).toContain('Nothing was sent to the plenary.');
    expect(en).not.toContain('class="partial"');
  });

  it('[EXPORT-4] the harvest comes before the rooms, and the harvest wall is not repeated', () => {
    const html = reportHtml({
      ...base,
      harvest: [{ text: 'Buurtkamer', name: null, roomId: 'r', roomName: 'Tafel 7', group: null }],
      rooms: [
        room('Plenaire zaal', {
          kind: 'plenary',
          activities: [
            {
              id: 'h',
              kind: 'wall',
              title: 'Oogst uit de ruimtes',
              order: 0,
              prompt: '',
              config: {
                prompt: '',
                maxLength: 140,
                moderation: 'post',
                open: false,
                harvest: true,
              },
              statements: [],
            },
          ],
        }),
        room('Tafel 7'),
      ],
    });
    expect(html.indexOf('Buurtkamer')).toBeLessThan(html.indexOf('data-testid="report-quiet"'));
    expect(html).not.toContain('Oogst uit de ruimtes');
    // Neither room has contributions of its own: both are listed together (EXPORT-7).
    expect(html).not.toContain('data-testid="report-room"');
    expect(html.match(/data-testid="report-quiet-room"/g)).toHaveLength(2);
  });
});
