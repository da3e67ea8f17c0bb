/** What decides whether one output stream gets colour. */
export interface ColorContext {
  /** `--color` (true), `--no-color` (false) or neither (undefined). */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

/**
 * The chalk level for one stream. Precedence: `--color`/`--no-color` >
 * `COPYDESK_NO_COLOR` > `NO_COLOR` (non-empty) > `FORCE_COLOR` > `TERM=dumb` >
 * TTY. chalk ignores NO_COLOR, so copydesk decides and passes the level in.
 */
export function colorLevel({ flag, env, isTTY }: ColorContext): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  const depth = (): 1 | 2 | 3 => {
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
    if (/-256(?:color)?$/.test(env.TERM ?? '')) return 2;
    return 1;
  };
  if (flag === true) return depth();
  if (env.COPYDESK_NO_COLOR) return 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false' || force === '0') return 0;
    const level = Number.parseInt(force, 10);
    if (Number.isFinite(level)) return Math.min(Math.max(level, 0), 3) as 0 | 1 | 2 | 3;
    return 1;
  }
  if (env.TERM === 'dumb') return 0;
  return isTTY ? depth() : 0;
}
