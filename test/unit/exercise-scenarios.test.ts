// The scenario library shipped with Bulwark: all six load against the contract, and each scenario's
// decision-point keys are its own (the key is what compares a decision across exercises).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioLibrary, scenarioLibrary } from '../../src/modules/exercises/scenario-library.js';

const shipped = readFileSync(new URL('../../content/exercises/scenarios.json', import.meta.url), 'utf8');

describe('the scenario library', () => {
  it('loads all six scenarios', () => {
    expect(scenarioLibrary().map((s) => s.id)).toEqual(['ransomware-epr', 'supplier-compromise', 'misdirected-patient-data', 'phishing-credential-theft', 'denial-of-service-patient-portal', 'malicious-insider']);
  });

  it('gives every scenario objectives, roles, injects in minute order and decision points with unique keys', () => {
    for (const s of scenarioLibrary()) {
      expect(s.objectives.length, s.id).toBeGreaterThan(0);
      expect(s.roles, s.id).toContain('facilitator');
      expect(s.injects.map((i) => i.atMinute), s.id).toEqual([...s.injects.map((i) => i.atMinute)].sort((a, b) => a - b));
      const keys = s.decisionPoints.map((d) => d.key);
      expect(new Set(keys).size, s.id).toBe(keys.length);
      expect(s.bottlenecksTested.length, s.id).toBeGreaterThan(0);
    }
  });

  it('uses the same keys for the same decision across scenarios, so they compare over time', () => {
    const withSiro = scenarioLibrary().filter((s) => s.decisionPoints.some((d) => d.key === 'brief-siro'));
    expect(withSiro).toHaveLength(6);
  });

  it('refuses a scenario that repeats a decision-point key, naming it', () => {
    const library = JSON.parse(shipped) as { items: Array<{ decisionPoints: Array<{ key: string }> }> };
    library.items[2]!.decisionPoints[1]!.key = library.items[2]!.decisionPoints[0]!.key;
    expect(() => parseScenarioLibrary(JSON.stringify(library))).toThrow(/misdirected-patient-data has two decision points with the key report-to-ig/);
  });

  it('refuses a scenario with a role or bottleneck not in the contract', () => {
    const library = JSON.parse(shipped) as { items: Array<{ roles: string[] }> };
    library.items[0]!.roles.push('chief-executive');
    expect(() => parseScenarioLibrary(JSON.stringify(library))).toThrow();
  });
});
