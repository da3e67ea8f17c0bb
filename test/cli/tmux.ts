import { spawnSync } from 'node:child_process';

/** True when tmux is installed; tests that need a real terminal skip otherwise. */
export const HAS_TMUX = spawnSync('sh', ['-c', 'command -v tmux']).status === 0;

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `command` in a fresh tmux pane of the given size (a real terminal:
 * stdin, stdout and stderr are TTYs), waits for it to finish, and returns the
 * visible screen, the exit status and the raw bytes the pane received.
 */
export function inTerminal(
  command: string,
  options: { cwd: string; columns: number; rows?: number; env?: Record<string, string> },
): { screen: string; status: number; raw: string } {
  const session = `copydesk-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const log = `${options.cwd}/.pane-${session}.log`;
  const env = Object.entries({ TERM: 'xterm-256color', ...options.env })
    .map(([key, value]) => `${key}='${value}'`)
    .join(' ');
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(options.columns),
    '-y',
    String(options.rows ?? 80),
    '-c',
    options.cwd,
    'sh',
  );
  try {
    tmux('pipe-pane', '-t', session, '-o', `cat >> '${log}'`);
    tmux(
      'send-keys',
      '-t',
      session,
      `clear; env -u CI -u NO_COLOR -u FORCE_COLOR ${env} ${command}; echo __DONE__$?`,
      'Enter',
    );
    let screen = '';
    for (let attempt = 0; attempt < 200; attempt++) {
      screen = tmux('capture-pane', '-t', session, '-p', '-J');
      if (/__DONE__\d+/.test(screen)) break;
      pause(100);
    }
    const match = /__DONE__(\d+)/.exec(screen);
    if (!match) throw new Error(`Command did not finish in tmux:\n${screen}`);
    const plain = tmux('capture-pane', '-t', session, '-p');
    const raw = spawnSync('cat', [log], { encoding: 'utf8' }).stdout;
    return { screen: plain.slice(0, plain.indexOf('__DONE__')), status: Number(match[1]), raw };
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
}
