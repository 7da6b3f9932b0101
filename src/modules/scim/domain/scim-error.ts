// SCIM's own error: an HTTP status and, for a bad request, one of the scimType codes RFC 7644
// (section 3.12) defines, which identity providers such as Entra ID read to decide what to do next.
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export class ScimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly scimType?: ScimType,
  ) {
    super(message);
  }
}

export const invalidValue = (message: string) => new ScimError(400, message, 'invalidValue');
export const invalidSyntax = (message: string) => new ScimError(400, message, 'invalidSyntax');
export const invalidFilter = (message: string) => new ScimError(400, message, 'invalidFilter');
export const invalidPath = (message: string) => new ScimError(400, message, 'invalidPath');
export const uniqueness = (message: string) => new ScimError(409, message, 'uniqueness');
export const notFound = (message: string) => new ScimError(404, message);

export interface ScimErrorDocument {
  schemas: [typeof ERROR_SCHEMA];
  /** A string, as the specification says, not a number. */
  status: string;
  scimType?: ScimType;
  detail: string;
}

export function errorDocument(status: number, detail: string, scimType?: ScimType): ScimErrorDocument {
  return { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
}
