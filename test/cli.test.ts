/** The command line as a user meets it: help, exit codes, one-sentence errors, each output format. */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEEDS, tempDir } from './helpers.js';

describe('hmip CLI', () => {
  it('has --help for every command', () => {
    for (const command of ['extract', 'batch', 'verify', 'check', 'schema']) {
      const result = cli([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`hmip ${command}`);
    }
    expect(cli(['--help']).stdout).toContain('Commands:');
  });

  it('exits 2 on a usage error, with one sentence on stderr', () => {
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('hmip: frobnicate is not a command: name one of extract, batch, verify, check or schema.\nRun "hmip --help" for the commands.\n');
    expect(cli(['extract']).status).toBe(2);
    expect(cli(['batch', 'corpus']).status).toBe(2); // --out is required
    expect(cli(['extract', SEEDS.report, '--format', 'xml']).status).toBe(2);
  });

  it('exits 3 when the input cannot be read, naming the file, with no stack trace', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = cli(['extract', empty]);
    expect(result.status).toBe(3);
    expect(result.stderr.trim()).toBe(`hmip: ${empty} is empty: there is nothing to read.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const missing = cli(['extract', join(dir, 'nope.pdf')]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('nope.pdf cannot be read: no such file.');
  });

  it('prints one document as JSON on stdout', () => {
    const result = cli(['extract', SEEDS.release2020]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.id).toBe('west-yorkshire-crc-2020-press-release');
    expect(document.ratings.overall.rating).toBe('Requires improvement');
  });

  it('writes DIR/<id>.json per file with --out', () => {
    const dir = tempDir();
    const result = cli(['extract', SEEDS.report, SEEDS.release2018, '--out', dir]);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['west-yorkshire-crc-2018-press-release.json', 'west-yorkshire-crc-2020-report.json']);
    const report = JSON.parse(readFileSync(join(dir, 'west-yorkshire-crc-2020-report.json'), 'utf8'));
    expect(report.ratings.score).toMatchObject({ value: 11, max: 30 });
  });

  it('shows the normalised document as Markdown with --format md', () => {
    const result = cli(['extract', SEEDS.report, '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# An inspection of probation services in: West Yorkshire Community Rehabilitation Company\n')).toBe(true);
    expect(result.stdout).toContain('## Ratings');
    expect(result.stdout).toContain('| 2.2 | Planning                                    | Inadequate           |       |');
    expect(result.stdout).toContain('against a target of 75%[^9]');
    expect(result.stdout).toContain('[^12]: HMI Probation inspection data.');
  });

  it('prints the JSON Schema generated from the zod schema', () => {
    const result = cli(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.ratings).toBeDefined();
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'source', 'kind', 'family', 'checks', 'warnings']));
  });

  it('re-runs the cross-checks on extracted JSON, and fails under --strict when one fails', () => {
    const dir = tempDir();
    const good = cli(['extract', SEEDS.report, '--out', dir]);
    expect(good.status).toBe(0);
    const path = join(dir, 'west-yorkshire-crc-2020-report.json');
    const checked = cli(['check', path, '--strict']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('pass    score-sum');
    // Edit the JSON as a user might: the checks see the edit.
    const document = JSON.parse(readFileSync(path, 'utf8'));
    document.ratings.score.value = 12;
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(document));
    const failed = cli(['check', edited, '--strict']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('fail    score-sum: the 10 rated standards add up to 11, but the document states 12/30');
    expect(cli(['check', edited]).status).toBe(0);
    writeFileSync(join(dir, 'bad.json'), '{"id": 3}');
    const bad = cli(['check', join(dir, 'bad.json')]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('is not an hmip document JSON');
  });
});
