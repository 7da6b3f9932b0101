// The scenario library shipped with Bulwark (content/exercises/scenarios.json, our own words): read
// once, checked against the contract, and refused at load if a scenario repeats a decision-point key,
// because the key is what compares a decision across exercises.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Scenario, scenario } from '../../contract/exercises.js';

const libraryFile = z.object({ version: z.string(), about: z.string(), items: z.array(scenario).min(1) });

/** Checks a library's text; throws naming the first problem. Pure, so tests can give it their own. */
export function parseScenarioLibrary(text: string): Scenario[] {
  const items = libraryFile.parse(JSON.parse(text)).items;
  const ids = new Set<string>();
  for (const s of items) {
    if (ids.has(s.id)) throw new Error(`The scenario library has two scenarios with the id ${s.id}.`);
    ids.add(s.id);
    const keys = s.decisionPoints.map((d) => d.key);
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
    if (repeated) throw new Error(`Scenario ${s.id} has two decision points with the key ${repeated}.`);
  }
  return items;
}

let library: Scenario[] | null = null;

export function scenarioLibrary(): Scenario[] {
  library ??= parseScenarioLibrary(readFileSync(new URL('../../../content/exercises/scenarios.json', import.meta.url), 'utf8'));
  return library;
}

export function findScenario(id: string): Scenario | undefined {
  return scenarioLibrary().find((s) => s.id === id);
}
