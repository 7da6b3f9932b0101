// Answers given to the same requirement in other frameworks, through the crosswalks: where each comes
// from, the level it suggests and how firmly, the start of its narrative, and one click to accept it.
import { Button } from '../../../components/Button';
import { SummaryList } from '../../../components/SummaryList';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { OutcomeDetail, Suggestion } from '../api/get-outcome';
import { excerpt, levelLabel, plural, suggestedLevelWords } from './words';

export function SuggestionsSection({
  detail,
  catalogueName,
  canAccept,
  accepting,
  onAccept,
}: {
  detail: OutcomeDetail;
  catalogueName: (ref: string) => string;
  canAccept: boolean;
  accepting: Suggestion | undefined;
  onAccept: (suggestion: Suggestion) => void;
}) {
  if (detail.suggestions.length === 0) return null;
  return (
    <>
      <Heading spaceAbove>Suggestions from other frameworks</Heading>
      {detail.suggestions.map((suggestion) => {
        const source = `${catalogueName(suggestion.catalogue)} ${suggestion.sourceRef}`;
        return (
          <div key={`${suggestion.assessmentId}:${suggestion.sourceRef}`}>
            <Heading level={3}>
              {source}, {suggestion.relationWords}
            </Heading>
            <SummaryList
              rows={[
                { key: 'From', value: `${suggestion.assessmentTitle}${suggestion.sourceTitle ? `: ${suggestion.sourceTitle}` : ''}` },
                { key: 'Their level', value: levelLabel(detail.levels, suggestion.sourceLevel) },
                { key: 'Suggested level', value: suggestedLevelWords(detail.levels, suggestion) },
                { key: 'Narrative', value: excerpt(suggestion.narrative) || 'None' },
                { key: 'Evidence', value: plural(suggestion.evidence, 'item') },
              ]}
            />
            {canAccept && (
              <Button type="button" variant="secondary" busy={accepting !== undefined} onClick={() => onAccept(suggestion)}>
                Accept<VisuallyHidden> the suggestion from {source}</VisuallyHidden>
              </Button>
            )}
          </div>
        );
      })}
      {canAccept && <Paragraph size="s">Accepting takes the suggested level (when one follows), the narrative if yours is empty, and the evidence links.</Paragraph>}
    </>
  );
}
