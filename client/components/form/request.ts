// A form that calls the HTTP API: busy while it waits, then what it did or why it failed, as the
// status line and the alert of FormStatus show them. An answer that never came is "offline".
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n.js';

/** The error body of the API, with what some routes add to it. */
export interface ApiFailure {
  code?: string;
  message?: string;
  [more: string]: unknown;
}

export type Reply<T> =
  /** `body` is null when the answer had none (204). */
  { ok: true; status: number; body: T } | { ok: false; status: number; error: ApiFailure | null };

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, with `type` as its Content-Type. */
  body?: BodyInit;
  type?: string;
}

export interface FormRequest {
  busy: boolean;
  done: string | null;
  error: string | null;
  setDone: (message: string | null) => void;
  setError: (message: string | null) => void;
  /** Clears the last outcome. */
  reset: () => void;
  /** Sends one request; null when no answer came (the error then says so). */
  send: <T>(path: string, options: SendOptions) => Promise<Reply<T> | null>;
  /** The failure's own message, or a general one. */
  fail: (reply: Reply<unknown>) => void;
}

export function useFormRequest(): FormRequest {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reset = () => {
    setDone(null);
    setError(null);
  };
  const send = async <T>(path: string, o: SendOptions): Promise<Reply<T> | null> => {
    reset();
    setBusy(true);
    const type = o.json !== undefined ? 'application/json' : o.type;
    const res = await fetch(path, {
      method: o.method ?? 'POST',
      headers: { ...o.headers, ...(type ? { 'Content-Type': type } : {}) },
      body: o.json !== undefined ? JSON.stringify(o.json) : o.body,
    }).catch(() => null);
    setBusy(false);
    if (!res) {
      setError(t('conn.offline'));
      return null;
    }
    const body = (await res.json().catch(() => null)) as
      (T & { error?: undefined }) | { error: ApiFailure } | null;
    // An answer without a body (204) is a success too; its body is then null.
    if (res.ok && !body?.error) return { ok: true, status: res.status, body: body as T };
    return { ok: false, status: res.status, error: body?.error ?? null };
  };
  const fail = (reply: Reply<unknown>) => {
    if (!reply.ok) setError(reply.error?.message ?? t('error.internal'));
  };
  return { busy, done, error, setDone, setError, reset, send, fail };
}
