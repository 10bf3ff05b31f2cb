import { analyse, type AnalyseOptions } from '../pipeline/analyse.js';
import { expandInputs, InputError, readInput, type InputRef } from '../read/inputs.js';
import type { AnalysedDocument } from '../types.js';
import type { Terminal } from './io.js';

export interface RunState {
  /** set when any input failed: the command exits 2 at the end */
  failed: boolean;
  strict: boolean;
}

export class StrictStop extends Error {}

/** Reports a bad input as one line and remembers the failure; with --strict, stops the run. */
export function reportInputError(term: Terminal, state: RunState, err: unknown): void {
  state.failed = true;
  if (err instanceof InputError) term.error(`${err.path}: ${err.message}`);
  else term.error((err as Error)?.message ?? String(err));
  if (state.strict) throw new StrictStop();
}

/** Expands the arguments and reports the ones that cannot be used. */
export function resolveInputs(args: string[], term: Terminal, state: RunState): InputRef[] {
  const { inputs, errors } = expandInputs(args.length ? args : ['-']);
  for (const e of errors) reportInputError(term, state, e);
  return inputs;
}

/** Reads and analyses inputs one by one, so memory stays flat and output can stream. */
export function* analyseAll(inputs: InputRef[], options: AnalyseOptions, term: Terminal, state: RunState): Generator<AnalysedDocument> {
  for (const ref of inputs) {
    let doc: AnalysedDocument;
    try {
      const source = readInput(ref);
      if (source.text.trim() === '') throw new InputError(ref.path, 'empty file, nothing to read');
      doc = analyse(source, options);
    } catch (err) {
      if (err instanceof StrictStop) throw err;
      reportInputError(term, state, err);
      continue;
    }
    yield doc;
  }
}
