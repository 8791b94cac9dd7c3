import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

/** Keywords that only constrain values: a serialiser needs types and properties, not these. */
const constraintKeywords = new Set([
  '$schema',
  'description',
  'title',
  'examples',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);

const isBareType = (s: unknown): s is { type: string | string[] } =>
  typeof s === 'object' &&
  s !== null &&
  Object.keys(s).length === 1 &&
  (typeof (s as { type?: unknown }).type === 'string' ||
    Array.isArray((s as { type?: unknown }).type));

/**
 * The JSON Schema a serialiser needs from a full one: the same types, properties and required
 * names, without the value constraints, and a choice between bare types (`"a" | null`,
 * `string | number`) written as a list of types, which fast-json-stringify writes without
 * running a validator per value.
 */
export function serialisationSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serialisationSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema as JsonSchema)) {
    if (constraintKeywords.has(key)) continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      // Property names, not keywords: every one is kept.
      const properties: JsonSchema = {};
      for (const [name, sub] of Object.entries(value as JsonSchema))
        properties[name] = serialisationSchema(sub);
      out[key] = properties;
    } else out[key] = serialisationSchema(value);
  }
  const anyOf = out['anyOf'];
  if (Array.isArray(anyOf) && anyOf.length > 0 && anyOf.every(isBareType)) {
    out['type'] = [...new Set(anyOf.flatMap((b) => b.type))];
    delete out['anyOf'];
  }
  return out;
}

/**
 * Writes answers described by a zod schema with fast-json-stringify, from the schema's JSON Schema
 * (the same one OpenAPI shows), compiled once per route and status. Like zod's output parse it
 * writes only the properties the schema names (and those of a `catchall`), and a missing required
 * property fails the answer (500), but values are not checked against enums or lengths: the
 * handlers build them from the same types, and the request side stays fully validated.
 */
export function compileSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  const write = fastJson(serialisationSchema(json) as fastJson.AnySchema);
  return (data) => write(data) as string;
}

/** Fastify's serialiser compiler for routes whose response schemas are zod schemas. */
export const fastSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) =>
  compileSerializer(schema);
