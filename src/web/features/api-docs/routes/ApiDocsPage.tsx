// A readable reference to Bulwark's HTTP API, drawn from the server's own OpenAPI document, so it
// always matches the running version.
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem } from '../../../components/Status';
import { BulletList, Code, Heading, Paragraph } from '../../../components/Typography';
import { usePageTitle } from '../../../lib/page-title';
import { useOpenApi } from '../api/openapi';
import { OperationReference } from '../components/OperationReference';
import { groupByTag } from '../components/schema';

export function ApiDocsPage() {
  const openApi = useOpenApi();
  usePageTitle('API documentation');
  if (openApi.isPending) return <Loading />;
  if (openApi.isError) return <PageProblem error={openApi.error} />;
  const document = openApi.data;
  const groups = groupByTag(document);

  return (
    <>
      <PageHeading caption={`${document.info.title} ${document.info.version}`}>API documentation</PageHeading>
      <Paragraph>
        Everything the Bulwark web app does, it does through this JSON API, so you can script it too. Paths are relative
        to this site. Sign in first: requests carry the session cookie, and every request that changes something must send
        the <Code>x-csrf-token</Code> header with the token from <Code>GET /api/v1/me</Code>.
      </Paragraph>
      <Paragraph>
        Problems come back as <Code>application/problem+json</Code> (RFC 9457) with a <Code>detail</Code> to show a person
        and, for values that need correcting, an <Code>errors</Code> list naming each field.
      </Paragraph>
      <Paragraph>
        The machine-readable description is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {document.openapi}).
      </Paragraph>

      <Heading level={2} id="contents">
        Contents
      </Heading>
      <BulletList label="API sections">
        {groups.map((group) => (
          <li key={group.slug}>
            <a href={`#${group.slug}`}>{sentenceCase(group.name)}</a> ({group.operations.length}{' '}
            {group.operations.length === 1 ? 'operation' : 'operations'})
          </li>
        ))}
      </BulletList>

      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={group.slug}>
          <Heading level={2} size="l" id={group.slug} spaceAbove>
            {sentenceCase(group.name)}
          </Heading>
          {group.description && <Paragraph>{group.description}</Paragraph>}
          {group.operations.map((entry) => (
            <OperationReference key={entry.id} document={document} entry={entry} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Tags are often lower-case identifiers ("people"); headings read better with a capital. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
