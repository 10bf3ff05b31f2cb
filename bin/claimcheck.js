#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last line of defence: never a stack trace for the user.
    process.stderr.write(`claimcheck: internal error: ${err && err.message ? err.message.split('\n')[0] : String(err)}\n`);
    if (process.env.CLAIMCHECK_DEBUG) process.stderr.write(`${err && err.stack}\n`);
    process.exitCode = 2;
  },
);
