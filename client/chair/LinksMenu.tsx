// The console's menu of the room's screen links (projector, join, speaker) and downloads.
import { useEffect, useRef } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { lang, t, type MessageKey } from '../lib/i18n.js';
import { exportPath, joinPath, projectorPath, reportPath, speakerPath } from '../lib/route.js';

interface Props {
  event: EventInfo;
  room: RoomSummary;
  chairKey: string;
}

/**
 * The screen links and the downloads in one menu, so they do not fill and wrap the top bar
 * (CHAIR-8). A disclosure: Esc or a click elsewhere closes it.
 */
export function LinksMenu({ event, room, chairKey }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const el = menu.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
        if (e instanceof KeyboardEvent) el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);
  const joinHref = joinPath(event.code, room.kind === 'plenary' ? undefined : room.id);
  const nl = lang.value === 'nl';
  return (
    <details class="links-menu" ref={menu} data-testid="links-menu">
      <summary class="btn">{t('chair.menu')}</summary>
      <nav class="links-menu__list" aria-label={t('chair.links')}>
        <NewTab
          href={projectorPath(event.code, room.id)}
          testId="projector-link"
          label="chair.projectorLink"
        />
        <NewTab href={joinHref} testId="join-link" label="chair.joinLink" />
        <NewTab
          href={speakerPath(event.code, room.id, chairKey)}
          testId="speaker-link"
          label="chair.speakerLink"
        />
        <NewTab
          href={reportPath(event.code, { k: chairKey }, lang.value)}
          testId="report-link"
          label="report.link"
        />
        <a href={exportPath(event.code, 'csv', chairKey, nl)} download data-testid="export-link">
          {t('chair.export')}
        </a>
        <a href={exportPath(event.code, 'json', chairKey)} download>
          {t('chair.exportJson')}
        </a>
        <a href={exportPath(event.code, 'md', chairKey)} download data-testid="export-md-link">
          {t('chair.exportMd')}
        </a>
      </nav>
    </details>
  );
}

/** A link that opens in a tab of its own (a screen, the report). */
function NewTab({ href, testId, label }: { href: string; testId: string; label: MessageKey }) {
  return (
    <a href={href} target="_blank" rel="noopener" data-testid={testId}>
      {t(label)}
    </a>
  );
}
