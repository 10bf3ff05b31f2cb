import { test } from 'vitest';
import fs from 'node:fs';
import { buildInput, loadGold } from '../fixtures/context-period/gold-input.js';
import { findMetadata } from '../src/context/metadata.js';
test('meta', () => {
  for (const f of fs.readdirSync('/work/shared/seeds')) {
    const text = fs.readFileSync('/work/shared/seeds/' + f, 'utf8');
    console.log(f, JSON.stringify(findMetadata(buildInput(text, 'de', []))));
  }
  for (const d of loadGold()) console.log(d.name, 'gold date', d.date, JSON.stringify(findMetadata(d.input)));
});
