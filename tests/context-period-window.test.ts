// A definite reference back to a time window named earlier ("in den drei Monaten",
// "in dem Zeitraum", "during the period") takes that window, if the length fits;
// relative ("in den vergangenen drei Monaten"), future ("in drei Monaten") and
// comparison ("im selben Zeitraum des Vorjahres") expressions are not such references.
import { describe, expect, it } from 'vitest';
import { periods } from './period-helpers.js';
import { fitsLength, windowReference } from '../src/context/period-window.js';


describe('window references (German)', () => {
  const opening = 'Zwischen Juni und August 2021 meldeten die Kliniken des Landes 4.210 Notaufnahmen. Die Gesundheitsministerin zeigte sich besorgt. ';

  it('gives "in den drei Monaten" the three-month window named before', () => {
    const text = opening + 'In den drei Monaten wuchs die Zahl der Betten um 312 auf 5.870.';
    expect(periods(text, ['4.210', '312', '5.870'])).toEqual(['2021-06..2021-08', '2021-06..2021-08', '2021-06..2021-08']);
  });

  it('gives "in dem Zeitraum" the window named before', () => {
    const text = opening + 'Rund 9.600 Patienten wurden in dem Zeitraum ambulant behandelt.';
    expect(periods(text, ['4.210', '9.600'])).toEqual(['2021-06..2021-08', '2021-06..2021-08']);
  });

  it('gives nothing where the length does not fit', () => {
    const text = opening + 'In den zwei Monaten kamen 415 Pflegekräfte hinzu.';
    expect(periods(text, ['4.210', '415'])).toEqual(['2021-06..2021-08', null]);
  });

  it('counts whole years either way ("zwischen 2012 und 2017 ... in den fünf Jahren")', () => {
    const text = 'Zwischen 2012 und 2017 verdoppelte sich der Umsatz des Vereins. In den fünf Jahren traten 830 neue Mitglieder bei.';
    expect(periods(text, ['830'])).toEqual(['2012..2017']);
  });

  it('does not reach across a heading', () => {
    const text = opening + '\n\nNeue Stationen\n\nIn den drei Monaten entstanden 14 Stationen.';
    expect(periods(text, ['4.210', '14'])).toEqual(['2021-06..2021-08', null]);
  });

  it('leaves "in drei Monaten" (the future) and "in den drei Monaten zuvor" without the window', () => {
    expect(periods(opening + 'In drei Monaten sollen 60 Ärzte eingestellt werden.', ['4.210', '60'])).toEqual(['2021-06..2021-08', null]);
    expect(periods(opening + 'In den drei Monaten zuvor waren es 3.950 Notaufnahmen.', ['4.210', '3.950'])).toEqual(['2021-06..2021-08', null]);
  });

  it('keeps "in den vergangenen drei Monaten" relative to the document, not the window', () => {
    expect(windowReference('de', 'In den vergangenen drei Monaten stieg die Zahl um 80.')).toBeNull();
    expect(periods(opening + 'In den vergangenen drei Monaten stieg die Zahl um 80.', ['4.210', '80'])).toEqual(['2021-06..2021-08', null]);
  });

  it('keeps "im selben Zeitraum des Vorjahres" no reference to the window: the same months a year back', () => {
    const text = opening + 'Im selben Zeitraum des Vorjahres waren es 3.700 Notaufnahmen.';
    expect(periods(text, ['4.210', '3.700'])).toEqual(['2021-06..2021-08', '2020-06..2020-08']);
  });

  it('keeps "im selben Zeitraum" the time of the sentence before', () => {
    const text = 'Im Jahr 2019 kamen 120 Fälle hinzu. Im selben Zeitraum sank die Zahl der Tests um 15 Prozent.';
    expect(periods(text, ['120', '15 Prozent'])).toEqual(['2019', '2019']);
  });
});

describe('window references (English)', () => {
  const opening = 'From March to May 2022, the airport handled 6.2 million passengers, the operator said. Staff shortages caused long queues. ';

  it('gives "in the three months" and "during the period" the window named before', () => {
    const text = opening + 'In the three months, cancellations rose by 18% to 2,400. About 310 flights were diverted during the period.';
    expect(periods(text, ['6.2 million', '18%', '2,400', '310'], null, 'en')).toEqual(['2022-03..2022-05', '2022-03..2022-05', '2022-03..2022-05', '2022-03..2022-05']);
  });

  it('gives nothing where the length does not fit, or for the future', () => {
    expect(periods(opening + 'In the four months, 90 staff were hired.', ['6.2 million', '90'], null, 'en')).toEqual(['2022-03..2022-05', null]);
    expect(periods(opening + 'In three months the fee will rise by £5.', ['6.2 million', '£5'], null, 'en')).toEqual(['2022-03..2022-05', null]);
  });

  it('is no reference where another window follows ("in the three months to June")', () => {
    expect(windowReference('en', 'Sales rose 4% in the three months to June.')).toBeNull();
    expect(windowReference('en', 'Sales rose 4% in the past three months.')).toBeNull();
    expect(windowReference('en', 'Sales rose 4% in the three months.')).toEqual({ length: { count: 3, unit: { months: 1 } } });
  });
});

describe('window lengths', () => {
  it('measures spans, quarters, half-years and day spans', () => {
    const months = (count: number) => ({ count, unit: { months: 1 } });
    expect(fitsLength('2015-09..2015-11', months(3))).toBe(true);
    expect(fitsLength('2015-09..2015-11', months(2))).toBe(false);
    expect(fitsLength('2015-Q3', months(3))).toBe(true);
    expect(fitsLength('2015-H1', months(6))).toBe(true);
    expect(fitsLength('2014-11..2015-01', months(3))).toBe(true);
    expect(fitsLength('2016-01-01..2016-03-31', months(3))).toBe(true);
    expect(fitsLength('2016-01-01..2016-01-14', { count: 2, unit: { days: 7 } })).toBe(true);
  });
});
