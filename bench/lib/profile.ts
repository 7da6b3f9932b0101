// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: self time by function and
// by area (a package under node_modules, Bulwark's source, Node's core and native code on behalf of
// either, GC).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './processes.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Row {
  name: string;
  ms: number;
  /** Share of busy time (idle excluded). */
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  busyMs: number;
  idleMs: number;
  byArea: Row[];
  byFunction: Row[];
  byBulwarkFile: Row[];
}

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

function packageOf(url: string): string | null {
  const i = url.lastIndexOf('node_modules/');
  if (i < 0) return null;
  const parts = url.slice(i + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function relative(url: string): string {
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  return path.isAbsolute(file) ? path.relative(ROOT, file) : file;
}

/**
 * The area a frame belongs to: its package, Bulwark's source, or Node's core. Frames of Node's core
 * and native frames (no script: C++ bindings, V8 builtins) are labelled with the nearest package or
 * source file above them, so a socket write made for pg is told apart from one made for fastify.
 */
function areaOf(frame: CallFrame, owner: string | undefined): { area: string; owner: string | undefined } {
  const { functionName, url } = frame;
  if (SPECIAL.has(functionName) && !url) return { area: functionName, owner };
  if (!url) return { area: `native, for ${owner ?? 'node core'}`, owner };
  if (url.startsWith('node:')) return { area: owner ? `node core, for ${owner}` : 'node core', owner };
  const pkg = packageOf(url);
  const rel = relative(url);
  const area = pkg ?? (rel.startsWith('src/') ? 'bulwark src' : rel.startsWith('bench/') ? 'bench server' : rel);
  return { area, owner: area };
}

function add(map: Map<string, number>, key: string, ms: number) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function rows(map: Map<string, number>, busyMs: number, limit: number): Row[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: busyMs ? ms / busyMs : 0 }));
}

export function summariseProfile(file: string, limit = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const area = new Map<number, string>();
  // Parents come before their children in V8's node list, but walk from the root to be sure.
  const root = profile.nodes[0]!;
  const stack: Array<[ProfileNode, string | undefined]> = [[root, undefined]];
  while (stack.length) {
    const [node, owner] = stack.pop()!;
    const a = areaOf(node.callFrame, owner);
    area.set(node.id, a.area);
    for (const c of node.children ?? []) stack.push([byId.get(c)!, a.owner]);
  }

  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i, so sample i lasted timeDeltas[i + 1].
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  }

  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byBulwarkFile = new Map<string, number>();
  let idleMs = 0;
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    const ms = us / 1000;
    totalMs += ms;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const a = area.get(id)!;
    add(byArea, a, ms);
    const where = url ? `${relative(url).replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : a;
    add(byFunction, `${functionName || '(anonymous)'}  [${where}]`, ms);
    if (a === 'bulwark src' && url) add(byBulwarkFile, relative(url), ms);
  }
  const busyMs = totalMs - idleMs;
  return {
    file,
    totalMs: Math.round(totalMs),
    busyMs: Math.round(busyMs),
    idleMs: Math.round(idleMs),
    byArea: rows(byArea, busyMs, limit),
    byFunction: rows(byFunction, busyMs, limit),
    byBulwarkFile: rows(byBulwarkFile, busyMs, limit),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const table = (title: string, rs: Row[]) =>
    [`${title}`, ...rs.map((r) => `  ${(r.share * 100).toFixed(1).padStart(5)}%  ${String(r.ms).padStart(7)} ms  ${r.name}`)].join('\n');
  return [
    `Profile ${path.relative(ROOT, s.file)}: ${s.totalMs} ms sampled, ${s.busyMs} ms busy, ${s.idleMs} ms idle (shares are of busy time)`,
    table('Self time by area:', s.byArea),
    table('Self time by function:', s.byFunction),
    table('Self time in Bulwark source files:', s.byBulwarkFile),
  ].join('\n\n');
}
