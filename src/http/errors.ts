import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorStatus, type ErrorCode } from '../domain/errors.js';
import type { Issue } from '../domain/order.js';

export type ErrorBody = { error: { code: ErrorCode; message: string; issues?: Issue[] } };

/** Status → code for errors raised by Fastify and its plugins (parser, size limits, rate limits). */
const codeByStatus: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'bad_request',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Plain words for Fastify's own error codes, so a client sees what to fix. */
const fastifyMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This content type is not accepted here; send application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body.',
  FST_REQ_FILE_TOO_LARGE: 'The file is too large: images may be at most 10 MB.',
  FST_FILES_LIMIT: 'Too many files in one upload: send at most 4 images.',
  FST_PARTS_LIMIT: 'Too many parts in this upload.',
  FST_FIELDS_LIMIT: 'Too many form fields in this upload.',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Send the image as multipart/form-data.',
};

function issuePath(instancePath: string | undefined, missing: unknown): (string | number)[] {
  const parts = (instancePath ?? '').split('/').filter((p) => p !== '');
  const path: (string | number)[] = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (typeof missing === 'string') path.push(missing);
  return path;
}

/** Turns anything thrown in a request into the error shape; bad input is a 4xx, never a 5xx. */
export function toErrorBody(err: unknown): {
  status: number;
  body: ErrorBody;
  unexpected: boolean;
} {
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.issues) body.error.issues = err.issues;
    return { status: errorStatus[err.code], body, unexpected: errorStatus[err.code] >= 500 };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext ?? 'body';
    const issues: Issue[] = err.validation.map((v) => ({
      path: issuePath(
        v.instancePath,
        (v.params as { missingProperty?: unknown } | undefined)?.missingProperty,
      ),
      code: v.keyword,
      message: v.message ?? 'is not valid',
    }));
    const first = issues[0];
    const firstText = first ? `${first.path.join('.') || where}: ${first.message}` : 'invalid';
    return {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: `Invalid request ${where} — ${firstText}`,
          issues,
        },
      },
      unexpected: false,
    };
  }
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = codeByStatus[status] ?? 'bad_request';
    const message =
      (fe.code ? fastifyMessages[fe.code] : undefined) ??
      (typeof fe.message === 'string' && fe.message ? fe.message : 'Bad request.');
    return {
      status: errorStatus[code] === status ? status : errorStatus[code],
      body: { error: { code, message } },
      unexpected: false,
    };
  }
  return {
    status: 500,
    body: {
      error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' },
    },
    unexpected: true,
  };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, unexpected } = toErrorBody(err);
  if (unexpected) req.log.error({ err }, 'unexpected error');
  else req.log.info({ code: body.error.code, status }, body.error.message);
  if (status === 429) {
    const retry = reply.getHeader('retry-after');
    if (retry === undefined) void reply.header('retry-after', '60');
  }
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
