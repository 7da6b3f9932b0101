// `bulwark import incidents` and `bulwark incidents` run as a person runs them, against a real database
// on the engine under test: the Trust's incident log imported with its columns and date format given
// on the command line, the response-time metrics checked against durations worked out by hand, and
// the register written out as CSV.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../src/platform/imports/open-source.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { INCIDENT_LOG, LOG_DURATIONS, LOG_METRICS, mappingArguments } from '../fixtures/incident-import/incident-log.js';

// Each command starts its own process, which takes some seconds on a busy machine.
let cli: CliTestApp;
let env: Record<string, string>;
let scratch: string;

beforeAll(async () => {
  // The test app loads the demo organisations and people without the demo trust's own incidents, so
  // the register holds exactly what the log brings.
  cli = await createCliTestApp('incidents-cli');
  ({ env, scratch } = cli);
});
afterAll(() => cli.close());

const importLog = (...extra: string[]) => runBulwark(['import', 'incidents', INCIDENT_LOG, '--org', 'RZZ', ...mappingArguments(), ...extra], env);

interface MetricsJson {
  organisation: { name: string };
  from: string;
  to: string;
  incidents: number;
  metrics: Array<{ metric: string; count: number; mean: number | null; median: number | null; p90: number | null; lackingMilestone: number; estimatedStart: number; unit: string }>;
}

describe('bulwark import incidents', { timeout: 120_000 }, () => {
  it('refuses the log whole when rows are bad, naming each row, column and value, and exits non-zero', async () => {
    const result = await importLog();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/2 of 14 rows have problems, so nothing was imported/);
    expect(result.stderr).toMatch(/row 5, Incident ID: .*repeats row 3/);
    expect(result.stderr).toMatch(/row 8, Date detected: .*31\/02\/2025 10:00 is not a date: February 2025 has 28 days/);
    const metrics = await runBulwark(['incidents', 'metrics', '--org', 'RZZ', '--from', '2025-01-01', '--to', '2025-12-31', '--json'], env);
    expect((JSON.parse(metrics.stdout) as MetricsJson).incidents).toBe(0);
  });

  it('says what a date column needs when its format is not given', async () => {
    const result = await runBulwark(['import', 'incidents', INCIDENT_LOG, '--org', 'RZZ', '--map', 'reference=Incident ID', '--json'], env);
    expect(result.code).not.toBe(0);
    const failure = JSON.parse(result.stdout) as { ok: boolean; problems: Array<{ message: string }> };
    expect(failure.ok).toBe(false);
    expect(failure.problems.map((p) => p.message).join('\n')).toMatch(/"Acknowledged", but the mapping does not say how its values are written/);
  });

  it('with --skip-invalid keeps the good rows and writes the two bad ones to the rejects file', async () => {
    const rejects = path.join(scratch, 'rejected.csv');
    const result = await importLog('--skip-invalid', '--rejects', rejects, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, status: 'applied', rowsRead: 14, inserted: 12, updated: 0, unchanged: 0, rejected: 2 });

    const lines = fs.readFileSync(rejects, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('Incident ID,Title,')).toBe(true);
    expect(lines[0]!.endsWith(',Root cause,Problem')).toBe(true);
    // The repeated row's description holds a line break inside quotes, so it is one record over two lines.
    const text = lines.slice(1).join('\r\n');
    expect(text).toMatch(/^DX-25-0102,"Phishing email, credentials entered by two staff"/);
    expect(text).toMatch(/Incident ID: repeats row 3/);
    expect(text).toMatch(/\nDX-25-0113,Referral faxed to a wrong number,.*Date detected: 31\/02\/2025 10:00 is not a date/);
  });
});

