import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace } from './run-cli.js';
import { ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('copydesk --out-dir', () => {
  it('writes one file per story, named from the input, with the format extension', async () => {
    const ws = workspace({ 'in/pier.txt': PIER, 'in/orchard.wire': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', 'in'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('copydesk: wrote 2 files to out\n');
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual(['orchard.md', 'pier.md']);
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toMatch(/^# Harbour Council/m);
    const json = await runCli(['--out-dir', 'json', '-f', 'json', 'in/pier.txt'], { cwd: ws.dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(ws.dir, 'json/pier.json'), 'utf8')).headline).toBe(
      'Harbour Council Votes to Rebuild Old Pier',
    );
  });

  it('numbers the stories of a multi-story capture: name-1, name-2 …', async () => {
    const capture = readFileSync(join(ROOT, 'fixtures/anpa-multi-story-capture/input.txt'));
    const ws = workspace({ 'wire.anpa': capture });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', '-f', 'json', 'wire.anpa'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const names = readdirSync(join(ws.dir, 'out')).sort();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(names.map((_, index) => `wire-${index + 1}.json`).sort());
    const second = JSON.parse(readFileSync(join(ws.dir, 'out/wire-2.json'), 'utf8'));
    expect(second.source).toMatchObject({ path: 'wire.anpa', index: 1 });
  });

  it('lists what it would write with --dry-run, and writes nothing', async () => {
    const ws = workspace({ 'in/a.txt': PIER, 'in/b.txt': ORCHARD, 'taken/b.md': 'keep\n' });
    cleanup = ws.cleanup;
    const fresh = await runCli(['-n', '--out-dir', 'out', 'in'], { cwd: ws.dir });
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toBe('would write out/a.md\nwould write out/b.md\n');
    expect(existsSync(join(ws.dir, 'out'))).toBe(false);
    const clash = await runCli(['--dry-run', '--out-dir', 'taken', 'in'], { cwd: ws.dir });
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/^would write taken\/a\.md$/m);
    expect(clash.stderr).toMatch(/^taken\/b\.md\s+error\s+File exists/m);
    expect(readdirSync(join(ws.dir, 'taken'))).toEqual(['b.md']);
  });

  it('refuses to overwrite without --force, leaving the file as it was', async () => {
    const ws = workspace({ 'pier.txt': PIER, 'out/pier.md': 'keep me\n' });
    cleanup = ws.cleanup;
    const refused = await runCli(['--out-dir', 'out', 'pier.txt'], { cwd: ws.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^out\/pier\.md\s+error\s+File exists: --force replaces it, --skip-existing keeps it\s+exists$/m,
    );
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toBe('keep me\n');
    const forced = await runCli(['--out-dir', 'out', '--force', 'pier.txt'], { cwd: ws.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'out/pier.md'), 'utf8')).toMatch(/^# Harbour Council/m);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['pier.md']);
  });

  it('never writes through a symbolic link out of the directory, even with --force', async () => {
    const ws = workspace({ 'pier.txt': PIER, 'outside.md': 'outside\n', 'out/.keep': '' });
    cleanup = ws.cleanup;
    symlinkSync(join(ws.dir, 'outside.md'), join(ws.dir, 'out/pier.md'));
    const result = await runCli(['--out-dir', 'out', '--force', 'pier.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to write through a symbolic link\s+symlink-target/);
    expect(readFileSync(join(ws.dir, 'outside.md'), 'utf8')).toBe('outside\n');
  });

  it('never overwrites an input file', async () => {
    const ws = workspace({ 'd/pier.md': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'd', '--force', '-f', 'markdown', 'd/pier.md'], {
      cwd: ws.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to overwrite an input file\s+input-target/);
    expect(readFileSync(join(ws.dir, 'd/pier.md'), 'utf8')).toBe(PIER);
  });

  it('reports two inputs that map to the same output name instead of overwriting', async () => {
    const ws = workspace({ 'a/x.txt': PIER, 'b/x.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', 'a/x.txt', 'b/x.txt'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /already taken by a\/x\.txt in this run: --preserve-paths keeps each input's folders apart\s+name-collision/,
    );
    expect(readFileSync(join(ws.dir, 'out/x.md'), 'utf8')).toMatch(/Harbour Council/);
  });

  it('keeps the folders below a directory operand with --preserve-paths', async () => {
    const ws = workspace({ 'in/a/x.txt': PIER, 'in/b/x.txt': ORCHARD, 'in/y.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', '--preserve-paths', 'in'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('copydesk: wrote 3 files to out\n');
    expect(readFileSync(join(ws.dir, 'out/a/x.md'), 'utf8')).toMatch(/Harbour Council/);
    expect(readFileSync(join(ws.dir, 'out/b/x.md'), 'utf8')).toMatch(/Frost Threatens/);
    expect(existsSync(join(ws.dir, 'out/y.md'))).toBe(true);
  });

  it('never follows a symbolic link to a folder out of the directory with --preserve-paths', async () => {
    const ws = workspace({ 'in/a/x.txt': PIER, 'elsewhere/.keep': '', 'out/.keep': '' });
    cleanup = ws.cleanup;
    symlinkSync(join(ws.dir, 'elsewhere'), join(ws.dir, 'out/a'));
    const result = await runCli(['--out-dir', 'out', '--preserve-paths', 'in'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^out\/a\/x\.md\s+error\s+Refusing to write through a symbolic link/m,
    );
    expect(readdirSync(join(ws.dir, 'elsewhere'))).toEqual(['.keep']);
  });

  it('keeps output names inside the directory whatever the input is called', async () => {
    const ws = workspace({ '..hidden.txt': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', '..hidden.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['hidden.md']);
  });

  it('names a story read from stdin after --stdin-filepath', async () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const result = await runCli(
      ['--out-dir', 'out', '-f', 'json', '--stdin-filepath', 'wires/pier.txt'],
      {
        cwd: ws.dir,
        input: PIER,
      },
    );
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['pier.json']);
    expect(JSON.parse(readFileSync(join(ws.dir, 'out/pier.json'), 'utf8')).source.path).toBe(
      'wires/pier.txt',
    );
  });

  it('names a story read from stdin "stdin"', async () => {
    const ws = workspace({});
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', '-f', 'ndjson', '-'], {
      cwd: ws.dir,
      input: PIER,
    });
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['stdin.ndjson']);
  });
});

describe('copydesk -o', () => {
  it('writes the whole output to one file and nothing to stdout', async () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'json', '-o', 'all.json', 'a.txt', 'b.txt'], {
      cwd: ws.dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('copydesk: wrote all.json\n');
    expect(
      (await runCli(['-q', '-f', 'json', '-o', 'q.json', 'a.txt'], { cwd: ws.dir })).stderr,
    ).toBe('');
    expect(JSON.parse(readFileSync(join(ws.dir, 'all.json'), 'utf8'))).toHaveLength(2);
    expect(readdirSync(ws.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace an existing file without --force', async () => {
    const ws = workspace({ 'a.txt': PIER });
    cleanup = ws.cleanup;
    writeFileSync(join(ws.dir, 'a.md'), 'old\n');
    const refused = await runCli(['-o', 'a.md', 'a.txt'], { cwd: ws.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^a\.md\s+error\s+File exists: --force replaces it, --skip-existing keeps it\b/m,
    );
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toBe('old\n');
    expect((await runCli(['-o', 'a.md', '--force', 'a.txt'], { cwd: ws.dir })).code).toBe(0);
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toMatch(/^# Harbour/m);
  });

  it('refuses to overwrite its own input', async () => {
    const ws = workspace({ 'a.md': PIER });
    cleanup = ws.cleanup;
    const result = await runCli(['-o', 'a.md', '--force', 'a.md'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to overwrite an input file/);
    expect(readFileSync(join(ws.dir, 'a.md'), 'utf8')).toBe(PIER);
  });

  it('treats -o - as standard output', async () => {
    const result = await runCli(['-o', '-', '-f', 'json', '-'], { input: PIER });
    expect(JSON.parse(result.stdout)[0].headline).toBe('Harbour Council Votes to Rebuild Old Pier');
    expect(existsSync('-')).toBe(false);
  });
});

describe('copydesk -o DIR', () => {
  it('writes one file per story when -o names an existing directory', async () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD, 'out/.keep': '' });
    cleanup = ws.cleanup;
    const result = await runCli(['-o', 'out', 'a.txt', 'b.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual(['.keep', 'a.md', 'b.md']);
  });
});
