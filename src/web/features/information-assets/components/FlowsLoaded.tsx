// The data flows as a filter found them, for the list and the map alike: loading, a failure, or how
// many (said aloud when it changes) and then what the page draws of them.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Announce, Loading, SectionProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import type { FlowDetail, FlowList } from '../api/get-flows';
import { type FlowFilter, isFlowFiltered } from './flow-filter';
import { plural } from './words';

export function FlowsLoaded({ list, filter, children }: { list: UseQueryResult<FlowList>; filter: FlowFilter; children: (flows: FlowDetail[]) => ReactNode }) {
  if (list.isPending) return <Loading>Loading the data flows…</Loading>;
  if (list.isError) return <SectionProblem error={list.error} what="The data flows" />;
  const flows = list.data.items;
  const count = plural(flows.length, 'data flow');
  return (
    <>
      <Announce>
        <Paragraph>{isFlowFiltered(filter) ? `${count} ${flows.length === 1 ? 'matches' : 'match'} these filters.` : `${count} recorded.`}</Paragraph>
      </Announce>
      {flows.length > 0 && children(flows)}
    </>
  );
}
