// What the data-flow map says about each flow and place, for the screen reader and the legend: the
// class a flow is drawn in, and each flow's and place's name as a sentence.
import type { FlowDetail } from '../../../../contract/data-flows';
import { carriedWords, encryptionWords } from './flow-words';
import type { MapNode } from './map-layout';
import { plural } from './words';

export interface FlowLook {
  /** The line's weight and colour: what it carries. */
  carries: 'none' | 'personal' | 'special';
  /** Dashed: not known to be encrypted in transit. */
  unencrypted: boolean;
  /** A diamond at the middle: one or more risk flags. */
  flagged: boolean;
}

export function flowLook(flow: FlowDetail): FlowLook {
  return {
    carries: flow.specialCategoryData ? 'special' : flow.personalData || flow.patientData ? 'personal' : 'none',
    unencrypted: flow.encryptedInTransit !== 'yes',
    flagged: flow.flags.length > 0,
  };
}

/** "Flow: Discharge summaries, from Electronic patient record to GP practices, personal and special category data, encrypted, 1 risk flag". */
export function flowName(flow: FlowDetail): string {
  const flags = flow.flags.length ? `, ${plural(flow.flags.length, 'risk flag')}` : '';
  return `Flow: ${flow.name}, from ${flow.from.name} to ${flow.to.name}, ${carriedWords(flow).toLowerCase()}, ${encryptionWords(flow.encryptedInTransit)}${flags}`;
}

export const NODE_KIND_WORDS = { asset: 'Information asset', supplier: 'Supplier', party: 'Other organisation' } as const;

/** "Information asset: Electronic patient record, 3 flows". */
export function nodeName(node: MapNode): string {
  return `${NODE_KIND_WORDS[node.kind]}: ${node.name}, ${plural(node.flowIds.length, 'flow')}`;
}
