// On a phone the console shows one part at a time: the tabs that switch between them.
import { t, type MessageKey } from '../lib/i18n.js';

export type Tab = 'queue' | 'screen' | 'agenda' | 'settings';

const TABS: [Tab, MessageKey][] = [
  ['queue', 'chair.tab.queue'],
  ['screen', 'chair.tab.screen'],
  ['agenda', 'chair.tab.agenda'],
  ['settings', 'chair.tab.settings'],
];

/**
 * On a phone the console shows one part at a time, the queue first, with this bar at the bottom
 * within reach of a thumb (CHAIR-8). On wider screens every part is visible and the bar is not.
 */
export function PhoneTabs({
  tab,
  onTab,
  queued,
}: {
  tab: Tab;
  onTab: (t: Tab) => void;
  queued: number;
}) {
  return (
    <nav class="phone-tabs" aria-label={t('chair.tabs')} data-testid="phone-tabs">
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          class="phone-tabs__tab"
          aria-pressed={tab === id ? 'true' : 'false'}
          data-testid={`tab-${id}`}
          onClick={() => {
            onTab(id);
            window.scrollTo(0, 0);
          }}
        >
          {t(label)}
          {id === 'queue' && queued > 0 && <span class="count-pill">{queued}</span>}
        </button>
      ))}
    </nav>
  );
}
