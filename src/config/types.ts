import type { Format } from '../render/claims.js';
import type { Lang } from '../types.js';

export interface CurrencyRateConfig {
  from: string;
  to: string;
  rate: number;
  date: string;
}

export interface MetricSynonymsConfig {
  key: string;
  label?: string;
  synonyms: Partial<Record<Lang, string[]>>;
}

/** Everything `.claimcheck.yaml` may set. Absent keys keep the built-in defaults. */
export interface Config {
  /** where it was read from, for messages; null for the defaults */
  path: string | null;
  format?: Format;
  lang?: Lang;
  /** extra relative tolerance when comparing figures */
  tolerance?: number;
  includeBoilerplate?: boolean;
  rates: CurrencyRateConfig[];
  metrics: MetricSynonymsConfig[];
  /** surface word -> unit symbol, per language */
  units: Partial<Record<Lang, Record<string, string>>>;
  /** surface word -> ISO 4217 code, per language */
  currencies: Partial<Record<Lang, Record<string, string>>>;
  /** extra phrases that mark a block as boilerplate, per language */
  boilerplate: Partial<Record<Lang, string[]>>;
}

export const emptyConfig = (): Config => ({ path: null, rates: [], metrics: [], units: {}, currencies: {}, boilerplate: {} });
