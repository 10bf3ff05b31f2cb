import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { decode, InputError } from './decode.js';
import type { SourceText } from '../types.js';

export { InputError } from './decode.js';

/** File endings a directory walk picks up (the contract's default). */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface InputRef {
  /** the path as the user will see it in `doc` */
  path: string;
  /** '-' for stdin */
  stdin?: boolean;
}

export interface ExpandedInputs {
  inputs: InputRef[];
  errors: InputError[];
}

/**
 * Command-line arguments to an ordered list of inputs: files as given,
 * directories walked recursively in sorted order (so output order is
 * deterministic), glob patterns expanded and sorted, `-` for stdin.
 * Problems become InputErrors; the other inputs are still listed.
 */
export function expandInputs(args: string[], extensions: string[] = TEXT_EXTENSIONS): ExpandedInputs {
  const inputs: InputRef[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  let found = 0;
  const add = (p: string) => {
    found++;
    if (seen.has(p)) return;
    seen.add(p);
    inputs.push({ path: p });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: '-', stdin: true });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (err) {
      if (isDynamicPattern(arg)) {
        const matches = globSync(arg, { onlyFiles: true, dot: false, expandDirectories: false }).sort();
        if (matches.length === 0) errors.push(new InputError(arg, 'no file matches this pattern'));
        for (const m of matches) add(m);
        continue;
      }
      errors.push(new InputError(arg, describeFsError(err)));
      continue;
    }
    if (stat.isDirectory()) {
      const before = found;
      walk(arg, extensions, add, errors, new Set());
      if (found === before) {
        errors.push(new InputError(arg, `directory has no text files (${extensions.join(' ')})`));
      }
    } else {
      add(arg);
    }
  }
  return { inputs, errors };
}

function walk(dir: string, extensions: string[], add: (p: string) => void, errors: InputError[], visited: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    errors.push(new InputError(dir, describeFsError(err)));
    return;
  }
  if (visited.has(real)) {
    errors.push(new InputError(dir, 'symbolic link loop, not followed'));
    return;
  }
  visited.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(new InputError(dir, describeFsError(err)));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // path.join(dir, name) for every entry, with dir normalised once: an archive
  // lists tens of thousands of files, and a join per file made ~3x the garbage
  // (which grew this thread's young generation for the rest of the run).
  const prefix = joinPrefix(dir);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = prefix + e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        errors.push(new InputError(p, describeFsError(err)));
        continue;
      }
    }
    if (isDir) walk(p, extensions, add, errors, visited);
    else if (isFile && extensions.includes(path.extname(e.name).toLowerCase())) add(p);
  }
  visited.delete(real);
}

/**
 * What path.join(dir, name) puts before a plain entry name (no separator, not
 * starting with "."): the normalised directory and a separator, or "" for ".".
 */
export function joinPrefix(dir: string): string {
  return path.join(dir, 'x').slice(0, -1);
}

/**
 * The size in bytes of the inputs' files: summed when there are at most
 * `samples` of them, else estimated from `samples` files spread evenly over the
 * list (an archive of 30,000 files need not be stat'ed file by file: that took
 * ~0.1 s and filled this thread's young generation). stdin and files that
 * cannot be read count 0: reading them reports them.
 */
export function inputBytes(inputs: InputRef[], samples = 256): number {
  if (inputs.length <= samples) {
    let bytes = 0;
    for (const ref of inputs) bytes += sizeOf(ref);
    return bytes;
  }
  let sampled = 0;
  for (let k = 0; k < samples; k++) sampled += sizeOf(inputs[Math.floor((k * inputs.length) / samples)]);
  return Math.round((sampled / samples) * inputs.length);
}

function sizeOf(ref: InputRef): number {
  if (ref.stdin) return 0;
  try {
    return fs.statSync(ref.path).size;
  } catch {
    return 0; // reported when it is read
  }
}

/** Reads and decodes one input. Throws InputError with a one-line reason. */
export function readInput(ref: InputRef, stdinBytes?: () => Uint8Array): SourceText {
  if (ref.stdin) return decode('-', stdinBytes ? stdinBytes() : fs.readFileSync(0));
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(ref.path);
  } catch (err) {
    throw new InputError(ref.path, describeFsError(err));
  }
  return decode(ref.path, bytes);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'symbolic link loop';
    case 'ENOTDIR': return 'not a directory';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (err as Error)?.message?.split('\n')[0] ?? 'cannot be read';
  }
}
