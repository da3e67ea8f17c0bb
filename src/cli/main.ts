import { CommanderError } from 'commander';
import { colorLevel } from './color.js';
import { EXIT } from './exit.js';
import { type CliOptions, createProgram, type ParsedCommand, parseArgs } from './program.js';
import { reportNamed } from './reporters.js';
import type { CliIo } from './run.js';
import { commanderProblem, formatUsageError } from './usage-error.js';
import { VERSION } from './version.js';

/** What `main()` needs beyond `run()`'s world: the arguments and whether stdin is a terminal. */
export interface MainIo extends CliIo {
  argv: string[];
  stdinIsTTY: boolean;
  /** Runs `--follow` (the live feed), which owns the process's signals; absent where there is none. */
  follow?: (options: CliOptions) => Promise<number>;
}

/**
 * argv in, exit code out: parses the command line, answers help, version,
 * completion and usage errors, and hands a run to `run()`. Everything it
 * touches comes through `io`, so tests drive the whole command in-process;
 * `index.ts` binds it to the process.
 */
export async function main(io: MainIo): Promise<number> {
  const commanderColor = (isTTY: boolean) =>
    colorLevel({ flag: undefined, env: io.env, isTTY }) > 0;
  const output = {
    writeOut: (text: string) => void io.stdout(text),
    writeErr: io.stderr,
    version: VERSION,
    helpWidth: io.stdoutIsTTY ? io.stdoutColumns : 80,
    outHasColors: commanderColor(io.stdoutIsTTY),
    errHasColors: commanderColor(io.stderrIsTTY),
  };

  const context = () => ({
    report: reportNamed(io.argv),
    env: io.env,
    stderrIsTTY: io.stderrIsTTY,
    stderrColumns: io.stderrColumns,
    cwd: io.cwd,
  });

  let parsed: ParsedCommand;
  try {
    parsed = parseArgs(io.argv, output);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
        return EXIT.ok;
      // commander exits 1 on usage errors; copydesk's contract says 2.
      io.stderr(await formatUsageError(commanderProblem(error.message, error.code), context()));
      return EXIT.usage;
    }
    throw error;
  }
  if (parsed.kind === 'completion') {
    // Lazily loaded: only this command needs it.
    const { completionScript } = await import('./completion.js');
    await io.stdout(completionScript(createProgram(output), parsed.shell));
    return EXIT.ok;
  }
  if (parsed.options.follow && io.follow) return io.follow(parsed.options);
  if (parsed.options.files.length === 0 && io.stdinIsTTY) {
    // A terminal on stdin and nothing named: say what to do rather than wait.
    io.stderr(
      await formatUsageError(
        {
          name: 'copydesk',
          path: null,
          reason:
            'No input: give files (copydesk story.txt) or pipe wire copy in (cat story.txt | copydesk)',
          ruleId: 'no-input',
        },
        context(),
      ),
    );
    return EXIT.usage;
  }
  // Loaded only now: --help, --version and usage errors never pay for the pipeline.
  const { run } = await import('./run.js');
  return run(parsed.options, io);
}
