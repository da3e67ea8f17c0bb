/** A running pager: the story goes to its standard input. */
export interface PagerProcess {
  /** Writes to the pager; resolves when it can take more. */
  write: (text: string) => Promise<void> | void;
  /** True once the pager has quit (the reader went away): stop writing. */
  closed: () => boolean;
  /** Closes the pager's input and waits for the reader to quit it. */
  end: () => Promise<void>;
}

/** The pager copydesk runs when neither `COPYDESK_PAGER` nor `PAGER` names one. */
export const DEFAULT_PAGER = 'less -FRX';

/**
 * The pager command, as git chooses it: `COPYDESK_PAGER`, else `PAGER`, else
 * `less -FRX`. A variable set to the empty string (or `cat`) asks for no pager.
 */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>): string | null {
  const command = env.COPYDESK_PAGER ?? env.PAGER ?? DEFAULT_PAGER;
  const trimmed = command.trim();
  return trimmed === '' || trimmed === 'cat' ? null : trimmed;
}

/**
 * The pager's environment: the caller's, with git's defaults for `less`
 * (`LESS=FRX`: quit if one screen, pass colour through, leave the screen as
 * it is) and `lv` (`LV=-c`, colour) when the user has not set them.
 */
export function pagerEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
}

/** How a paged run writes: where the screen's height comes from and how to start the pager. */
export interface PagedOutputOptions {
  /** Lines on the screen: output taller than this goes through the pager. */
  rows: number;
  /** Starts the pager; null when it could not be started (output goes to stdout then). */
  start: () => Promise<PagerProcess | null>;
  stdout: (text: string) => Promise<void> | void;
  stderr: (text: string) => void;
  /** Whether stderr is the same terminal: its messages then go through the pager too, as git does. */
  stderrToPager: boolean;
  /** Called when the pager could not be started. */
  onStartFailure?: () => void;
}

type Piece = { stream: 'out' | 'err'; text: string };

/**
 * Output for a terminal that pages only what does not fit: it holds the
 * first screenful, and once the output grows taller than the screen it starts
 * the pager and sends everything through it; a story that fits is written as
 * is when the run finishes.
 */
export class PagedOutput {
  readonly #options: PagedOutputOptions;
  #held: Piece[] = [];
  #lines = 0;
  #pager: PagerProcess | null = null;
  /** Set once the pager was asked for; further writes wait for it. */
  #starting: Promise<void> | null = null;
  #failed = false;

  constructor(options: PagedOutputOptions) {
    this.#options = options;
  }

  /** True once the pager has quit: stop producing output. */
  readonly closed = (): boolean => this.#pager?.closed() ?? false;

  /** Writes story text (stdout). */
  readonly out = (text: string): Promise<void> | void => this.#write({ stream: 'out', text });

  /** Writes a message (stderr): through the pager when it is the same terminal. */
  readonly err = (text: string): void => {
    if (!this.#options.stderrToPager) {
      this.#options.stderr(text);
      return;
    }
    void this.#write({ stream: 'err', text });
  };

  async #write(piece: Piece): Promise<void> {
    if (this.#starting) await this.#starting;
    if (this.#pager) {
      if (!this.#pager.closed()) await this.#pager.write(piece.text);
      return;
    }
    if (this.#failed) {
      await this.#direct(piece);
      return;
    }
    this.#held.push(piece);
    for (const char of piece.text) if (char === '\n') this.#lines++;
    if (this.#lines >= this.#options.rows) {
      this.#starting = this.#startPager();
      await this.#starting;
    }
  }

  async #startPager(): Promise<void> {
    const pager = await this.#options.start();
    if (!pager) {
      this.#failed = true;
      this.#options.onStartFailure?.();
      await this.#flushDirect();
      return;
    }
    this.#pager = pager;
    const held = this.#held;
    this.#held = [];
    for (const piece of held) {
      if (pager.closed()) break;
      await pager.write(piece.text);
    }
  }

  async #direct(piece: Piece): Promise<void> {
    if (piece.stream === 'out') await this.#options.stdout(piece.text);
    else this.#options.stderr(piece.text);
  }

  async #flushDirect(): Promise<void> {
    const held = this.#held;
    this.#held = [];
    for (const piece of held) await this.#direct(piece);
  }

  /** Ends the run's output: writes what fits on the screen, or waits for the pager to be quit. */
  async finish(): Promise<void> {
    if (this.#starting) await this.#starting;
    if (this.#pager) {
      await this.#pager.end();
      return;
    }
    await this.#flushDirect();
  }
}
