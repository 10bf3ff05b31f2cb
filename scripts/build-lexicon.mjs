#!/usr/bin/env node
// Part of `npm run build`: lexicon/*.yaml -> dist/lexicon/*.json. The YAML stays
// the source people edit; the built pipeline reads JSON, which parses in about a
// millisecond where the YAML parser took a tenth of a second in every thread
// that analyses (the CLI's start-up, each --jobs worker).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(repo, 'lexicon');
const to = path.join(repo, 'dist', 'lexicon');
fs.mkdirSync(to, { recursive: true });
for (const name of fs.readdirSync(from).filter((n) => n.endsWith('.yaml'))) {
  const data = parse(fs.readFileSync(path.join(from, name), 'utf8'));
  fs.writeFileSync(path.join(to, name.replace(/\.yaml$/, '.json')), JSON.stringify(data));
}
