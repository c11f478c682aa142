// The event panel below the live overview: notices, adding rooms, decks, templates, content,
// settings, the time plan, rotation, branding and deleting. Drawn after the overview has
// painted (ORG-21), so a 600-room overview is on screen before these forms are built.

import { useState } from 'preact/hooks';
import type { PlanItem } from '../../shared/clock.js';
import { t } from '../lib/i18n.js';
import { BrandingPanel } from './BrandingPanel.js';
import { ContentPanel } from './ContentPanel.js';
import { DecksPanel } from './DecksPanel.js';
import { EventSettings } from './EventSettings.js';
import { NoticePanel } from './NoticePanel.js';
import type { RoomLink } from './Overview.js';
import type { OverviewLive } from './overview-socket.js';
import { PlanPanel } from './PlanPanel.js';
import { RoomsImport } from './RoomsImport.js';
import { RotationPanel } from './RotationPanel.js';
import { TemplatePanel } from './TemplatePanel.js';

export function EventTools(props: {
  code: string;
  headers: Record<string, string>;
  links: Record<string, RoomLink>;
  live: OverviewLive;
  meta: { name: string; endsAt: number | null };
  plan: PlanItem[] | null;
  zone: string | undefined;
  setPlan: (items: PlanItem[]) => void;
  onSaved: (name: string, endsAt: number | null) => void;
  /** Rooms were added or changed: the links are read again. */
  onReload: () => void;
  onDelete: () => void;
}) {
  const { code, headers } = props;
  const [confirming, setConfirming] = useState(false);
  const rooms = Object.values(props.links);
  return (
    <>
      <NoticePanel code={code} headers={headers} rooms={rooms} live={props.live} />
      <RoomsImport code={code} headers={headers} onDone={props.onReload} />
      <DecksPanel code={code} headers={headers} rooms={rooms} />
      <TemplatePanel code={code} headers={headers} onDone={props.onReload} />
      <ContentPanel
        code={code}
        headers={headers}
        arrangements={[...new Set(rooms.map((l) => l.arrangement).filter((a): a is string => !!a))]}
      />
      <EventSettings
        code={code}
        name={props.meta.name}
        endsAt={props.meta.endsAt}
        headers={headers}
        onSaved={props.onSaved}
      />
      <PlanPanel
        code={code}
        headers={headers}
        plan={props.plan}
        timeZone={props.zone}
        onSaved={props.setPlan}
      />
      <RotationPanel code={code} headers={headers} />
      <BrandingPanel code={code} headers={headers} />
      <div class="danger-zone">
        <h3>{t('organizer.delete.title')}</h3>
        <p>{t('organizer.delete.explain')}</p>
        {confirming ? (
          <p>
            <button
              type="button"
              class="btn btn--danger"
              onClick={props.onDelete}
              data-testid="delete-confirm"
            >
              {t('organizer.delete.confirm')}
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('chair.cancel')}
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="btn btn--danger"
            onClick={() => setConfirming(true)}
            data-testid="delete-button"
          >
            {t('organizer.delete.button')}
          </button>
        )}
      </div>
    </>
  );
}
