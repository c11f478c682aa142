// The start page: type the join code from the screen; and the page for an unknown code.
import { CodeForm } from '../components/CodeForm.js';
import { TopBar } from '../components/TopBar.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { queryParam } from '../lib/route.js';

/** The front door: type the code from the screen. */
export function Home() {
  return <Door initial={queryParam('code') ?? ''} />;
}

/** The same door, shown where a link carried a code that does not exist. */
export function UnknownCode({ code }: { code: string }) {
  return <Door initial={code} error="home.unknownCode" testId="unknown-code" />;
}

function Door(props: { initial: string; error?: MessageKey; testId?: string }) {
  return (
    <div class="home" data-testid={props.testId}>
      <TopBar />
      <main id="main" class="home__main">
        <h1 class="home__title">{t('home.title')}</h1>
        <CodeForm initial={props.initial} initialError={props.error} />
      </main>
    </div>
  );
}
