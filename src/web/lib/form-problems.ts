// Turns a failed submit into what an NHS.UK form shows: a message beside each field the API named
// (422 errors[].field) and the same messages, linked, in the error summary.
import { ApiError, type FieldError, isApiError } from './api-client';

export interface FormProblems {
  /** The summary's heading. */
  title: string;
  /** A sentence for the summary when no field is to blame (wrong password, conflict, no permission). */
  description?: string;
  items: Array<{ text: string; fieldId?: string }>;
  /** Message per body field name. */
  byField: Record<string, string>;
}

/**
 * @param fieldIds the form's body field names and the id of the control for each, in page order
 */
export function formProblems(error: unknown, fieldIds: Record<string, string>): FormProblems | null {
  if (!error) return null;
  const apiError = isApiError(error)
    ? error
    : new ApiError({ status: 0, title: 'Something went wrong', detail: 'Something went wrong. Try again.' });

  const byField: Record<string, string> = {};
  const items: FormProblems['items'] = [];
  for (const fieldError of apiError.errors) {
    // Nested paths ("roles.0") belong to their top-level field.
    const field = fieldError.field.split(/[.[]/)[0] ?? '';
    const fieldId = fieldIds[field];
    if (fieldId && !byField[field]) byField[field] = fieldError.message;
    items.push(fieldId ? { text: fieldError.message, fieldId } : { text: fieldError.message });
  }
  // Order the summary as the fields appear on the page.
  const order = Object.values(fieldIds);
  items.sort((a, b) => rank(order, a.fieldId) - rank(order, b.fieldId));

  const result: FormProblems = { title: 'There is a problem', items, byField };
  // With a list of fields to correct the list says it all; otherwise the detail is the whole story.
  if (items.length === 0) result.description = apiError.detail;
  return result;
}

function rank(order: string[], fieldId: string | undefined): number {
  const index = fieldId ? order.indexOf(fieldId) : -1;
  return index === -1 ? order.length : index;
}

/**
 * A problem found before anything is sent, in the API's shape, so it is shown the same way: used
 * where a value cannot even be put in the request (days that are not a number).
 */
export function problemBeforeSending(field: string, message: string): ApiError {
  return new ApiError({ status: 422, title: 'Some values need correcting', detail: message, errors: [{ field, message }] });
}

/** Several problems found before sending (a time that is not a time), in the shape the API would use. */
export function problemsBeforeSending(errors: FieldError[]): ApiError {
  return new ApiError({ status: 422, title: 'Some values need correcting', detail: errors[0]?.message ?? 'Check the values entered.', errors });
}

/**
 * The same problem with each field the API named given the form's name for it (unnamed ones
 * unchanged): where the API names a place in the body ("milestones.detected", "certifications.0.name")
 * that the form shows as a field of its own.
 */
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

/** A whole number typed by a person ("90", " 30 "), or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}
