import { sep } from 'node:path';

/** True when `path` is `dir` or below it (both absolute, both real or both not). */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
}
