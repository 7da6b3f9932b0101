// The scenario library as cards: each says what happens, what it tests and how many decision points
// it times, with a button to plan from it; a last card plans a custom exercise from nothing.
import { Button } from '../../../components/Button';
import { CardGroup } from '../../../components/CardGroup';
import { Card } from '../../../components/Content';
import { Tag } from '../../../components/Tag';
import { Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import type { Scenario } from '../api/get-scenarios';
import { BOTTLENECK_LABELS, plural } from './words';

export function ScenarioChoice({ scenarios, chosen, onChoose }: { scenarios: Scenario[]; chosen: string | null; onChoose: (scenario: Scenario | null) => void }) {
  return (
    <CardGroup
      width="one-third"
      label="Scenarios"
      items={[
        ...scenarios.map((scenario) => ({
          key: scenario.id,
          content: (
            <Card headingLevel={3} heading={scenario.title}>
              <Paragraph>{scenario.summary}</Paragraph>
              <SmallPrint>Tests: {scenario.bottlenecksTested.map((bottleneck) => BOTTLENECK_LABELS[bottleneck]).join(', ')}</SmallPrint>
              <SmallPrint>
                {plural(scenario.decisionPoints.length, 'timed decision point')}, {plural(scenario.injects.length, 'inject')}
              </SmallPrint>
              <ChooseButton chosen={chosen === scenario.id} name={scenario.title} onChoose={() => onChoose(scenario)} />
            </Card>
          ),
        })),
        {
          key: 'custom',
          content: (
            <Card headingLevel={3} heading="Custom exercise">
              <Paragraph>Write your own objectives, injects and decision points.</Paragraph>
              <ChooseButton chosen={chosen === null} name="a custom exercise" onChoose={() => onChoose(null)} />
            </Card>
          ),
        },
      ]}
    />
  );
}

function ChooseButton({ chosen, name, onChoose }: { chosen: boolean; name: string; onChoose: () => void }) {
  if (chosen) return <Tag colour="green">Chosen</Tag>;
  return (
    <Button type="button" variant="secondary" small onClick={onChoose}>
      Plan from this<VisuallyHidden> scenario: {name}</VisuallyHidden>
    </Button>
  );
}
