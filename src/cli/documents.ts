import os from 'node:os';
import type { AnalyseOptions, analyse as analyseFn } from '../pipeline/analyse.js';
import { expandInputs, InputError, inputBytes, readInput, type InputRef } from '../read/inputs.js';
import { renderStream, type StreamFormat } from '../render/streams.js';
import type { Claim, DocumentMeta, Sentence, SourceText } from '../types.js';
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

let analyse: typeof analyseFn | null = null;

/**
 * Loads the pipeline (normalise to context) on first use. The main thread of
 * a run spread over workers never needs it: not loading it there saves the
 * memory and start-up time of one more copy.
 */
export async function loadPipeline(): Promise<typeof analyseFn> {
  analyse ??= (await import('../pipeline/analyse.js')).analyse;
  return analyse;
}

/**
 * Read, decode and analyse one input; never throws. Runs in the main thread or a
 * worker, after loadPipeline(). A worker copies everything it returns, so only
 * what the command prints comes back: sentences when asked for, and for a
 * streaming format just the rendered text. A text longer than `maxChars` is
 * not analysed but handed back (TooLarge); `source`, when given, is the text
 * already read.
 */
export function analyseInput(ref: InputRef, options: AnalyseOptions, shape: ResultShape, maxChars = Infinity, source?: SourceText): DocumentOutcome | TooLarge {
  try {
    if (!analyse) throw new Error('the pipeline is not loaded');
    source ??= readInput(ref);
    if (source.text.trim() === '') return { ok: false, path: ref.path, message: 'empty file, nothing to read' };
    if (source.text.length > maxChars) return { ok: false, tooLarge: true, path: ref.path, source };
    const doc = analyse(source, options);
    if (shape.stream) return { ok: true, result: { meta: doc.meta, sentences: [], claims: [], rendered: renderStream(shape.stream, doc) } };
    return { ok: true, result: { meta: doc.meta, sentences: shape.sentences ? doc.sentences : [], claims: doc.claims, rendered: '' } };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, path: err.path, message: err.message };
    return { ok: false, path: ref.path, message: `could not be analysed: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}` };
  }
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
  const here = async (ref: InputRef): Promise<DocumentOutcome> => {
    await loadPipeline();
    const outcome = analyseInput(ref, analyseOptions, shape, ROOMY_CHARS);
    return isTooLarge(outcome) ? roomy.analyse(ref, outcome.source) : outcome;
  };
  const outcomes = parallel
    ? analyseInWorkers(inputs, job, jobs, here)
    : (async function* () {
        for (const ref of inputs) {
          yield await here(ref);
          // Let the event loop turn between documents so Ctrl-C and a closed pipe are noticed.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
  try {
    for await (const outcome of outcomes) {
      progress.tick();
      if (outcome.ok) yield outcome.result;
      else reportInputError(term, state, new InputError(outcome.path, outcome.message));
    }
  } finally {
    progress.done();
    await roomy.close();
  }
}
