import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../read/decode.js';
import { parseConfig } from './parse.js';
import { emptyConfig, type Config } from './types.js';

export const CONFIG_FILE = '.claimcheck.yaml';

/** The nearest .claimcheck.yaml from `dir` upwards, or null. */
export function findConfigFile(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** `--config FILE`, else the nearest .claimcheck.yaml, else the defaults. Throws ConfigError or InputError. */
export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const file = explicit ?? findConfigFile(cwd);
  if (!file) return emptyConfig();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'config file not found' : code === 'EACCES' ? 'permission denied' : 'config file cannot be read');
  }
  return parseConfig(explicit ? file : path.relative(cwd, file) || file, text);
}
