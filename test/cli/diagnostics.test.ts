import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace } from './run-cli.js';
import { NO_HEADLINE, ORCHARD, PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

/** A story with a control character: decode/parse report an info or warning. */
const CONTROL = PIER.replace('The work will start', 'The work\u0007 will start');

describe('copydesk diagnostics', () => {
  it('reports on stderr as file:line:column  severity  reason  ruleId, then a summary', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'json', 'flat.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].headline).toBeNull();
    expect(result.stderr).toBe(
      'flat.txt:1:1  warning  Missing headline: no short line opens the story  headline\n\n⚠ 1 warning\n',
    );
  });

  it('--strict exits 1 when a story has no headline, 0 when all is well', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE, 'good.txt': ORCHARD });
    cleanup = ws.cleanup;
    expect((await runCli(['--strict', '-f', 'json', 'flat.txt'], { cwd: ws.dir })).code).toBe(1);
    const good = await runCli(['--strict', '-f', 'json', 'good.txt'], { cwd: ws.dir });
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
  });

  it('--silent shows only errors; --quiet hides nothing but info', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE, 'bin.txt': new Uint8Array([0, 1, 2, 0, 0]) });
    cleanup = ws.cleanup;
    const silent = await runCli(['-s', '-f', 'json', 'flat.txt', 'bin.txt'], { cwd: ws.dir });
    expect(silent.code).toBe(1);
    expect(silent.stderr).not.toMatch(/warning/);
    expect(silent.stderr).toMatch(/^bin\.txt\s+error/m);
    const quiet = await runCli(['-q', '-f', 'json', 'flat.txt', 'bin.txt'], { cwd: ws.dir });
    expect(quiet.stderr).toMatch(/^flat\.txt:1:1\s+warning/m);
    expect(quiet.stderr).toMatch(/^bin\.txt\s+error/m);
  });

  it('prints the same exit code in JSON and in human modes', async () => {
    const ws = workspace({ 'flat.txt': NO_HEADLINE });
    cleanup = ws.cleanup;
    for (const format of ['json', 'ndjson', 'markdown', 'terminal'])
      expect((await runCli(['--strict', '-f', format, 'flat.txt'], { cwd: ws.dir })).code).toBe(1);
  });

  it('sanitises input text quoted in diagnostics', async () => {
    const result = await runCli(['-f', 'json', '-'], { input: CONTROL });
    expect(result.stderr).not.toContain('\u0007');
    expect(result.stderr).toMatch(/control-chars-stripped/);
  });

  it('prints no progress bar when stderr is not a terminal', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) files[`w/${index}.txt`] = ORCHARD;
    const ws = workspace(files);
    cleanup = ws.cleanup;
    const result = await runCli(['--out-dir', 'out', 'w'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('copydesk: wrote 12 files to out\n');
  });
});

