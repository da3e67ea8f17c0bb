/** Inputs a batch needs before a progress bar is worth drawing. */
export const PROGRESS_MIN_INPUTS = 8;

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * One line of progress: a bar, done/total, rate and time left. Pure, so it
 * can be tested without a terminal.
 */
export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  width: number,
): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : '–:––';
  const stats = ` ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${eta}`;
  const barWidth = Math.max(10, Math.min(40, width - stats.length - 3));
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${stats}`;
}

/** A progress bar on a TTY stream: redraws one line, throttled, and clears it. */
export class ProgressBar {
  readonly #write: (text: string) => void;
  readonly #now: () => number;
  readonly #total: number;
  readonly #width: number;
  readonly #start: number;
  #last = Number.NEGATIVE_INFINITY;
  #drawn = false;

  constructor(options: {
    write: (text: string) => void;
    now: () => number;
    total: number;
    width: number;
  }) {
    this.#write = options.write;
    this.#now = options.now;
    this.#total = options.total;
    this.#width = options.width;
    this.#start = options.now();
  }

  /** Redraws with `done` inputs finished (at most every 80 ms, and always at the end). */
  update(done: number): void {
    const now = this.#now();
    if (done < this.#total && now - this.#last < 80) return;
    this.#last = now;
    this.#write(`\r\u001b[2K${progressLine(done, this.#total, now - this.#start, this.#width)}`);
    this.#drawn = true;
  }

  /** Erases the bar so other output starts on a clean line. */
  clear(): void {
    if (this.#drawn) this.#write('\r\u001b[2K');
    this.#drawn = false;
  }
}
