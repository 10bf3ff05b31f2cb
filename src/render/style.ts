import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

/**
 * Colour only when it helps: on a terminal, unless NO_COLOR or --no-color;
 * FORCE_COLOR forces it (chalk's own detection reads both variables).
 */
export function makeStyle(opts: { color?: boolean; isTTY: boolean }): Style {
  if (opts.color === false) return new Chalk({ level: 0 });
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return new Chalk({ level: 1 });
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return new Chalk({ level: 0 });
  return new Chalk({ level: opts.isTTY ? 1 : 0 });
}

export const plainStyle: Style = new Chalk({ level: 0 });
