// The join panel beside an activity and the full-screen join slide (code, QR, address).
import { qrPath } from '../lib/api.js';
import { t } from '../lib/i18n.js';

export interface JoinProps {
  code: string;
  roomId: string;
  joinUrl: string;
  name: string;
  logoUrl: string | null;
}

/**
 * The join address as the hall reads it: the scheme dimmed (needed to be exact, not to be read
 * aloud), a line may break only between its parts (JOIN-7), never inside the code.
 */
export function JoinAddress({ url, code }: { url: string; code: string }) {
  const m = /^(https?:\/\/)([^/]*)(\/j\/)([^/]*)(.*)$/.exec(url);
  if (!m) return <>{url}</>;
  const [, scheme, host, prefix, , rest] = m as unknown as string[];
  return (
    <>
      <span class="projector__scheme">{scheme}</span>
      <wbr />
      <span class="projector__host">{host}</span>
      <wbr />
      {prefix}
      <span class="projector__url-code" data-testid="projector-url-code">
        {code}
      </span>
      {rest && (
        <>
          <wbr />
          {rest}
        </>
      )}
    </>
  );
}

/** The side panel beside an activity: the address, the QR and the code. */
export function JoinPanel({ code, roomId, joinUrl, name, logoUrl }: JoinProps) {
  return (
    <aside class="projector__join" aria-label={t('projector.join')}>
      <Logo name={name} url={logoUrl} />
      <p class="projector__join-label">{t('projector.join')}</p>
      <p class="projector__url" data-testid="projector-url">
        <JoinAddress url={joinUrl} code={code} />
      </p>
      <img
        class="projector__qr"
        data-testid="projector-qr"
        src={qrPath(code, roomId)}
        alt={t('projector.qrAlt', { url: joinUrl })}
      />
      <p class="projector__code-label">{t('projector.code')}</p>
      <p class="projector__code" data-testid="projector-code">
        {code}
      </p>
    </aside>
  );
}

/**
 * The join moment (JOIN-7): what the beamer shows when nothing else is on screen, the whole
 * screen for a huge QR, the code in letters readable from the back row and the short address.
 */
export function JoinSlide({ code, roomId, joinUrl, name, logoUrl }: JoinProps) {
  return (
    <main class="join-slide" data-testid="join-slide">
      <img
        class="join-slide__qr"
        data-testid="projector-qr"
        src={qrPath(code, roomId)}
        alt={t('projector.qrAlt', { url: joinUrl })}
      />
      <div class="join-slide__text">
        <Logo name={name} url={logoUrl} />
        <h1 class="join-slide__event">{name}</h1>
        <p class="join-slide__label">{t('projector.join')}</p>
        <p class="join-slide__url" data-testid="projector-url">
          <JoinAddress url={joinUrl} code={code} />
        </p>
        <p class="join-slide__label">{t('projector.joinCode')}</p>
        <p class="join-slide__code" data-testid="projector-code">
          {code}
        </p>
      </div>
    </main>
  );
}

/** The event's logo, named by the event; a new one is a new image, not a changed source. */
function Logo({ name, url }: { name: string; url: string | null }) {
  return url ? (
    <img class="projector__logo" data-testid="projector-logo" src={url} alt={name} key={url} />
  ) : null;
}
