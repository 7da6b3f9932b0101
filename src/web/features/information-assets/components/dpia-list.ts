// The DPIAs list's state and day as they live in the page's address (?state=in-progress&asOf=2026-06-30),
// so a view can be bookmarked or shared. A state the list does not know is dropped rather than sent, so
// an old or mistyped link shows every DPIA; a day is sent as typed, and the API names one it cannot read.
import type { DpiaState } from '../../../../contract/information-assets';
import { DPIA_STATE_WORDS } from './dpia-words';

export interface DpiaListView {
  state?: DpiaState;
  /** A UK day, YYYY-MM-DD; today when none. */
  asOf?: string;
}

const isState = (value: string): value is DpiaState => Object.hasOwn(DPIA_STATE_WORDS, value);

export function dpiaListViewFromParams(params: URLSearchParams): DpiaListView {
  const view: DpiaListView = {};
  const state = params.get('state') ?? '';
  if (isState(state)) view.state = state;
  const asOf = params.get('asOf')?.trim();
  if (asOf) view.asOf = asOf;
  return view;
}

export function paramsFromDpiaListView(view: DpiaListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.state) params.set('state', view.state);
  if (view.asOf?.trim()) params.set('asOf', view.asOf.trim());
  return params;
}
