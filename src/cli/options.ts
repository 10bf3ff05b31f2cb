import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../render/claims.js';
import { LANGS, type Lang } from '../types.js';
import type { Config } from '../config/types.js';

/** A --format parser for a command that prints `formats`. */
export function formatParser(formats: readonly string[] = FORMATS): (value: string) => Format {
  return (value) => {
    if (!formats.includes(value)) throw new InvalidArgumentError(`must be one of ${formats.join(', ')}`);
    return value as Format;
  };
}

export function parseLang(value: string): Lang {
  if (!(LANGS as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${LANGS.join(', ')}`);
  return value as Lang;
}

export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || Number.isNaN(Date.parse(value)) || Number(m[2]) > 12 || Number(m[3]) > 31) {
    throw new InvalidArgumentError('must be a date as YYYY-MM-DD');
  }
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

export function parseTolerance(value: string): number {
  const n = Number(value.replace(/%$/, '')) / (value.endsWith('%') ? 100 : 1);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError('must be a fraction like 0.02 or a percentage like 2%');
  return n;
}

/** Options every command shares. */
export interface CommonOptions {
  format: Format;
  lang?: Lang;
  date?: string;
  color?: boolean;
  strict?: boolean;
  quiet?: boolean;
  includeBoilerplate?: boolean;
  config?: string;
  jobs?: number;
  /** the loaded .claimcheck.yaml (or defaults) */
  settings: Config;
}
