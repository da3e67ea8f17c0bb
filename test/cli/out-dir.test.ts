import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('copydesk --out-dir', () => {
  it('writes one file per story, named from the input, with the format extension', () => {
    const ws = workspace({ 'in/pier.txt': PIER, 'in/orchard.wire': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['--out-dir', 'out', 'in'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('copydesk: wrote 2 files to out\n');
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual(['orchard.md', 'pier.md']);
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toMatch(/^# Harbour Council/m);
    const json = cli(['--out-dir', 'json', '-f', 'json', 'in/pier.txt'], { cwd: ws.dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(ws.dir, 'json/pier.json'), 'utf8')).headline).toBe(
      'Harbour Council Votes to Rebuild Old Pier',
    );
  });

  it('refuses to overwrite without --force, leaving the file as it was', () => {
    const ws = workspace({ 'pier.txt': PIER, 'out/pier.md': 'keep me\n' });
    cleanup = ws.cleanup;
    const refused = cli(['--out-dir', 'out', 'pier.txt'], { cwd: ws.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^out\/pier\.md\s+error\s+File exists \(use --force to overwrite\)\s+exists$/m,
    );
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toBe('keep me\n');
    const forced = cli(['--out-dir', 'out', '--force', 'pier.txt'], { cwd: ws.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toMatch(/^# Harbour Council/m);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['pier.md']);
  });

  it('never writes through a symbolic link out of the directory, even with --force', () => {
    const ws = workspace({ 'pier.txt': PIER, 'outside.md': 'outside\n', 'out/.keep': '' });
    cleanup = ws.cleanup;
    symlinkSync(join(ws.dir, 'outside.md'), join(ws.dir, 'out/pier.md'));
    const result = cli(['--out-dir', 'out', '--force', 'pier.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to write through a symbolic link\s+symlink-target/);
    expect(readFileSync(join(ws.dir, 'outside.md'), 'utf8')).toBe('outside\n');
  });

  it('never overwrites an input file', () => {
    const ws = workspace({ 'd/pier.md': PIER });
    cleanup = ws.cleanup;
    const result = cli(['--out-dir', 'd', '--force', '-f', 'markdown', 'd/pier.md'], {
      cwd: ws.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to overwrite an input file\s+input-target/);
    expect(readFileSync(join(ws.dir, 'd/pier.md'), 'utf8')).toBe(PIER);
  });

  it('reports two inputs that map to the same output name instead of overwriting', () => {
    const ws = workspace({ 'a/x.txt': PIER, 'b/x.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['--out-dir', 'out', 'a/x.txt', 'b/x.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already taken by a\/x\.txt in this run\s+name-collision/);
    expect(readFileSync(join(ws.dir, 'out/x.md'), 'utf8')).toMatch(/Harbour Council/);
  });

  it('keeps output names inside the directory whatever the input is called', () => {
    const ws = workspace({ '..hidden.txt': PIER });
    cleanup = ws.cleanup;
    const result = cli(['--out-dir', 'out', '..hidden.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['hidden.md']);
  });

  it('names a story read from stdin "stdin"', () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const result = cli(['--out-dir', 'out', '-f', 'ndjson', '-'], { cwd: ws.dir, input: PIER });
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['stdin.ndjson']);
  });
});

describe('copydesk -o', () => {
  it('writes the whole output to one file and nothing to stdout', () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = cli(['-f', 'json', '-o', 'all.json', 'a.txt', 'b.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(ws.dir, 'all.json'), 'utf8'))).toHaveLength(2);
    expect(readdirSync(ws.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace an existing file without --force', () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    writeFileSync(join(ws.dir, 'a.md'), 'old\n');
    const refused = cli(['-o', 'a.md', 'a.txt'], { cwd: ws.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^a\.md\s+error\s+Cannot write: File exists \(use --force to overwrite\)/m,
    );
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toBe('old\n');
    expect(cli(['-o', 'a.md', '--force', 'a.txt'], { cwd: ws.dir }).code).toBe(0);
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toMatch(/^# Harbour/m);
  });

  it('refuses to overwrite its own input', () => {
    const ws = workspace({ 'a.md': PIER });
    cleanup = ws.cleanup;
    const result = cli(['-o', 'a.md', '--force', 'a.md'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to overwrite an input file/);
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toBe(PIER);
  });

  it('treats -o - as standard output', () => {
    const result = cli(['-o', '-', '-f', 'json', '-'], { input: PIER });
    expect(JSON.parse(result.stdout).headline).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(existsSync('-')).toBe(false);
  });
});
