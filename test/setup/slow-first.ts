import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest, about slowest first (wall time in a full run
 * on 2 cores): they wait on child processes (the CLI under faults, a tmux
 * screen) or run long property and adversarial loops. The waiting ones and
 * the computing ones alternate, so the first workers do not all wait at
 * once while a core idles. A file missing from the list only loses its head
 * start.
 */
export const SLOW_FILES: readonly string[] = [
  'test/faults/process-faults.test.ts',
  'test/adversarial.test.ts',
  'test/cli/tmux.test.ts',
  'test/properties.test.ts',
  'test/cli/cli.test.ts',
  'test/render/xml-formats.test.ts',
  'test/cli/formats.test.ts',
  'test/fast-paths.test.ts',
  'test/faults/pool.test.ts',
  'test/decode/mojibake-safety.test.ts',
  'test/cli/process.test.ts',
  'test/huge-inputs.test.ts',
];

/**
 * Starts the slow files first when vitest has no durations of its own. On
 * a fresh clone vitest orders files by size, largest first, and these are
 * small files: they came last, and one core sat idle while the last of them
 * finished. Once vitest has cached durations (any later run), its own order
 * (failed first, then longest first) stands.
 */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (file: TestSpecification) => relative(root, file.moduleId).split('\\').join('/');
    const timed = sorted.every((file) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${path(file)}`),
    );
    if (timed) return sorted;
    const rank = (file: TestSpecification) => {
      const index = SLOW_FILES.indexOf(path(file));
      return index < 0 ? SLOW_FILES.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
