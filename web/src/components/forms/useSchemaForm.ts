import { useForm } from "@mantine/form";
import { useState } from "react";
import type { z } from "zod";
import { ApiError, isApiError } from "../../api/client.js";
import { useT } from "../../i18n/useT.js";
import { apiFieldErrors, schemaErrors } from "./validation.js";

interface SchemaFormOptions<Values extends Record<string, unknown>, Schema extends z.ZodType> {
  initialValues: Values;
  /** The shared contract the form's values must meet. */
  schema: Schema;
  /** Turns what the inputs hold (empty strings, numbers as text) into the shape the schema reads. */
  toInput: (values: Values) => unknown;
}

/**
 * A Mantine form validated with a shared zod schema: messages in the reader's language, server
 * field errors (400 VALIDATION) put on the fields by path, any other API error kept for an alert.
 */
export function useSchemaForm<Values extends Record<string, unknown>, Schema extends z.ZodType>(
  options: SchemaFormOptions<Values, Schema>,
) {
  const t = useT();
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: options.initialValues,
    validate: (values) => schemaErrors(options.schema, options.toInput(values), t),
  });

  /** Wraps a submit handler that receives the parsed input; returns the form's onSubmit. */
  const handleSubmit = (handler: (input: z.output<Schema>) => Promise<unknown>) =>
    form.onSubmit(async (values) => {
      setSubmitError(null);
      const parsed = options.schema.safeParse(options.toInput(values));
      if (!parsed.success) return;
      try {
        await handler(parsed.data);
      } catch (error) {
        if (!isApiError(error)) {
          setSubmitError(new ApiError(0, "INTERNAL", String(error)));
          return;
        }
        const fields = apiFieldErrors(error, t);
        if (fields && error.details.length > 0) form.setErrors(fields);
        setSubmitError(error);
      }
    });

  return { form, handleSubmit, submitError, setSubmitError };
}

/** Empty text inputs mean "no value". */
export const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value : null);

/** A NumberInput holds a number or an empty string. */
export const numberOrNull = (value: number | string | null | undefined): number | null =>
  value === "" || value == null ? null : Number(value);
