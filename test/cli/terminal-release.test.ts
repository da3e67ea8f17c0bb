import { describe, expect, it } from 'vitest';
import { releaseTerminal, type TerminalFds } from '../../src/cli/terminal-release.js';

/** Standard streams of which `terminals` are terminals; records what is closed. */
function fdsWith(terminals: number[]): TerminalFds & { closed: number[] } {
  const closed: number[] = [];
  return {
    closed,
    isatty: (fd) => terminals.includes(fd),
    close: (fd) => {
      closed.push(fd);
    },
  };
}

describe('releaseTerminal', () => {
  it('closes stdin and stderr when they are the terminal and stdout is a pipe (copydesk | less)', () => {
    const fds = fdsWith([0, 2]);
    releaseTerminal('linux', fds);
    expect(fds.closed).toEqual([0, 2]);
  });

  it('closes only the streams that are terminals', () => {
    const fds = fdsWith([2]);
    releaseTerminal('darwin', fds);
    expect(fds.closed).toEqual([2]);
  });

  it('keeps everything when stdout is the terminal: no other program shares it through us', () => {
    const fds = fdsWith([0, 1, 2]);
    releaseTerminal('linux', fds);
    expect(fds.closed).toEqual([]);
  });

  it('does nothing on Windows', () => {
    const fds = fdsWith([0, 2]);
    releaseTerminal('win32', fds);
    expect(fds.closed).toEqual([]);
  });

  it('goes on when a descriptor is closed already', () => {
    const closed: number[] = [];
    releaseTerminal('linux', {
      isatty: (fd) => fd !== 1,
      close: (fd) => {
        if (fd === 0) throw Object.assign(new Error('EBADF'), { code: 'EBADF' });
        closed.push(fd);
      },
    });
    expect(closed).toEqual([2]);
  });
});
