// One API operation: method and path, what it does, its parameters, request body and responses.
import type { ReactNode } from 'react';
import { Details } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Code, Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { JsonSchema, OpenApiDocument } from '../api/openapi';
import { type DocumentedOperation, describeConstraints, describeType, jsonSchemaOf, merge, resolve, type SchemaRow, schemaRows } from './schema';

export function OperationReference({ document, entry }: { document: OpenApiDocument; entry: DocumentedOperation }) {
  const { operation, method, path, parameters } = entry;
  const requestBody = resolve(document, operation.requestBody);
  const bodySchema = jsonSchemaOf(requestBody?.content);
  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
    const resolved = resolve(document, response);
    return { status, description: resolved?.description ?? '', body: jsonSchemaOf(resolved?.content) };
  });
  const title = `${method.toUpperCase()} ${path}`;
  // Captions name the operation for screen reader users moving between tables.
  const caption = (text: string) => (
    <>
      {text}
      <VisuallyHidden> for {title}</VisuallyHidden>
    </>
  );

  return (
    <section aria-labelledby={entry.id}>
      <Heading level={3} id={entry.id} spaceAbove>
        <span className="app-method">{method.toUpperCase()}</span>
        <Code>{path}</Code>
      </Heading>
      {operation.summary && <Paragraph>{operation.summary}</Paragraph>}
      {operation.description && operation.description !== operation.summary && <Paragraph>{operation.description}</Paragraph>}
      {operation.deprecated && <Paragraph>This operation is deprecated and will be removed.</Paragraph>}

      {parameters.length > 0 && (
        <Table
          caption={caption('Parameters')}
          captionSize="s"
          rows={parameters}
          rowKey={(parameter) => `${parameter.in}:${parameter.name}`}
          columns={[
            { header: 'Name', rowHeader: true, cell: (parameter) => <Code>{parameter.name}</Code> },
            { header: 'In', cell: (parameter) => parameter.in },
            { header: 'Type', cell: (parameter) => describeType(document, parameter.schema) },
            { header: 'Required', cell: (parameter) => (parameter.required ? 'Yes' : 'No') },
            {
              header: 'Notes',
              cell: (parameter) =>
                [parameter.description, describeConstraints(merge(document, resolve(document, parameter.schema)) ?? {})].filter(Boolean).join('; '),
            },
          ]}
        />
      )}

      {bodySchema && (
        <SchemaTable
          document={document}
          schema={bodySchema}
          caption={caption(requestBody?.required ? 'Request body (required)' : 'Request body')}
        />
      )}

      {responses.length > 0 && (
        <Table
          caption={caption('Responses')}
          captionSize="s"
          rows={responses}
          rowKey={(response) => response.status}
          columns={[
            { header: 'Status', rowHeader: true, cell: (response) => <Code>{response.status}</Code> },
            { header: 'Meaning', cell: (response) => response.description },
            { header: 'Body', cell: (response) => (response.body ? describeType(document, response.body) : 'None') },
          ]}
        />
      )}
      {responses
        .filter((response) => response.body && schemaRows(document, response.body).length > 0)
        .map((response) => (
          <Details
            key={response.status}
            lazy
            summary={
              <>
                Fields in the {response.status} response<VisuallyHidden> from {title}</VisuallyHidden>
              </>
            }
          >
            <SchemaTable document={document} schema={response.body!} caption={caption(`Fields in the ${response.status} response`)} captionHidden />
          </Details>
        ))}
    </section>
  );
}

function SchemaTable({
  document,
  schema,
  caption,
  captionHidden,
}: {
  document: OpenApiDocument;
  schema: JsonSchema;
  caption: ReactNode;
  captionHidden?: boolean;
}) {
  const rows = schemaRows(document, schema);
  if (rows.length === 0) return <Paragraph>Body: {describeType(document, schema)}.</Paragraph>;
  return (
    <Table<SchemaRow>
      caption={caption}
      captionSize="s"
      captionHidden={captionHidden}
      rows={rows}
      rowKey={(row) => row.name}
      columns={[
        { header: 'Field', rowHeader: true, cell: (row) => <Code>{row.name}</Code> },
        { header: 'Type', cell: (row) => row.type },
        { header: 'Required', cell: (row) => (row.required ? 'Yes' : 'No') },
        { header: 'Notes', cell: (row) => row.description },
      ]}
    />
  );
}
