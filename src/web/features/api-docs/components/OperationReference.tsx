// One API operation: method and path, what it does, its parameters, request body and responses.
import { Table } from '../../../components/Table';
import { Code, Heading, Paragraph } from '../../../components/Typography';
import type { OpenApiDocument } from '../api/openapi';
import { type DocumentedOperation, describeType, jsonSchemaOf, resolve, schemaRows } from './schema';

export function OperationReference({ document, entry }: { document: OpenApiDocument; entry: DocumentedOperation }) {
  const { operation, method, path, parameters } = entry;
  const requestBody = resolve(document, operation.requestBody);
  const bodySchema = jsonSchemaOf(requestBody?.content);
  const bodyRows = schemaRows(document, bodySchema);
  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
    const resolved = resolve(document, response);
    return { status, description: resolved?.description ?? '', body: jsonSchemaOf(resolved?.content) };
  });
  const title = `${method.toUpperCase()} ${path}`;

  return (
    <section aria-labelledby={entry.id} className="app-operation">
      <Heading level={3} id={entry.id}>
        <span className="app-method">{method.toUpperCase()}</span>
        <Code>{path}</Code>
      </Heading>
      {operation.summary && <Paragraph>{operation.summary}</Paragraph>}
      {operation.description && operation.description !== operation.summary && <Paragraph>{operation.description}</Paragraph>}
      {operation.deprecated && <Paragraph>This operation is deprecated and will be removed.</Paragraph>}

      {parameters.length > 0 && (
        <Table
          caption={`Parameters for ${title}`}
          captionSize="s"
          rows={parameters}
          rowKey={(parameter) => `${parameter.in}:${parameter.name}`}
          columns={[
            { header: 'Name', rowHeader: true, cell: (parameter) => <Code>{parameter.name}</Code> },
            { header: 'In', cell: (parameter) => parameter.in },
            { header: 'Type', cell: (parameter) => describeType(document, parameter.schema) },
            { header: 'Required', cell: (parameter) => (parameter.required ? 'Yes' : 'No') },
            { header: 'Description', cell: (parameter) => parameter.description ?? parameter.schema?.description ?? '' },
          ]}
        />
      )}

      {bodySchema && (
        <>
          {bodyRows.length > 0 ? (
            <Table
              caption={`Request body for ${title}${requestBody?.required ? ' (required)' : ''}`}
              captionSize="s"
              rows={bodyRows}
              rowKey={(row) => row.name}
              columns={[
                { header: 'Field', rowHeader: true, cell: (row) => <Code>{row.name}</Code> },
                { header: 'Type', cell: (row) => row.type },
                { header: 'Required', cell: (row) => (row.required ? 'Yes' : 'No') },
                { header: 'Notes', cell: (row) => row.description },
              ]}
            />
          ) : (
            <Paragraph>Request body: {describeType(document, bodySchema)}.</Paragraph>
          )}
        </>
      )}

      {responses.length > 0 && (
        <Table
          caption={`Responses from ${title}`}
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
    </section>
  );
}
