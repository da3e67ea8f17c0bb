import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from './paths.js';

/** Files found under a directory, and the symbolic links left alone on the way. */
export interface WalkResult {
  /** Paths relative to the root, with `/` separators. */
  files: string[];
  /** Symbolic links that lead out of the root, relative to it (not followed). */
  skippedLinks: string[];
}

/**
 * Walks a directory operand for input files: names ending in one of
 * `extensions`, skipping dot files and node_modules. A symbolic link is
 * followed only when it resolves inside the root (a link out of the tree
 * could publish any file on the machine) unless `followSymlinks`; links
 * that are left alone are listed. Each real folder is entered once, so
 * link loops end.
 */
export function walkTree(
  root: string,
  options: { extensions: string[]; followSymlinks: boolean },
): WalkResult {
  const realRoot = realpathSync(root);
  const suffixes = options.extensions.map((ext) => `.${ext}`);
  const wanted = (name: string) => suffixes.some((suffix) => name.endsWith(suffix));
  const files: string[] = [];
  const skippedLinks: string[] = [];
  const entered = new Set<string>([realRoot]);
  const visit = (dir: string, relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // The root must be readable; a folder below it that is not is skipped,
      // as find(1) goes on past it.
      if (relative === '') throw error;
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const shown = relative === '' ? name : `${relative}/${name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          continue; // A dangling link or a loop: nothing to read.
        }
        if (!options.followSymlinks && !isWithin(real, realRoot)) {
          if (wanted(name) || statSync(real, { throwIfNoEntry: false })?.isDirectory())
            skippedLinks.push(shown);
          continue;
        }
        const stats = statSync(real, { throwIfNoEntry: false });
        isDirectory = stats?.isDirectory() ?? false;
        isFile = stats?.isFile() ?? false;
        if (isDirectory) {
          if (entered.has(real)) continue;
          entered.add(real);
        }
      } else if (isDirectory) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          continue;
        }
        if (entered.has(real)) continue;
        entered.add(real);
      }
      if (isDirectory) visit(path, shown);
      else if (isFile && wanted(name)) files.push(shown);
    }
  };
  visit(root, '');
  return { files, skippedLinks };
}
