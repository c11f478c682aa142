// A room's decks for the organizer and the chair (DECK-20…DECK-22): the upload form (a PDF, an
// optional title, a progress bar, every refusal as a sentence, a retry when Vonk is busy) and
// the list of the room's decks (title, pages, size, a "Bekijk" link, rename, phone view and
// delete after a confirmation). Only the organizer and chair pages import it.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeckInfo } from '../../shared/deck.js';
import { DECK_LIMITS } from '../../shared/deck.js';
import { api } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import { formatNumber } from '../lib/poll.js';
import { projectorPath } from '../lib/route.js';
import { deckApi, deckError, precheck, sendDeck, type DeckAuth } from './upload.js';
import './deck-upload.css';

interface Props {
  code: string;
  roomId: string;
  auth: DeckAuth;
  /** The list's heading level: one below the section the form sits in. */
  level?: 3 | 4;
  /** After a deck was uploaded: the chair's picker offers it at once (DECK-15). */
  onAdded?: (deck: DeckInfo) => void;
  /**
   * Whether the form shows the room's list under it; the chair's picker lists the decks itself
   * and says once that there are none (DECK-35).
   */
  listed?: boolean;
}

type Upload =
  | { kind: 'idle' }
  | { kind: 'sending'; share: number }
  | { kind: 'done'; title: string }
  | { kind: 'deleted'; title: string }
  | { kind: 'failed'; message: string; retry: boolean };

export const pagesText = (n: number) =>
  n === 1 ? t('deckup.pages.one') : t('deckup.pages.many', { n: formatNumber(n, 0) });

const sizeText = (bytes: number) =>
  t('deckup.size', { n: formatNumber(Math.max(0.1, bytes / 1024 / 1024), 1) });

/** The standalone view of a deck on the room's projector link (DECK-5). */
function viewHref(code: string, roomId: string, deck: DeckInfo): string {
  const v = new URL(deck.url, location.origin).searchParams.get('v') ?? '';
  const q = new URLSearchParams({ deck: deck.id, v });
  return `${projectorPath(code, roomId)}?${q.toString()}`;
}

