/** Date and JSON scalars. A malformed Date is the caller's error (BAD_USER_INPUT), said plainly. */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from '../domain/dates.js';
import { badUserInput } from '../errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badUserInput(`Date must be an ISO-8601 calendar date such as "2025-07-19"; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A scalar written as a string and checked the same way in variables, literals and answers. */
const checkedString = (name: string, description: string, parse: (value: unknown) => string) =>
  new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: parse,
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : `(${ast.kind})`),
  });

export const DateScalar = checkedString('Date', 'ISO-8601 calendar date, e.g. "2025-07-19".', parseDate);

/** An instant with its zone: "2026-11-30T23:59:01Z", "2026-12-01T01:00:00+02:00". */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(
      `DateTime must be an ISO-8601 instant with a zone such as "2026-11-30T23:59:01Z"; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

export const DateTimeScalar = checkedString(
  'DateTime',
  'A point in time, ISO 8601 with a zone, e.g. "2026-11-30T23:59:01.123Z".',
  parseDateTime,
);

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      return null;
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: here, the properties of a relationship or graph element.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});
