import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
for (const f of fs.readdirSync(path.join(ROOT, 'schema'))) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', f), 'utf8')), f);
}
const valid = (schema: string, data: unknown) => {
  const validate = ajv.getSchema(schema)!;
  const ok = validate(data);
  return ok ? 'valid' : ajv.errorsText(validate.errors);
};
const claimSchema = { $ref: 'claims.v1.schema.json#/$defs/claim' };

describe('JSON Schemas shipped in schema/', () => {
  it('extract --format json matches claimcheck.claims/v1', () => {
    expect(valid('claims.v1.schema.json', JSON.parse(cli(['extract', 'seeds', '--format', 'json']).stdout))).toBe('valid');
  });

  it('extract --format yaml carries the same valid claim set', () => {
    expect(valid('claims.v1.schema.json', YAML.parse(cli(['extract', 'seeds', '--format', 'yaml']).stdout))).toBe('valid');
  });

  it('every extract --format ndjson line is a valid claim', () => {
    const check = ajv.compile(claimSchema);
    for (const line of cli(['extract', 'seeds', '--format', 'ndjson']).stdout.trimEnd().split('\n')) {
      expect(check(JSON.parse(line)), ajv.errorsText(check.errors)).toBe(true);
    }
  });

  it('sentences --format json matches claimcheck.sentences/v1', () => {
    expect(valid('sentences.v1.schema.json', JSON.parse(cli(['sentences', 'seeds', '--format', 'json']).stdout))).toBe('valid');
  });

  it('compare --format json matches claimcheck.comparison/v1', () => {
    expect(valid('comparison.v1.schema.json', JSON.parse(cli(['compare', 'seeds', '--format', 'json', '--all']).stdout))).toBe('valid');
  });

  it('diff --format json matches claimcheck.diff/v1', () => {
    const r = cli(['diff', 'seeds/000_073132b75d45fe6a.txt', 'seeds/004_09a662b9e68ea153.txt', '--format', 'json']);
    expect(valid('diff.v1.schema.json', JSON.parse(r.stdout))).toBe('valid');
  });

  it('rejects a claim set with a wrong shape (the schemas can fail)', () => {
    expect(valid('claims.v1.schema.json', { schema: 'claimcheck.claims/v1', documents: [], claims: [{ id: 'x' }] })).not.toBe('valid');
  });
});
