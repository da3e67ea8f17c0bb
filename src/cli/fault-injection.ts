/**
 * A test hook: file system faults injected into the built CLI, so
 * `npm run faults` can check how a run meets ENOSPC, EACCES, EROFS … on a
 * machine where the tests run as root and the disk is not full. Loaded only
 * when `COPYDESK_FAULT` is set; a normal run never imports this module.
 *
 * `COPYDESK_FAULT` is a comma-separated list of `OP:CODE[:WHEN]`:
 * - OP: `read` (an input), `write` (an output file, before its temp file
 *   exists), `commit` (an output file, once its temp file is written),
 *   `mkdir` (an output folder), `stat` (what a path is), `config` (a config
 *   file);
 * - CODE: the error code to raise, such as `ENOSPC` or `ELOOP`;
 * - WHEN: a text the path must contain, or `#N` for the Nth call and every
 *   later one (default: every call).
 */
import { type CliFs, setBeforeCommit } from './fs.js';

/** The operations a fault may be injected into. */
type Operation = 'read' | 'write' | 'commit' | 'mkdir' | 'stat' | 'config';

interface Fault {
  op: Operation;
  code: string;
  when: string | null;
}

function parseFaults(spec: string): Fault[] {
  return spec
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [op = '', code = '', ...rest] = part.trim().split(':');
      return { op: op as Operation, code, when: rest.length > 0 ? rest.join(':') : null };
    });
}

/** Wraps `fs` so the operations named in `spec` fail with the given codes. */
export function withFaults(fs: CliFs, spec: string): CliFs {
  const faults = parseFaults(spec);
  const calls: Record<Operation, number> = {
    read: 0,
    write: 0,
    commit: 0,
    mkdir: 0,
    stat: 0,
    config: 0,
  };
  const check = (op: Operation, path: string): void => {
    calls[op]++;
    for (const fault of faults) {
      if (fault.op !== op) continue;
      const hit =
        fault.when === null ||
        (fault.when.startsWith('#')
          ? calls[op] >= Number(fault.when.slice(1))
          : path.includes(fault.when));
      if (hit)
        throw Object.assign(new Error(`${fault.code}: injected fault, ${op} '${path}'`), {
          code: fault.code,
        });
    }
  };
  // The commit hook is process-wide: the last wrapper made decides it.
  setBeforeCommit(
    faults.some((fault) => fault.op === 'commit') ? (path) => check('commit', path) : null,
  );
  return {
    ...fs,
    readFile: async (path, maxSize) => {
      check('read', path);
      return fs.readFile(path, maxSize);
    },
    readText: async (path) => {
      check('config', path);
      return fs.readText(path);
    },
    kind: async (path) => {
      check('stat', path);
      return fs.kind(path);
    },
    linkKind: async (path) => {
      check('stat', path);
      return fs.linkKind(path);
    },
    mkdirp: async (path, within) => {
      check('mkdir', path);
      return fs.mkdirp(path, within);
    },
    writeAtomic: async (path, text, force, within) => {
      check('write', path);
      return fs.writeAtomic(path, text, force, within);
    },
  };
}
