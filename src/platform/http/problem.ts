// Turns every error into RFC 9457 problem details, in one place. Routes never catch.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type FieldProblem, TooManyAttempts } from '../errors.js';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://bulwark.dev/problems/';

export function sendProblem(reply: FastifyReply, problem: ProblemDetails) {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function problemHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const instance = request.url.split('?')[0];
  if (error instanceof DomainError) {
    // Detail the person is not shown (such as why an address could not be reached) goes to the log only.
    if (error.cause !== undefined) request.log.debug({ detail: error.cause instanceof Error ? error.cause.message : error.cause }, error.message);
    if (error instanceof TooManyAttempts) void reply.header('retry-after', String(error.retryAfterSeconds));
    const errors = 'errors' in error && Array.isArray(error.errors) && error.errors.length ? { errors: error.errors as FieldProblem[] } : {};
    return sendProblem(reply, { ...error.extensions, type: TYPE_BASE + error.type, title: error.title, status: error.status, detail: error.message, instance, ...errors });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldProblem[] = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(whole)',
      message: v.message ?? 'is not valid',
    }));
    const where = (error as FastifyError).validationContext ?? 'request';
    return sendProblem(reply, {
      type: `${TYPE_BASE}validation-failed`,
      title: 'Some values need correcting',
      status: 422,
      detail: `The ${where} has ${errors.length} value${errors.length === 1 ? '' : 's'} to correct: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      instance,
      errors,
    });
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return sendProblem(reply, {
      type: `${TYPE_BASE}bad-request`,
      title: status === 429 ? 'Too many requests' : 'Bad request',
      status,
      detail: error.message,
      instance,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, {
    type: `${TYPE_BASE}internal`,
    title: 'Something went wrong',
    status: 500,
    detail: `Bulwark could not complete this request. Quote reference ${request.id} if you report it.`,
    instance,
  });
}
