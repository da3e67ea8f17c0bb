// Temporary folders of a bench run, removed when the run ends, also when it
// is interrupted: Ctrl-C reaches the timed command and the bench alike, and
// a folder left behind per interrupted run piled up under /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set();
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
let hooked = false;

function removeAll() {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

function hook() {
  if (hooked) return;
  hooked = true;
  for (const [name, number] of Object.entries(SIGNALS))
    process.on(name, () => {
      removeAll();
      process.exit(128 + number);
    });
  process.on('exit', removeAll);
}

/** A new folder under the system's temp dir, named `<prefix>XXXXXX`, removed on exit or signal. */
export function makeTempDir(prefix) {
  hook();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  live.add(dir);
  return dir;
}

/** Removes a folder from {@link makeTempDir} now. */
export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}
