/**
 * The operations of the API as its OpenAPI document describes them: path, query and JSON body
 * schemas (the JSON Schema the zod contracts generate), and whether the route takes a multipart upload.
 */

/** The subset of JSON Schema the generated document uses. */
export interface JsonSchema {
  type?: "object" | "string" | "integer" | "number" | "boolean" | "array" | "null";
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** As the document writes it: `/api/events/{id}/participations/{participationId}`. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body, when the operation takes one. */
  body: JsonSchema | null;
  bodyRequired: boolean;
  /** The upload routes: a multipart/form-data body with one file part. */
  multipart: boolean;
}

interface OpenApiOperation {
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const methods = ["get", "post", "put", "patch", "delete"] as const;

export function readOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const pick = (where: string) =>
        parameters
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, required: Boolean(p.required), schema: p.schema ?? {} }));
      const json = operation.requestBody?.content?.["application/json"]?.schema ?? null;
      operations.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        pathParams: pick("path"),
        query: pick("query"),
        body: json,
        bodyRequired: Boolean(operation.requestBody?.required),
        multipart:
          Boolean(operation.requestBody?.content?.["multipart/form-data"]) ||
          /multipart/i.test(operation.description ?? ""),
      });
    }
  }
  return operations;
}

/** `/api/events/{id}` → `/api/events/:id`, the route as registered. */
export const routeOf = (operation: Operation) => operation.path.replace(/\{([^}]+)\}/g, ":$1");
