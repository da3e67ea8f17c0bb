import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';
import { HAS_TMUX, inTerminal } from './tmux.js';

let cleanup = () => {};
afterEach(() => cleanup());

const node = `"${process.execPath}" "${BIN}"`;

describe.skipIf(!HAS_TMUX)('copydesk in a real terminal (tmux)', () => {
  it.each([80, 120])('lays out a story for reading at %i columns', (columns) => {
    const ws = workspace({ 'pier.txt': PIER });
    cleanup = ws.cleanup;
    const { screen, status } = inTerminal(`${node} pier.txt`, { cwd: ws.dir, columns });
    expect(status).toBe(0);
    const lines = screen.split('\n');
    const top = lines.findIndex((line) => line.startsWith('Harbour Council'));
    expect(lines[top]).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(lines[top + 1]).toMatch(/^━{41}$/);
    expect(screen).toContain('By Maria Lindqvist, Reuters');
    expect(screen).toMatch(/^OSLO, March 3 \(Reuters\) - The harbour council/m);
    expect(screen).toMatch(/words · 1 min read\n1 removed: advertisement/);
    // Prose keeps a readable measure: never past 100 columns, never past the pane.
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(Math.min(columns, 100));
    expect(lines.some((line) => stringWidth(line) > 70)).toBe(true);
  });

  it('prints short help and exits 2 when run with no input at a terminal', () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const { screen, status } = inTerminal(node, { cwd: ws.dir, columns: 80 });
    expect(status).toBe(2);
    expect(screen).toContain('copydesk: no input. Give files, or pipe wire copy in:');
  });

  it('draws a progress bar on a terminal stderr for a large batch, and clears it', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) files[`w/${index}.txt`] = index % 2 ? PIER : ORCHARD;
    const ws = workspace(files);
    cleanup = ws.cleanup;
    const { screen, status, raw } = inTerminal(`${node} --out-dir out w`, {
      cwd: ws.dir,
      columns: 80,
    });
    expect(status).toBe(0);
    expect(raw).toMatch(/\r\u001b\[2K\[█+\] 12\/12 {2}[\d.]+\/s {2}ETA 0:00/);
    expect(screen).not.toContain('12/12');
    expect(screen).toContain('copydesk: wrote 12 files to out');
  });

  it('draws no progress bar for NDJSON, whose consumers are scripts', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) files[`w/${index}.txt`] = ORCHARD;
    const ws = workspace(files);
    cleanup = ws.cleanup;
    const { status, raw } = inTerminal(`${node} -f ndjson w > out.ndjson`, {
      cwd: ws.dir,
      columns: 80,
    });
    expect(status).toBe(0);
    expect(raw).not.toContain('12/12');
  });

  it('colours the view on a terminal and not when NO_COLOR is set', () => {
    const ws = workspace({ 'pier.txt': PIER });
    cleanup = ws.cleanup;
    const coloured = inTerminal(`${node} pier.txt`, { cwd: ws.dir, columns: 80 });
    expect(coloured.raw).toMatch(/\u001b\[1mHarbour Council/);
    const plain = inTerminal(`${node} pier.txt`, {
      cwd: ws.dir,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(plain.raw).not.toMatch(/\u001b\[1mHarbour Council/);
    expect(plain.screen).toContain('Harbour Council Votes to Rebuild Old Pier');
  });
});
