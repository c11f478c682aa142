// The start page: type the join code from the screen; and the page for an unknown code.
import { CodeForm } from '../components/CodeForm.js';
import { LangSwitch } from '../components/LangSwitch.js';
import { t } from '../lib/i18n.js';
import { queryParam } from '../lib/route.js';

/** The front door: type the code from the screen. */
export function Home() {
  return (
    <div class="home">
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        <LangSwitch />
      </header>
      <main id="main" class="home__main">
        <h1 class="home__title">{t('home.title')}</h1>
        <CodeForm initial={queryParam('code') ?? ''} />
      </main>
    </div>
  );
}

/** The same door, shown where a link carried a code that does not exist. */
export function UnknownCode({ code }: { code: string }) {
  return (
    <div class="home" data-testid="unknown-code">
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        <LangSwitch />
      </header>
      <main id="main" class="home__main">
        <h1 class="home__title">{t('home.title')}</h1>
        <CodeForm initial={code} initialError="home.unknownCode" />
      </main>
    </div>
  );
}
