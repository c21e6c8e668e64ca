/**
 * The validation edge: every route's params, query and body are parsed by its zod schema, after
 * one check shared by all of them — no string anywhere in the request may hold a NUL character or
 * a lone surrogate. Such a request is a 400 `VALIDATION` naming the field, never a 500 from the
 * database.
 */
import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler as zodValidatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Reason } from "../../common/errors.js";
import { findUnsafeText, unsafeTextMessage } from "../../common/text/safe.js";

const rejectUnsafeText = z.unknown().superRefine((value, context) => {
  const path = findUnsafeText(value);
  if (path)
    context.addIssue({
      code: "custom",
      path,
      message: unsafeTextMessage,
      params: { reason: "unsafe_text" satisfies Reason },
    });
});

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) =>
  zodValidatorCompiler(
    route.schema instanceof z.ZodType ? { ...route, schema: rejectUnsafeText.pipe(route.schema) } : route,
  );
