import { Command, CommanderError, Option } from 'commander';
import { Terminal } from './io.js';
import { StrictStop } from './documents.js';
import { extractCommand, sentencesCommand } from './commands/extract.js';
import { compareCommand } from './commands/compare.js';
import { parseDate, parseFormat, parseLang, parsePositiveInt, parseTolerance, type CommonOptions } from './options.js';

const VERSION = '0.1.0';

function common(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'table, json, ndjson, yaml, csv or markdown').default('table').argParser(parseFormat))
    .addOption(new Option('--lang <lang>', 'force the language (de or en) instead of detecting it').argParser(parseLang))
    .addOption(new Option('--date <YYYY-MM-DD>', 'document date for relative periods ("last year")').argParser(parseDate))
    .option('--include-boilerplate', 'show figures from ads, teasers and navigation in tables')
    .option('--no-color', 'no colour in tables (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--strict', 'stop at the first bad input instead of reporting it and going on')
    .option('-q, --quiet', 'no progress on stderr')
    .addOption(new Option('-j, --jobs <n>', 'worker threads').argParser(parsePositiveInt));
}

/** Runs the CLI; resolves to the exit code. Only this module and its commands touch argv, streams and exit codes. */
export async function main(argv: string[]): Promise<number> {
  const term = new Terminal();
  let code = 0;
  const program = new Command('claimcheck')
    .description('Extract numeric claims from news articles and flag figures that contradict each other.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`claimcheck: ${s.replace(/^error: /, '')}`),
    })
    .showSuggestionAfterError();

  common(program.command('extract').argument('[paths...]', 'files, directories, glob patterns, or - for stdin'))
    .description('list every numeric claim')
    .action((paths: string[], opts: CommonOptions) => {
      code = extractCommand(paths, opts, term);
    });
  common(program.command('sentences').argument('[paths...]', 'files, directories, glob patterns, or - for stdin'))
    .description('show the sentences the extractor works on')
    .action((paths: string[], opts: CommonOptions) => {
      code = sentencesCommand(paths, opts, term);
    });
  common(program.command('compare').argument('[paths...]', 'articles, directories, or claim-set JSON files'))
    .description('group figures for the same metric across articles and flag contradictions')
    .option('--all', 'also list metrics stated only once')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when such a group exists').choices(['conflict', 'different_period', 'any']))
    .addOption(new Option('--tolerance <fraction>', 'extra relative tolerance when comparing figures (0.02 or 2%)').argParser(parseTolerance))
    .action((paths: string[], opts: CommonOptions & { all?: boolean; failOn?: string; tolerance?: number }) => {
      code = compareCommand(paths, opts, term);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof StrictStop) return 2;
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      if (err.code === 'commander.executeSubCommandAsync') return 2;
      return 2;
    }
    throw err;
  }
  return code;
}
