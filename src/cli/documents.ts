import os from 'node:os';
import type { AnalyseOptions, analyseBatch as analyseBatchFn } from '../pipeline/analyse.js';
import { expandInputs, InputError, inputBytes, readInput, type InputRef } from '../read/inputs.js';
import { renderStream, type StreamFormat } from '../render/streams.js';
import type { AnalysedDocument, Claim, DocumentMeta, Sentence, SourceText } from '../types.js';
import type { Terminal } from './io.js';
import { analyseInWorkers, type WorkerJob } from './worker-pool.js';
import { RoomyThread } from './roomy-thread.js';
import { Progress } from './progress.js';

export interface RunState {
  /** set when any input failed: the command exits 2 at the end */
  failed: boolean;
  strict: boolean;
}

/** What a command needs of one analysed document (small enough to pass between threads). */
export interface DocumentResult {
  meta: DocumentMeta;
  /** empty unless asked for (AnalyseAllOptions.sentences), and when rendered */
  sentences: Sentence[];
  /** empty when rendered */
  claims: Claim[];
  /**
   * the document in AnalyseAllOptions.stream's format ('' when not asked for);
   * UTF-8 bytes when it comes from a worker, which hands the buffer over
   * without a copy and keeps the text off the main thread's heap
   */
  rendered: string | Uint8Array;
}

/** What one analysing thread hands back of each document. */
export interface ResultShape {
  /** keep each document's sentences (only the `sentences` command needs them) */
  sentences: boolean;
  /** render each document in this format and hand back only the text */
  stream?: StreamFormat;
}

export type DocumentOutcome = { ok: true; result: DocumentResult } | { ok: false; path: string; message: string };

/** A document longer than the analysing thread takes (ROOMY_CHARS): for the roomy thread, with its text once read. */
export interface TooLarge {
  ok: false;
  tooLarge: true;
  path: string;
  source?: SourceText;
}

/**
 * Documents longer than this many characters (250 long news articles) are
 * analysed on the roomy thread (roomy-thread.ts): the other threads have a 3 MB
 * young generation, which costs a huge document dear (2.5 MB: +18 % CPU, 15 MB:
 * +42 %, 50 MB: twice the time) and a news article nothing.
 */
export const ROOMY_CHARS = 1_000_000;

export class StrictStop extends Error {}

/** Reports a bad input as one line and remembers the failure; with --strict, stops the run. */
export function reportInputError(term: Terminal, state: RunState, err: unknown): void {
  state.failed = true;
  term.inputFailed = true;
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

let analyseBatch: typeof analyseBatchFn | null = null;

/**
 * Loads the pipeline (normalise to context) on first use. The main thread of
 * a run spread over workers never needs it: not loading it there saves the
 * memory and start-up time of one more copy.
 */
export async function loadPipeline(): Promise<typeof analyseBatchFn> {
  analyseBatch ??= (await import('../pipeline/analyse.js')).analyseBatch;
  return analyseBatch;
}

/**
 * Documents a thread analyses together (analyseBatch: each stage over all of them
 * in a row, a fifth less CPU than one by one: scripts/batch-order.mjs), and the most
 * text they may hold. 64 saved little more CPU and took the peak RSS of 30x the
 * German corpus with two threads from 194 MB to 199 MB.
 */
export const BATCH_DOCUMENTS = 32;
export const BATCH_CHARS = 2_000_000;

/**
 * Read, decode and analyse inputs; never throws, one outcome per input in their
 * order. Runs in the main thread or a worker, after loadPipeline(). A worker
 * copies everything it returns, so only what the command prints comes back:
 * sentences when asked for, and for a streaming format just the rendered text.
 * A text longer than `maxChars` is not analysed but handed back (TooLarge);
 * `sources`, when given, holds texts already read. A document that makes the
 * pipeline throw fails alone: the others of its batch are analysed again one by one.
 */
export function analyseInputs(
  refs: readonly InputRef[], options: AnalyseOptions, shape: ResultShape, maxChars = Infinity, sources?: ReadonlyArray<SourceText | undefined>,
): Array<DocumentOutcome | TooLarge> {
  const outcomes: Array<DocumentOutcome | TooLarge> = [];
  let pending: Array<{ at: number; source: SourceText }> = [];
  let chars = 0;
  const flush = () => {
    for (const [k, outcome] of analysePending(pending, refs, options, shape)) outcomes[k] = outcome;
    pending = [];
    chars = 0;
  };
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k];
    try {
      if (!analyseBatch) throw new Error('the pipeline is not loaded');
      const source = sources?.[k] ?? readInput(ref);
      if (source.text.trim() === '') outcomes[k] = { ok: false, path: ref.path, message: 'empty file, nothing to read' };
      else if (source.text.length > maxChars) outcomes[k] = { ok: false, tooLarge: true, path: ref.path, source };
      else {
        pending.push({ at: k, source });
        chars += source.text.length;
        if (chars >= BATCH_CHARS) flush();
      }
    } catch (err) {
      outcomes[k] = failure(ref, err);
    }
  }
  flush();
  return outcomes;
}

