// What holdout81's blind run showed: a German recurrence ("alle zwei Jahre stattfindend").
// Sentences written for these tests unless named.
import { describe, expect, it } from 'vitest';
import { texts } from './extract-helpers.js';

describe('how often an event recurs', () => {
  it('is no duration before an attributive participle ("die alle zwei Jahre stattfindende Umfrage")', () => {
    // holdout81, test-48
    expect(texts('Es war der höchste Wert, der je in der alle zwei Jahre stattfindenden Umfrage gemessen wurde.')).toEqual([]);
    expect(texts('Laut FAO wurden für die alle fünf Jahre erscheinende Studie 234 Länder ausgewertet.')).toEqual(['234']);
    // a rate measured stays a claim
    expect(texts('Alle zwei Jahre verdoppelt sich die Zahl.')).toEqual(['zwei Jahre']);
    expect(texts('A blog is created every 5.8 seconds.', 'en')).toEqual(['5.8 seconds']);
  });
});
