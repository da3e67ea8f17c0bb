import { spawn } from 'node:child_process';
import type { PagerProcess } from './pager.js';

/** Shell syntax in a pager command: such a command runs through `sh -c`, as git runs it. */
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[#~=%]/;

/**
 * Starts `command` with its standard input on a pipe and its output on this
 * terminal. Resolves to null when it cannot be started (no such program).
 * A pager quit early is not an error: writes stop, quietly.
 */
export function spawnPager(
  command: string,
  env: Record<string, string | undefined>,
  onExit: () => void,
): Promise<PagerProcess | null> {
  const [file, ...args] = SHELL_SYNTAX.test(command)
    ? ['sh', '-c', command]
    : command.split(/\s+/).filter((part) => part !== '');
  const child = spawn(file ?? 'less', args, { stdio: ['pipe', 'inherit', 'inherit'], env });
  let closed = false;
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => {
      closed = true;
      onExit();
      resolve();
    });
  });
  child.stdin.on('error', () => {
    // EPIPE: the reader quit the pager before the end of the story.
    closed = true;
  });
  return new Promise((resolve) => {
    child.once('error', () => {
      closed = true;
      onExit();
      resolve(null);
    });
    child.once('spawn', () =>
      resolve({
        write: (text) => {
          if (closed || child.stdin.write(text)) return;
          return new Promise((done) => {
            const finish = () => {
              child.stdin.off('drain', finish);
              child.off('close', finish);
              done();
            };
            child.stdin.once('drain', finish);
            child.once('close', finish);
          });
        },
        closed: () => closed,
        end: async () => {
          child.stdin.end();
          await exited;
        },
      }),
    );
  });
}
