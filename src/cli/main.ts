import { Command, CommanderError, Option } from 'commander';
import { loadConfig } from '../config/load.js';
import { ConfigError } from '../config/parse.js';
import { InputError } from '../read/decode.js';
import { FORMATS } from '../render/claims.js';
import { Terminal, type ConsoleFacts } from './io.js';
import { toolVersion } from './version.js';
import { StrictStop } from './documents.js';
import { extractCommand, sentencesCommand } from './commands/extract.js';
import { compareCommand } from './commands/compare.js';
import { diffCommand } from './commands/diff.js';
import { formatParser, parseDate, parseLang, parsePositiveInt, parseTolerance, type CommonOptions } from './options.js';

const PATHS = 'files, directories, glob patterns, or - for stdin';

function common(cmd: Command, formats: readonly string[] = FORMATS): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', formats.join(', ')).default('table').argParser(formatParser(formats)))
    .addOption(new Option('--lang <lang>', 'force the language (de or en) instead of detecting it').argParser(parseLang))
    .addOption(new Option('--date <YYYY-MM-DD>', 'document date for relative periods ("last year")').argParser(parseDate))
    .option('--config <file>', 'settings file (default: the nearest .claimcheck.yaml)')
    .option('--include-boilerplate', 'show figures from ads, teasers and navigation in tables')
    .option('--no-color', 'no colour in tables (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--strict', 'stop at the first bad input instead of reporting it and going on')
    .option('-q, --quiet', 'no progress on stderr')
    .addOption(new Option('-j, --jobs <n>', 'analysing threads (default: up to the number of cores, as many as the input repays)').argParser(parsePositiveInt));
}

/** Config file values fill in what the command line left at its default. */
function settle<T extends CommonOptions>(cmd: Command, opts: T): T {
  const settings = loadConfig(opts.config, process.cwd());
  const fromUser = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  return {
    ...opts,
    settings,
    format: !fromUser('format') && settings.format ? settings.format : opts.format,
    lang: opts.lang ?? settings.lang,
    includeBoilerplate: opts.includeBoilerplate ?? settings.includeBoilerplate,
  };
}

/**
 * Runs the CLI; resolves to the exit code. Only src/cli touches argv, streams
 * and exit codes. Runs on the command thread (launch.ts), which is told what
 * the process's streams are.
 */
export async function main(argv: string[], facts: ConsoleFacts, gate?: Int32Array): Promise<number> {
  const term = new Terminal(facts, gate);
  let code = 0;
  const program = new Command('claimcheck')
    .description('Extract numeric claims from news articles and flag figures that contradict each other.')
    .version(toolVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => term.write(s),
      writeErr: (s) => term.note(s),
      // the command thread's process.stdout is a relay, never a terminal: widths come from the facts
      getOutHelpWidth: () => (facts.stdoutIsTTY && facts.columns ? facts.columns : 80),
      outputError: (s, write) => write(`claimcheck: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError();

  common(program.command('extract').argument('[paths...]', PATHS))
    .description('list every numeric claim')
    .action(async (paths: string[], opts: CommonOptions, cmd: Command) => {
      code = await extractCommand(paths, settle(cmd, opts), term);
    });
  common(program.command('sentences').argument('[paths...]', PATHS))
    .description('show the sentences the extractor works on')
    .action(async (paths: string[], opts: CommonOptions, cmd: Command) => {
      code = await sentencesCommand(paths, settle(cmd, opts), term);
    });
  common(program.command('compare').argument('[paths...]', 'articles, directories, or claim-set files (json, ndjson) from extract'), [...FORMATS, 'sarif'])
    .description('group figures for the same metric across articles and flag contradictions')
    .option('--all', 'also list metrics stated only once')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when such a group exists').choices(['conflict', 'different_period', 'any']))
    .addOption(new Option('--tolerance <fraction>', 'extra relative tolerance when comparing figures (0.02 or 2%)').argParser(parseTolerance))
    .option('--rate <FROM/TO=RATE@YYYY-MM-DD...>', 'a dated currency rate, e.g. EUR/USD=1.08@2025-01-31 (repeatable; adds to the config file)')
    .action(async (paths: string[], opts: CommonOptions & { all?: boolean; failOn?: string; tolerance?: number; rate?: string[] }, cmd: Command) => {
      const settled = settle(cmd, opts);
      code = await compareCommand(paths, { ...settled, tolerance: opts.tolerance ?? settled.settings.tolerance }, term);
    });
  common(program.command('diff').argument('<old>', 'claim set or article(s) before').argument('<new>', 'claim set or article(s) after'))
    .description('added, removed, changed and moved claims between two versions (exit 1 when they differ)')
    .addOption(new Option('--ignore <what...>', 'differences to leave out').choices(['moved']))
    .action(async (oldPath: string, newPath: string, opts: CommonOptions & { ignore?: string[] }, cmd: Command) => {
      code = await diffCommand(oldPath, newPath, settle(cmd, opts), term);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof StrictStop) return 2;
    if (err instanceof ConfigError) {
      term.error(err.message);
      return 2;
    }
    if (err instanceof InputError) {
      term.error(`${err.path}: ${err.message}`);
      return 2;
    }
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    throw err;
  }
  return code;
}
