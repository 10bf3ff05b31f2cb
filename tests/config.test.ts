import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, ConfigError } from '../src/config/parse.js';
import { findConfigFile } from '../src/config/load.js';
import { cli, tempDir } from './helpers/cli.js';

const full = `
format: json
lang: de
tolerance: 0.03
include_boilerplate: true
rates:
  - { from: EUR, to: USD, rate: 1.08, date: 2025-01-31 }
metrics:
  trade.volume:
    label: trade volume
    synonyms:
      de: [Handelsumsatz]
      en: [trade turnover]
units:
  de: { Fass: bbl }
currencies:
  de: { Fränkli: CHF }
boilerplate:
  de: [Jetzt abonnieren]
`;

describe('config file', () => {
  it('reads every documented key', () => {
    const c = parseConfig('.claimcheck.yaml', full);
    expect(c.format).toBe('json');
    expect(c.tolerance).toBe(0.03);
    expect(c.rates).toEqual([{ from: 'EUR', to: 'USD', rate: 1.08, date: '2025-01-31' }]);
    expect(c.metrics[0]).toEqual({ key: 'trade.volume', label: 'trade volume', synonyms: { de: ['Handelsumsatz'], en: ['trade turnover'] } });
    expect(c.units.de).toEqual({ Fass: 'bbl' });
    expect(c.currencies.de).toEqual({ Fränkli: 'CHF' });
    expect(c.boilerplate.de).toEqual(['Jetzt abonnieren']);
  });

  it('names an unknown key with its line and column', () => {
    expect(() => parseConfig('c.yaml', 'format: json\ntolerence: 0.1\n')).toThrow('c.yaml:2:1: unknown key "tolerence"');
  });

  it('points at a malformed value', () => {
    try {
      parseConfig('c.yaml', 'rates:\n  - { from: EUR, to: usd, rate: 1.1, date: 2025-01-01 }\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).line).toBe(2);
      expect((e as Error).message).toMatch(/to must be an ISO 4217 code/);
    }
  });

  it('reports YAML syntax errors at file:line:col', () => {
    expect(() => parseConfig('c.yaml', 'metrics:\n  a: [1, 2\nformat: json\n')).toThrow(/^c\.yaml:\d+:\d+: /);
  });

  it('treats custom tags as errors instead of running anything', () => {
    expect(() => parseConfig('c.yaml', 'format: !!js/function "function () {}"\n')).toThrow(ConfigError);
  });

  it('adds unit and currency words the built-in tables lack', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Die Firma verkaufte 300 Fuder Wein und 20 Taler.');
    fs.writeFileSync(path.join(dir, '.claimcheck.yaml'), 'units:\n  de: { Fuder: l }\ncurrencies:\n  de: { Taler: EUR }\n');
    const claims = JSON.parse(cli(['extract', 'a.txt', '--format', 'json'], { cwd: dir }).stdout).claims;
    expect(claims.map((c: any) => [c.value, c.unit])).toEqual([[300, 'l'], [20, 'EUR']]);
    const without = JSON.parse(cli(['extract', 'a.txt', '--format', 'json', '--config', '/dev/null'], { cwd: dir }).stdout).claims;
    expect(without.map((c: any) => c.unit)).not.toContain('l');
  });

  it('refuses a unit symbol it does not know', () => {
    expect(() => parseConfig('c.yaml', 'units:\n  de: { Fass: fass }\n')).toThrow('c.yaml:2:15: units.de.Fass: "fass" is not a known unit symbol');
  });

  it('is found by walking up from the working directory', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.claimcheck.yaml'), 'format: json\n');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    expect(findConfigFile(path.join(dir, 'a', 'b'))).toBe(path.join(dir, '.claimcheck.yaml'));
  });

  it('sets the default format for the CLI, and a bad config is one line and exit 2', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Der Umsatz lag bei 5 Millionen Euro.');
    fs.writeFileSync(path.join(dir, '.claimcheck.yaml'), 'format: json\n');
    const ok = cli(['extract', 'a.txt'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).schema).toBe('claimcheck.claims/v1');
    fs.writeFileSync(path.join(dir, '.claimcheck.yaml'), 'formt: json\n');
    const bad = cli(['extract', 'a.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('claimcheck: .claimcheck.yaml:1:1: unknown key "formt" (known keys: format, lang, tolerance, include_boilerplate, rates, metrics, units, currencies, boilerplate)\n');
    expect(bad.stdout).toBe('');
  });
});
