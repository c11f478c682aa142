// The event's logo in the phone's top bar, and its accent colour on the page.
import { useLayoutEffect } from 'preact/hooks';
import type { EventInfo } from '../../shared/model.js';
import { applyPageAccent } from '../lib/brand.js';

/**
 * The event's logo in the top bar, beside the event's name (so decorative: empty alt), and the
 * event's accent on buttons and links (BRAND-2, BRAND-3).
 */
export function EventBrand({ event }: { event: EventInfo }) {
  useLayoutEffect(() => applyPageAccent(event.accentColor), [event.accentColor]);
  if (!event.logoUrl) return null;
  return (
    <img
      class="topbar__logo"
      data-testid="event-logo"
      src={event.logoUrl}
      // The event's name is written right next to it: a screen reader need not hear it twice.
      alt=""
      key={event.logoUrl}
    />
  );
}