export function DeckUpload({ code, roomId, auth, level = 4, onAdded, listed = true }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const [decks, setDecks] = useState<DeckInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const [title, setTitle] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const e = encodeURIComponent;
  const headers = auth.headers ?? {};

  const load = async () => {
    const res = await api<{ decks: DeckInfo[] }>(
      deckApi(`/api/events/${e(code)}/decks`, auth, { room: roomId }),
      { headers },
    );
    if (res.ok) {
      setDecks(res.data.decks);
      setListError(null);
    } else setListError(deckError(res.code, res.status));
  };
  useEffect(() => {
    setDecks(null);
    setUpload({ kind: 'idle' });
    void load();
  }, [code, roomId]);

  const send = async () => {
    const file = fileInput.current?.files?.[0] ?? null;
    const refused = precheck(file);
    if (refused || !file) {
      setUpload({ kind: 'failed', message: deckError(refused ?? 'choose'), retry: false });
      return;
    }
    setUpload({ kind: 'sending', share: 0 });
    const query: Record<string, string> = title.trim() ? { title: title.trim() } : {};
    const url = deckApi(`/api/events/${e(code)}/rooms/${e(roomId)}/decks`, auth, query);
    const res = await sendDeck(url, file, auth, (share) => setUpload({ kind: 'sending', share }));
    if (res.ok) {
      setDecks((now) => [...(now ?? []), res.deck]);
      setUpload({ kind: 'done', title: res.deck.title });
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onAdded?.(res.deck);
    } else {
      setUpload({
        kind: 'failed',
        message: deckError(res.code, res.status),
        retry: res.code === 'busy' || res.code === 'network',
      });
    }
  };

  const sending = upload.kind === 'sending';
  const id = `deckup-${roomId}`;
  return (
    <div class="deckup" data-testid="deck-upload">
      <p class="hint" id={`${id}-hint`}>
        {t('deckup.hint')}
      </p>
      <form
        class="deckup__form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void send();
        }}
      >
        <label for={`${id}-file`}>{t('deckup.file')}</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby={`${id}-hint`}
          data-testid="deck-file"
          disabled={sending}
          onChange={() => upload.kind !== 'sending' && setUpload({ kind: 'idle' })}
        />
        <label for={`${id}-title`}>{t('deckup.titleLabel')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={DECK_LIMITS.titleLength}
          data-testid="deck-title"
          disabled={sending}
          onInput={(ev) => setTitle(ev.currentTarget.value)}
        />
        <button type="submit" class="btn btn--primary" data-testid="deck-send" disabled={sending}>
          {t('deckup.upload')}
        </button>
      </form>
      <div role="status" class="deckup__status" data-testid="deck-status">
        {sending &&
          (upload.share < 1 ? (
            <>
              <progress
                max={100}
                value={Math.round(upload.share * 100)}
                aria-label={t('deckup.progress', { pct: Math.round(upload.share * 100) })}
              />
              <span>{t('deckup.progress', { pct: Math.round(upload.share * 100) })}</span>
            </>
          ) : (
            <span>{t('deckup.checking')}</span>
          ))}
        {upload.kind === 'done' && <span>{t('deckup.done', { title: upload.title })}</span>}
        {upload.kind === 'deleted' && <span>{t('deckup.deleted', { title: upload.title })}</span>}
      </div>
      {upload.kind === 'failed' && (
        <div class="deckup__error" role="alert" data-testid="deck-error">
          <p class="field-error">{upload.message}</p>
          {upload.retry && (
            <button type="button" class="btn" onClick={() => void send()} data-testid="deck-retry">
              {t('deckup.retry')}
            </button>
          )}
        </div>
      )}
      {listed && <Heading class="deckup__heading">{t('deckup.list')}</Heading>}
      {listed && listError && <p class="field-error">{listError}</p>}
      {listed && decks !== null && decks.length === 0 && <p class="hint">{t('deckup.none')}</p>}
      {listed && decks !== null && decks.length > 0 && (
        <ul class="deckup__list" data-testid="deck-list">
          {decks.map((d) => (
            <DeckRow
              key={d.id}
              deck={d}
              href={viewHref(code, roomId, d)}
              path={deckApi(`/api/events/${e(code)}/decks/${e(d.id)}`, auth)}
              headers={headers}
              onChanged={(next) =>
                setDecks((now) => (now ?? []).map((x) => (x.id === next.id ? next : x)))
              }
              onDeleted={() => {
                setDecks((now) => (now ?? []).filter((x) => x.id !== d.id));
                setUpload({ kind: 'deleted', title: d.title });
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function DeckRow(props: {
  deck: DeckInfo;
  href: string;
  path: string;
  headers: Record<string, string>;
  onChanged: (deck: DeckInfo) => void;
  onDeleted: () => void;
}) {
  const { deck, path, headers } = props;
  const [mode, setMode] = useState<'show' | 'rename' | 'confirm'>('show');
  const [name, setName] = useState(deck.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const renameField = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const last = useRef(mode);
  // Focus follows the row's step: into the question or the field, and back to its button.
  useEffect(() => {
    if (mode === 'confirm') confirmButton.current?.focus();
    else if (mode === 'rename') renameField.current?.focus();
    else if (last.current === 'rename') renameButton.current?.focus();
    else if (last.current === 'confirm') deleteButton.current?.focus();
    last.current = mode;
  }, [mode]);

  const patch = async (body: { title?: string; phoneView?: boolean }) => {
    setBusy(true);
    const res = await api<{ deck: DeckInfo }>(path, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (!res.ok) return setError(deckError(res.code, res.status));
    setError(null);
    setMode('show');
    props.onChanged(res.data.deck);
  };

  const remove = async () => {
    setBusy(true);
    const res = await api<null>(path, { method: 'DELETE', headers });
    setBusy(false);
    if (res.ok || res.status === 204 || (!res.ok && res.code === 'not_found'))
      return props.onDeleted();
    setError(deckError(res.code, res.status));
  };

  return (
    <li class="deckup__deck" data-testid="deck-row" data-deck-id={deck.id}>
      <p class="deckup__name">
        <strong data-testid="deck-row-title">{deck.title}</strong>
        <span class="deckup__facts" data-testid="deck-row-facts">
          {pagesText(deck.pages)} · {sizeText(deck.bytes)}
        </span>
      </p>
      {mode === 'rename' ? (
        <form
          class="deckup__rename"
          onSubmit={(ev) => {
            ev.preventDefault();
            void patch({ title: name.trim() });
          }}
        >
          <label for={`rename-${deck.id}`}>{t('deckup.renameLabel', { title: deck.title })}</label>
          <input
            id={`rename-${deck.id}`}
            ref={renameField}
            type="text"
            value={name}
            required
            maxLength={DECK_LIMITS.titleLength}
            onInput={(ev) => setName(ev.currentTarget.value)}
          />
          <button type="submit" class="btn btn--primary" disabled={busy}>
            {t('chair.save')}
          </button>{' '}
          <button type="button" class="btn" onClick={() => setMode('show')}>
            {t('chair.cancel')}
          </button>
        </form>
      ) : mode === 'confirm' ? (
        <div
          class="deckup__confirm"
          role="group"
          aria-label={t('deckup.deleteLabel', { title: deck.title })}
        >
          <p>{t('deckup.confirm', { title: deck.title })}</p>
          <button
            type="button"
            class="btn btn--danger"
            disabled={busy}
            ref={confirmButton}
            data-testid="deck-delete-confirm"
            onClick={() => void remove()}
          >
            {t('deckup.confirmYes')}
          </button>{' '}
          <button type="button" class="btn" onClick={() => setMode('show')}>
            {t('chair.cancel')}
          </button>
        </div>
      ) : (
        <div class="deckup__actions">
          <a
            class="btn btn--small"
            href={props.href}
            target="_blank"
            rel="noopener"
            aria-label={t('deckup.viewLabel', { title: deck.title })}
            data-testid="deck-view"
          >
            {t('deckup.view')}
          </a>
          <button
            type="button"
            class="btn btn--small"
            aria-label={t('deckup.renameLabel', { title: deck.title })}
            ref={renameButton}
            onClick={() => {
              setName(deck.title);
              setMode('rename');
            }}
          >
            {t('deckup.rename')}
          </button>
          <button
            type="button"
            class="btn btn--small btn--danger"
            aria-label={t('deckup.deleteLabel', { title: deck.title })}
            data-testid="deck-delete"
            ref={deleteButton}
            onClick={() => setMode('confirm')}
          >
            {t('deckup.delete')}
          </button>
          <label class="choice deckup__phone">
            <input
              type="checkbox"
              checked={deck.phoneView}
              disabled={busy}
              aria-label={t('deckup.phoneViewLabel', { title: deck.title })}
              onChange={(ev) => void patch({ phoneView: ev.currentTarget.checked })}
            />
            {t('deckup.phoneView')}
          </label>
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