function analysePending(
  pending: ReadonlyArray<{ at: number; source: SourceText }>, refs: readonly InputRef[], options: AnalyseOptions, shape: ResultShape,
): Array<[number, DocumentOutcome]> {
  if (!pending.length) return [];
  let docs: AnalysedDocument[] | null = null;
  try {
    docs = analyseBatch!(pending.map((p) => p.source), options);
  } catch {
    // one of them made a stage throw: each on its own, so only that one fails
    docs = null;
  }
  return pending.map((p, i): [number, DocumentOutcome] => {
    try {
      const doc = docs ? docs[i] : analyseBatch!([p.source], options)[0];
      return [p.at, outcomeOf(doc, shape)];
    } catch (err) {
      return [p.at, failure(refs[p.at], err)];
    }
  });
}

function outcomeOf(doc: AnalysedDocument, shape: ResultShape): DocumentOutcome {
  if (shape.stream) return { ok: true, result: { meta: doc.meta, sentences: [], claims: [], rendered: renderStream(shape.stream, doc) } };
  return { ok: true, result: { meta: doc.meta, sentences: shape.sentences ? doc.sentences : [], claims: doc.claims, rendered: '' } };
}

function failure(ref: InputRef, err: unknown): DocumentOutcome {
  if (err instanceof InputError) return { ok: false, path: err.path, message: err.message };
  return { ok: false, path: ref.path, message: `could not be analysed: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}` };
}

export const isTooLarge = (o: DocumentOutcome | TooLarge): o is TooLarge => 'tooLarge' in o;

export interface AnalyseAllOptions extends AnalyseOptions {
  jobs?: number;
  quiet?: boolean;
  /** return each document's sentences (default true; only the `sentences` command needs them) */
  sentences?: boolean;
  /** return each document rendered in this format instead of its claims and sentences */
  stream?: StreamFormat;
}

/** Below this many inputs, starting threads costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 4;
/**
 * Input a thread must get to repay its start, for the default `--jobs`. Every
 * analysing thread warms up V8's optimising compiler on the pipeline on its
 * own: about 2 s of CPU (scripts/warmup-curve.mjs), as long as ~10 MB of warm
 * work. Measured on 2 cores: two threads were slower than one over 27 MB of
 * news and 1.1-1.5x as fast over 82 MB (the machine varies).
 */
const MIN_BYTES_PER_THREAD = 16_000_000;

/** Threads for `bytes` of input on `cores` cores: as many as each get MIN_BYTES_PER_THREAD, at least one. */
export function threadsFor(bytes: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}

/** The default `--jobs`: up to the number of cores, as many as the input repays. */
function defaultJobs(inputs: InputRef[]): number {
  const cores = os.availableParallelism();
  return cores === 1 ? 1 : threadsFor(inputBytes(inputs), cores);
}

/**
 * Analyses inputs in input order, one at a time or spread over threads
 * (`--jobs`); either way the results come out in the same order, so output is
 * identical, and only a bounded window of documents is held in memory.
 */
export async function* analyseAll(inputs: InputRef[], options: AnalyseAllOptions, term: Terminal, state: RunState): AsyncGenerator<DocumentResult> {
  const jobs = options.jobs ?? defaultJobs(inputs);
  const analyseOptions: AnalyseOptions = { lang: options.lang, date: options.date, vocabulary: options.vocabulary };
  const shape: ResultShape = { sentences: options.sentences ?? true, stream: options.stream };
  const progress = new Progress(term, inputs.length, !options.quiet);
  const parallel = jobs > 1 && inputs.length >= MIN_INPUTS_FOR_WORKERS && !inputs.some((i) => i.stdin);
  const job: WorkerJob = { options: analyseOptions, shape, maxChars: ROOMY_CHARS };
  const roomy = new RoomyThread(job);
  // this thread's share of the documents, and those a worker could not take
  const here = async (batch: InputRef[]): Promise<DocumentOutcome[]> => {
    await loadPipeline();
    const outcomes: DocumentOutcome[] = [];
    for (const [k, outcome] of analyseInputs(batch, analyseOptions, shape, ROOMY_CHARS).entries()) {
      outcomes.push(isTooLarge(outcome) ? await roomy.analyse(batch[k], outcome.source) : outcome);
    }
    return outcomes;
  };
  // a batch, not a document, is what a thread takes at a time; with threads, small enough
  // batches that both get some of a short list
  const size = parallel ? Math.max(1, Math.min(BATCH_DOCUMENTS, Math.ceil(inputs.length / (4 * jobs)))) : BATCH_DOCUMENTS;
  const batches: InputRef[][] = [];
  for (let i = 0; i < inputs.length; i += size) batches.push(inputs.slice(i, i + size));
  const outcomes = parallel
    ? analyseInWorkers(batches, job, jobs, here)
    : (async function* () {
        for (const batch of batches) {
          yield await here(batch);
          // Let the event loop turn between batches so Ctrl-C and a closed pipe are noticed.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
  try {
    for await (const batch of outcomes) {
      for (const outcome of batch) {
        progress.tick();
        if (outcome.ok) yield outcome.result;
        else reportInputError(term, state, new InputError(outcome.path, outcome.message));
      }
    }
  } finally {
    progress.done();
    await roomy.close();
  }
}
