/**
 * The one error handler: every failure leaves as {error:{code,message,details,requestId}} with a stable code
 * (docs/errors.md). Unknown errors become a generic 500, logged once without request content.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ERROR_CODES, isVigilError, type ErrorCode } from "../core/errors.js";

export interface ErrorBody { error: { code: ErrorCode; message: string; details: unknown; requestId: string } }

export function send(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, message: string, details: unknown = null) {
  const body: ErrorBody = { error: { code, message, details, requestId: req.id } };
  return reply.status(ERROR_CODES[code]).type("application/json; charset=utf-8").send(body);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isVigilError(err)) return send(reply, req, err.code, err.message, err.details ?? null);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({ path: `${err.validationContext ?? ""}${v.instancePath.replace(/\//g, ".")}`, message: v.message ?? "invalid" }));
      const first = issues[0];
      return send(reply, req, "validation_failed", first ? `invalid request: ${first.path}: ${first.message}` : "invalid request", { issues });
    }
    if (err.statusCode === 429) return send(reply, req, "rate_limited", "too many attempts; wait a minute and try again");
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") return send(reply, req, "payload_too_large", "the request body is too large");
    if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return send(reply, req, "unsupported_media_type", "send JSON (application/json) or the documented media type");
    if (err.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || err.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (err.statusCode === 400 && err instanceof SyntaxError)) {
      return send(reply, req, "bad_request", "the request body is not valid JSON");
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return send(reply, req, "bad_request", "the request could not be understood");
    // Only the error's class and stack are logged: messages of driver errors can quote record content.
    req.log.error({ errName: err.name, errCode: err.code, stack: err.stack?.split("\n").slice(1, 8).join("\n") }, "unhandled error");
    return send(reply, req, "internal", "something went wrong on the server; the error was logged");
  });
}
