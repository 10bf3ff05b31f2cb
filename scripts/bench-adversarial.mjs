// Adversarial inputs: text shaped to make a careless regex backtrack or a careless
// loop go quadratic. Every case is a function of the wanted size in characters,
// so time(10 * size) / time(size) should stay near 10. Shared by scripts/bench.mjs
// and tests/adversarial-inputs.test.ts.
//
// As a child process (so a runaway case can be killed without losing the bench):
//   node scripts/bench-adversarial.mjs <case> <size> [<size>...] [--budget-ms N]
// runs analyse() from dist/ on each size in turn and prints one JSON line per size;
// it does not start a size whose linear projection exceeds the budget.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repeats `unit` until the text is `size` characters long (cut at the end). */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A paragraph of ordinary German news prose with figures, used to pad and to build long lines. */
const PROSE =
  'Der Umsatz stieg im ersten Halbjahr 2025 um 2,8 Prozent auf rund 1,5 Milliarden Euro, teilte das Unternehmen am Montag in Wien mit. ' +
  'Zum Vergleich: 2015 waren es noch 12,8 Mrd. Dollar, also knapp 40 Prozent mehr. Etwa 3.000 Menschen arbeiten dort, die Hälfte davon in Teilzeit. ';

export const ADVERSARIAL = {
  /** "1.1.1.1…": an endless dotted number (thousands groups, decimals, dates, version numbers). */
  'dotted-ones': (n) => fill('1.', n),
  /** "1,1,1,1…": the same with decimal commas. */
  'comma-ones': (n) => fill('1,', n),
  /** "1.000.000.000…": thousands groups that never end. */
  'thousands-groups': (n) => '1' + fill('.000', n - 1),
  /** "1 000 000 …": space-grouped digits that never end (space as thousands separator). */
  'space-groups': (n) => '1' + fill(' 000', n - 1),
  /** One run of spaces between two figures. */
  'one-space-run': (n) => 'Es kostet 5 Euro' + ' '.repeat(Math.max(0, n - 34)) + 'und 6 Prozent.',
  /** Many runs of spaces (and a figure) within one paragraph. */
  'space-runs': (n) => fill('5 Euro' + ' '.repeat(500), n),
  /** "Mio. Mio. Mio. …": scale word with abbreviation dot, over and over. */
  'mio-repeated': (n) => fill('Mio. ', n),
  /** "3 Mio. 3 Mio. …": figures with scale abbreviations: many claims, no sentence end. */
  'figure-mio-repeated': (n) => fill('3 Mio. ', n),
  /** "nachdem er sagte, es seien 5 Prozent, …": a speech cue and a figure per clause, one endless sentence. */
  'speech-clauses': (n) => fill('nachdem er sagte, es seien 5 Prozent, ', n),
  /** "sagte der 40-Jährige, es seien 5 Prozent, …": speakers named by age, each with its own figure, one sentence. */
  'age-speakers': (n) => fill('sagte der 40-Jährige, es seien 5 Prozent, ', n),
  /** "Damals waren es 5 Prozent, jetzt 6 Prozent, …": a continued time and the present, over and over in one sentence. */
  'present-shifts': (n) => fill('Damals waren es 5 Prozent, jetzt 6 Prozent, ', n),
  /** "1 1 1 …": the most figures per byte, no sentence end. */
  'many-figures': (n) => fill('1 ', n),
  /** A number with as many digits as the text is long (100,000 digits at 100 KB). */
  'huge-number': (n) => fill('1234567890', n),
  /** „„„…Zahl: 5 Prozent…“““: deeply nested German quotes. */
  'nested-quotes': (n) => {
    const inner = ' Zahl: 5 Prozent ';
    const k = Math.max(0, Math.floor((n - inner.length) / 2));
    return '„'.repeat(k) + inner + '“'.repeat(k);
  },
  /** "(((( … ))))": deeply nested parentheses. */
  'nested-parens': (n) => {
    const k = Math.max(0, Math.floor((n - 9) / 2));
    return '('.repeat(k) + ' 5 Euro ' + ')'.repeat(k);
  },
  /** "-\n-\n-\n…": line-end hyphenation that never finishes a word. */
  'hyphen-newlines': (n) => fill('-\n', n),
  /** "Wirt-\nschaft-\n…": hyphenated words split across lines, over and over. */
  'hyphenated-words': (n) => fill('Wirt-\nschafts-\nwachs-\ntum ', n),
  /** Blank lines only. */
  'newlines': (n) => fill('\n', n),
  /** "A. B. C. …": initials and abbreviations that look like sentence ends. */
  'initials': (n) => fill('A. ', n),
  /** "z. B. ca. rd. Nr. …": known abbreviations back to back. */
  'abbreviations': (n) => fill('z. B. ca. rd. Nr. Mrd. usw. ', n),
  /** "rund rund rund … 5": hedges piling up in front of one figure. */
  'hedges': (n) => fill('rund ', n - 8) + '5 Euro.',
  /** "1 bis 2 bis 3 bis …": a range that never closes. */
  'ranges': (n) => fill('1 bis 2 bis ', n),
  /** "zwei hundert tausend …": number words that keep combining. */
  'number-words': (n) => fill('zwei hundert tausend ', n),
  /** "......": a run of periods. */
  'periods': (n) => fill('.', n),
  /** Real prose with all whitespace kept but no line break at all (one huge line). */
  'single-line': (n) => fill(PROSE, n),
  /** Real prose, one paragraph per line. */
  'prose-lines': (n) => fill(PROSE + '\n', n),
};

