import type { CliFs, PathKind } from '../../src/cli/fs.js';
import type { CliIo } from '../../src/cli/run.js';

/** An in-memory CliIo: files in a map, streams captured, TTYs and env as given. */
export function fakeIo(
  files: Record<string, string>,
  overrides: Partial<Omit<CliIo, 'fs'>> = {},
): { io: CliIo; out: () => string; err: () => string; files: Map<string, string> } {
  const store = new Map(Object.entries(files).map(([path, text]) => [`/w/${path}`, text]));
  const out: string[] = [];
  const err: string[] = [];
  const kind = async (path: string): Promise<PathKind> => {
    if (store.has(path)) return 'file';
    for (const key of store.keys()) if (key.startsWith(`${path}/`)) return 'directory';
    return 'missing';
  };
  const fs: CliFs = {
    readFile: async (path) => {
      const text = store.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    readText: async (path) => store.get(path) ?? null,
    kind,
    linkKind: kind,
    realpath: async (path) => path,
    glob: async () => [],
    mkdirp: async () => {},
    writeAtomic: async (path, text, force) => {
      if (!force && store.has(path)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
      store.set(path, text);
    },
  };
  const io: CliIo = {
    fs,
    readStdin: async () => new Uint8Array(),
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutClosed: () => false,
    env: {},
    cwd: '/w',
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdoutColumns: undefined,
    stderrColumns: undefined,
    cpuCount: 1,
    now: () => 0,
    ...overrides,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files: store };
}
