// This feature's forms show problems the way every Bulwark form does (lib/form-problems): the API's
// 422 field problems beside their fields. Two things are added here: problems found before sending,
// put in the API's shape; and the API's field names ("milestones.detected") turned into the form's.
import { ApiError, type FieldError, isApiError } from '../../../lib/api-client';

/** Problems found in the browser (a time that is not a time), in the shape the API would use. */
export function problemsBeforeSending(errors: FieldError[]): ApiError {
  return new ApiError({ status: 422, title: 'Some values need correcting', detail: errors[0]?.message ?? 'Check the values entered.', errors });
}

/** The same problem with each field the API named given the form's name for it (unnamed ones unchanged). */
export function withFormFieldNames(error: unknown, rename: (field: string) => string | undefined): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  return new ApiError({
    status: error.status,
    title: error.title,
    detail: error.detail,
    type: error.type,
    extensions: error.extensions,
    errors: error.errors.map((fieldError) => ({ ...fieldError, field: rename(fieldError.field) ?? fieldError.field })),
  });
}