describe('bulwark incidents metrics', { timeout: 120_000 }, () => {
  it('gives each metric with its count, mean, median, 90th percentile and how many lacked a milestone, as worked out by hand', async () => {
    const result = await runBulwark(['incidents', 'metrics', '--org', 'RZZ', '--from', '2025-01-01', '--to', '2025-12-31', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as MetricsJson;
    expect(json).toMatchObject({ organisation: { name: 'Northshire Hospitals NHS Foundation Trust' }, from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z', incidents: Object.keys(LOG_DURATIONS).length });
    expect(json.metrics.map((m) => m.unit)).toEqual(Array(LOG_METRICS.length).fill('hours'));
    expect(json.metrics.map(({ metric, count, mean, median, p90, lackingMilestone, estimatedStart }) => ({ metric, count, mean, median, p90, lackingMilestone, estimatedStart }))).toEqual(LOG_METRICS);
  });

  it('counts an incident in the UK day it was detected, however the clocks changed that night', async () => {
    const day = async (from: string, to: string) => {
      const result = await runBulwark(['incidents', 'metrics', '--org', 'RZZ', '--from', from, '--to', to, '--json'], env);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as MetricsJson;
    };
    // DX-25-0104, detected 23:30 GMT on Saturday 29 March, is not in a period starting on the Sunday the clocks went forward.
    expect((await day('2025-03-30', '2025-03-31')).metrics.find((m) => m.metric === 'acknowledge')).toMatchObject({ count: 1, mean: LOG_DURATIONS['DX-25-0105']!.acknowledge });
    // Detected 00:30 BST on Sunday 26 October, which is still Saturday in UTC.
    const sunday = await day('2025-10-26', '2025-10-26');
    expect(sunday).toMatchObject({ from: '2025-10-25T23:00:00.000Z', incidents: 1 });
    expect(sunday.metrics.find((m) => m.metric === 'acknowledge')).toMatchObject({ count: 1, mean: LOG_DURATIONS['DX-25-0107']!.acknowledge });
  });

  it('prints a line per metric for a person, in hours', async () => {
    const result = await runBulwark(['incidents', 'metrics', '--org', 'RZZ', '--from', '2025-01-01', '--to', '2025-12-31'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Northshire Hospitals NHS Foundation Trust: 12 incidents from 2025-01-01T00:00:00.000Z to 2025-12-31T23:59:59.999Z/);
    expect(result.stdout).toMatch(/Time to contain\s+10 measured\s+mean\s+17\.3 h\s+median\s+10\.8 h\s+p90\s+29\.3 h\s+2 lacked the milestone/);
    // Beyond three days, in days.
    expect(result.stdout).toMatch(/Time to close\s+10 measured\s+mean\s+11\.5 d\s+median\s+14\.0 d\s+p90\s+17\.5 d\s+2 lacked the milestone/);
  });
});

describe('bulwark incidents export', { timeout: 120_000 }, () => {
  it('writes the register as CSV: one row per incident, milestones in UTC and durations in hours', async () => {
    const out = path.join(scratch, 'register.csv');
    const result = await runBulwark(['--as-of', '2026-01-31', 'incidents', 'export', '--org', 'RZZ', '--format', 'csv', '--out', out, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out, format: 'csv', bytes: fs.statSync(out).size });

    expect(fs.readFileSync(out, 'utf8').startsWith('\uFEFF')).toBe(true);
    // Read back as an import would read it.
    const source = await openSource({ open: () => fs.createReadStream(out), format: 'csv' });
    const rows = new Map<string, string[]>();
    for await (const record of source.records) rows.set(record.cells[0]!, record.cells);
    expect(source.headers.slice(0, 4)).toEqual(['Reference', 'Title', 'Kind', 'Severity']);
    expect([...rows.keys()].sort()).toEqual(Object.keys(LOG_DURATIONS).sort());
    const cell = (reference: string, heading: string) => rows.get(reference)![source.headers.indexOf(heading)];
    expect(cell('DX-25-0103', 'Detected (UTC)')).toBe('2025-03-28T22:00:00.000Z');
    expect(cell('DX-25-0103', 'Contained (UTC)')).toBe('2025-03-31T09:00:00.000Z');
    expect(cell('DX-25-0103', 'Hours to contain')).toBe('59');
    expect(cell('DX-25-0106', 'Hours to recover')).toBe('48');
    expect(cell('DX-25-0102', 'Title')).toBe('Phishing email, credentials entered by two staff');
    expect(cell('DX-25-0110', 'ICO clock')).toBe('Notified in time');
  });
});
