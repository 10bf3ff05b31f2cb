import fs from 'node:fs';

let version: string | null = null;

/** The version in package.json: one source for --version and the SARIF tool record. */
export function toolVersion(): string {
  if (version === null) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
      version = pkg.version ?? '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