describe('copydesk --verbose', () => {
  it('adds a run summary on stderr', async () => {
    const ws = workspace({ 'a.txt': PIER, 'b.txt': ORCHARD });
    cleanup = ws.cleanup;
    const result = await runCli(['--verbose', '-f', 'ndjson', 'a.txt', 'b.txt'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^copydesk: 2 inputs, 2 stories in \d+\.\d\d s on 1 thread: no worker threads here\n$/,
    );
  });
});

describe('copydesk --explain', () => {
  it('gives every input line its class and the rule that decided', async () => {
    const result = await runCli(['--explain', '--no-color', '-'], { input: PIER });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[0]).toBe('<stdin>');
    expect(rows).toContain(' 1  removed   ADVERTISEMENT');
    expect(rows).toContain('              ↳ removed: advertisement');
    expect(rows).toContain(' 3  headline  Harbour Council Votes to Rebuild Old Pier');
    expect(rows).toContain(' 5  byline    By Maria Lindqvist, Reuters');
    expect(rows).toContain('              ↳ "By" and names → Maria Lindqvist');
    expect(result.stdout).toMatch(/^ 7 {2}dateline {2}OSLO, March 3 \(Reuters\) - The harbour/m);
    expect(result.stdout).toMatch(
      /↳ head of the lead paragraph: place OSLO, date March 3, agency Reuters/,
    );
    expect(rows).toContain(
      " 9  body      The work will start in spring and cost about 40 million crowns, the council said, with most of the money coming from the port's own reserves.",
    );
    expect(rows).toContain('13  credit    Reporting by Maria Lindqvist; Editing by Tom Reyes');
    expect(rows).toContain('              ↳ phrase "Reporting by" → reporting');
  });

  it('lists what came from a wire header before the story, in input order', async () => {
    const capture = readFileSync(join(ROOT, 'fixtures/anpa-reuters-1987-routing-line/input.txt'));
    const result = await runCli(['--explain', '--no-color', '-'], { input: capture });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toMatch(/^ 1 {2}removed {3}\S/);
    expect(rows[2]).toBe('              ↳ removed: transmission-routing');
    expect(rows[3]).toMatch(/^ 4 {2}headline {2}HARBOUR BOARD RAISES DOCK FEES$/);
    expect(result.stdout).not.toContain('\u0002');
  });

  it('shows the top three candidates of a scored headline and byline with their weightiest features', async () => {
    const page = readFileSync(join(ROOT, 'fixtures/web-paste-share-buttons/input.txt'));
    const result = await runCli(['--explain', '--no-color', '-'], { input: page });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    const at = rows.findIndex((row) => /^ 1 {2}headline {2}Harbour authority/.test(row));
    expect(rows[at + 1]).toMatch(/^ {14}↳ highest score of \d+ candidate lines?$/);
    // Three candidates, the chosen one first and starred, each with up to three features.
    expect(rows[at + 2]).toMatch(
      /^ {16}\*1\. −?\d+\.\d\d {2}line 1 {2}"Harbour authority.*" {2}\w+ [+−]\d/,
    );
    expect(rows[at + 3]).toMatch(/^ {17}2\. −?\d+\.\d\d {2}(?:line \d+ {2}".*"|\(none\))/);
    expect(rows[at + 4]).toMatch(/^ {17}3\. /);
    for (const row of rows.slice(at + 2, at + 5))
      expect(row.split(', ').length).toBeLessThanOrEqual(3);
    const byline = rows.findIndex((row) => /^ 3 {2}byline {4}By Jonas Ekdahl/.test(row));
    expect(rows[byline + 1]).toMatch(/↳ highest score of \d+ candidate lines? → Jonas Ekdahl$/);
    expect(rows[byline + 2]).toMatch(/^ {16}\*1\. .*line 3 {2}"By Jonas Ekdahl/);
  });

  it('shows the scored kicker and deck with their candidates, the choice of none among them', async () => {
    const page = readFileSync(join(ROOT, 'fixtures/web-paste-breadcrumb-kicker-deck/input.txt'));
    const result = await runCli(['--explain', '--no-color', '-'], { input: page });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    const kicker = rows.findIndex((row) => /^ ?\d+ {2}kicker {4}Transport$/.test(row));
    expect(rows[kicker + 1]).toMatch(/↳ highest score of \d+ blocks? above the headline$/);
    expect(rows[kicker + 2]).toMatch(
      /^ {16}\*1\. \d+\.\d\d {2}line \d+ {2}"Transport" {2}shortLabel \+/,
    );
    expect(rows[kicker + 3]).toMatch(/^ {17}2\. \d+\.\d\d {2}\(none\) {2}none \+/);
    const deck = rows.findIndex((row) => /^ ?\d+ {2}deck {6}The morning ferry/.test(row));
    expect(rows[deck + 1]).toMatch(/↳ highest score of \d+ blocks? under the headline$/);
    expect(rows[deck + 2]).toMatch(/^ {16}\*1\. .*"The morning ferry.*anchorSoon \+1\.00/);
    expect(rows.slice(deck + 2, deck + 5).some((row) => row.includes('(none)'))).toBe(true);
  });

  it('cuts long lines to the --width so each input line stays one row', async () => {
    const result = await runCli(['--explain', '--no-color', '--width', '50', '-'], { input: PIER });
    for (const row of result.stdout.split('\n')) expect(row.length).toBeLessThanOrEqual(50);
    expect(result.stdout).toMatch(/^ 7 {2}dateline {2}OSLO, March 3 .*…$/m);
  });
});
