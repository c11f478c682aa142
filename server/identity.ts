// Server-issued participant identity (AUTH-8). A phone proposes its anonymous id; the server
// answers with a token that binds that id to the event and to the moment it was issued:
// HMAC-SHA256 with the instance key, which every instance shares. A phone that presents a valid
// token is who it was; one without (a new phone, a cleared browser, another event's token)
// gets a new token, which costs its address one from a budget a hall behind one venue NAT never
// spends. The token is checked once, at hello; never per frame.

import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ParticipantIdentity {
  token: string;
  /** When the identity was issued (ms since epoch): how old it is, for sensitive polls. */
  since: number;
}

export interface IdentityIssuer {
  issue(eventId: string, participantId: string, now?: number): ParticipantIdentity;
  /** The identity the token proves for this event and id; null when it proves nothing. */
  verify(eventId: string, participantId: string, token: string): ParticipantIdentity | null;
}

const MAC_CHARS = 22;

export function identityIssuer(hmacKey: string): IdentityIssuer {
  const mac = (eventId: string, participantId: string, since: number) =>
    createHmac('sha256', hmacKey)
      .update(`participant:${eventId}:${participantId}:${since}`)
      .digest('base64url')
      .slice(0, MAC_CHARS);
  return {
    issue(eventId, participantId, now = Date.now()) {
      return { token: `${now.toString(36)}.${mac(eventId, participantId, now)}`, since: now };
    },
    verify(eventId, participantId, token) {
      const m = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token);
      if (!m) return null;
      const since = parseInt(m[1]!, 36);
      if (!Number.isSafeInteger(since) || since > Date.now() + 60_000) return null;
      const want = Buffer.from(mac(eventId, participantId, since));
      const got = Buffer.from(m[2]!);
      return want.length === got.length && timingSafeEqual(want, got) ? { token, since } : null;
    },
  };
}
