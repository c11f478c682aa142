import { describe, expect, it } from 'vitest';
import {
  containsBlockedWord,
  DEFAULT_BLOCKED_WORDS,
  normalizeWordList,
} from '../../server/domain/profanity.js';
import { RateLimiter } from '../../server/realtime/rate-limit.js';

const words = normalizeWordList(DEFAULT_BLOCKED_WORDS);

describe('word filter', () => {
  it('[ABUSE-3] catches Dutch and English abuse, compounds and disguised spellings', () => {
    for (const text of [
      'Wat een kutbeleid',
      'Dit is echt KLOTE',
      'k4nker gemeente',
      'this is bullshit',
      'wat een $hit',
      'Zak hooi!',
    ]) {
      expect(containsBlockedWord(text, words), text).toBe(true);
    }
  });

  it('[ABUSE-3] leaves ordinary words of the social domain alone', () => {
    for (const text of [
      'Meer geld voor kankeronderzoek en verbetering van de zorg',
      'Catering door vrijwilligers',
      'Niet vinken, maar vonken',
      'Scunthorpe heeft een mooi buurthuis',
    ]) {
      expect(containsBlockedWord(text, words), text).toBe(false);
    }
  });

  it('[ABUSE-3] extra words count, in any case and with accents folded', () => {
    const extra = normalizeWordList(['Bùrgemeester Jansen', 'prutser']);
    expect(containsBlockedWord('Wat een PRUTSERS', extra)).toBe(true);
    expect(containsBlockedWord('burgemeester jansen moet weg', extra)).toBe(true);
    expect(containsBlockedWord('burgemeester', extra)).toBe(false);
  });
});

describe('rate limits', () => {
  it('[ABUSE-1] a participant gets a burst of posts, then waits; votes have their own bucket', () => {
    const rl = new RateLimiter({
      post: { capacity: 3, perSecond: 1 },
      vote: { capacity: 2, perSecond: 1 },
      ipCommands: { capacity: 100, perSecond: 100 },
      ipJoins: { capacity: 2, perSecond: 1 },
    });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => rl.command('p', 'statement.submit', 'ip', t))).toEqual([0, 0, 0]);
    expect(rl.command('p', 'statement.submit', 'ip', t)).toBe(1000);
    expect(rl.command('p', 'heart.set', 'ip', t)).toBe(0);
    expect(rl.command('other', 'statement.submit', 'ip', t)).toBe(0);
    expect(rl.command('p', 'statement.submit', 'ip', t + 1000)).toBe(0);
  });

  it('[ABUSE-2] joins are limited per IP address and buckets are forgotten later', () => {
    const rl = new RateLimiter({
      post: { capacity: 1, perSecond: 1 },
      vote: { capacity: 1, perSecond: 1 },
      ipCommands: { capacity: 1, perSecond: 1 },
      ipJoins: { capacity: 2, perSecond: 2 },
    });
    expect(rl.join('a', 0)).toBe(0);
    expect(rl.join('a', 0)).toBe(0);
    expect(rl.join('a', 0)).toBe(500);
    expect(rl.join('b', 0)).toBe(0);
    rl.sweep(11 * 60_000);
    expect(rl.size).toBe(0);
  });
});
