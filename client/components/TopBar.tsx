// The bar on top of every page for people (phone, chair, organizer, start page): the app's name,
// what the page adds (the event, a room switch), the language switch; the skip link before it.
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n.js';
import { LangSwitch } from './LangSwitch.js';

export function TopBar({
  skip = false,
  children,
}: {
  skip?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <>
      {skip && (
        <a class="skip-link" href="#main">
          {t('skip.toContent')}
        </a>
      )}
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        {children}
        <LangSwitch />
      </header>
    </>
  );
}
