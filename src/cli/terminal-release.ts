import { closeSync } from 'node:fs';

/** What {@link releaseTerminal} needs of the OS: injectable for tests. */
export interface TerminalFds {
  isatty: (fd: number) => boolean;
  close: (fd: number) => void;
}

/**
 * The standard streams' own answer rather than node:tty's isatty: loading
 * node:tty loads node:net, milliseconds of a start that may not need them,
 * and the streams are made by then (the CLI asks each whether it is a terminal).
 */
const nodeTerminalFds: TerminalFds = {
  isatty: (fd) =>
    (fd === 0 ? process.stdin : fd === 1 ? process.stdout : process.stderr).isTTY === true,
  close: closeSync,
};

/**
 * Lets go of the terminal before the process exits, so the terminal keeps
 * the mode another program gave it.
 *
 * As it exits (or dies of a signal), Node writes back the terminal mode it
 * found at start on each standard stream that is a terminal
 * (nodejs/node#35536), although copydesk never changes that mode. In
 * `copydesk story.txt | less -R`, less can have put the terminal in raw mode
 * by then, when copydesk started first and ended last (a slow machine, a
 * FIFO as input): the old mode written back makes less read whole lines, so
 * `q` does nothing until Enter. Node skips a stream whose descriptor is no
 * longer open, so the descriptors that are terminals are closed, last thing.
 *
 * Only when standard output is not a terminal: then another program (a
 * pager, a shell reading our output) may own the terminal now. The
 * descriptors' own flags need no restoring: libuv reopens a terminal
 * descriptor before making it non-blocking, so those flags were never the
 * shared ones. Not on Windows, where Node restores nothing this way.
 */
export function releaseTerminal(
  platform: NodeJS.Platform = process.platform,
  fds: TerminalFds = nodeTerminalFds,
): void {
  if (platform === 'win32' || fds.isatty(1)) return;
  for (const fd of [0, 2]) {
    if (!fds.isatty(fd)) continue;
    try {
      fds.close(fd);
    } catch {
      // Closed already: nothing to write back there either.
    }
  }
}