export const CASE_NAMES = Object.keys(ADVERSARIAL);

/** Runs analyse() on the case at one size; returns the best of `repeat` wall times. */
export function timeCase(analyse, name, size, repeat = 1) {
  const text = ADVERSARIAL[name](size);
  let best = Infinity;
  let claims = 0;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    const doc = analyse({ path: `${name}.txt`, text, encoding: 'utf-8' }, { lang: 'de' });
    best = Math.min(best, performance.now() - t);
    claims = doc.claims.length;
  }
  return { size: text.length, ms: best, claims };
}

async function child() {
  const args = process.argv.slice(2);
  const budgetAt = args.indexOf('--budget-ms');
  const budget = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : Infinity;
  const [name, ...sizes] = args;
  const { importDist } = await import('./bench-lib.mjs');
  const { analyse } = await importDist('pipeline/analyse.js');
  // Warm the JIT on ordinary text first, so the small size is not charged for it.
  for (let i = 0; i < 5; i++) analyse({ path: 'warm.txt', text: ADVERSARIAL['prose-lines'](20_000), encoding: 'utf-8' }, { lang: 'de' });
  const list = sizes.map(Number);
  for (let i = 0; i < list.length; i++) {
    let once;
    try {
      once = timeCase(analyse, name, list[i], 1);
    } catch (err) {
      process.stdout.write(JSON.stringify({ name, size: list[i], error: String(err?.message ?? err).split('\n')[0] }) + '\n');
      break;
    }
    // Runs are noisy (a 1 MB run of one case measured 0.92-1.35 s): keep the best
    // of 3 below 1 s, of 2 up to 5 s (within the parent's 15 s per case).
    const best = once.ms < 1000 ? timeCase(analyse, name, list[i], 3) : once.ms < 5000 ? timeCase(analyse, name, list[i], 1) : once;
    // One line per size, so a parent that kills us still has the sizes that finished.
    process.stdout.write(JSON.stringify({ name, ...best, ms: Math.min(best.ms, once.ms) }) + '\n');
    // Do not start a size that would blow the budget even if it scaled linearly.
    if (i + 1 < list.length && once.ms * (list[i + 1] / list[i]) > budget) {
      process.stdout.write(JSON.stringify({ name, skipped: list[i + 1], projectedMs: once.ms * (list[i + 1] / list[i]) }) + '\n');
      break;
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  child().catch((err) => {
    process.stderr.write(`bench-adversarial: ${String(err?.message ?? err).split('\n')[0]}\n`);
    process.exit(2);
  });
}
