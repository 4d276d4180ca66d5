import { GraphQLError, Kind, parseValue as parseGraphQLValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, JSONScalar } from '../../src/resolvers/scalars.js';
import { thrownBy } from '../helpers/thrown.js';

const codeOf = (fn: () => unknown): unknown => thrownBy(GraphQLError, fn).extensions.code;

describe('Date scalar', () => {
  it('accepts a calendar date as a variable and as a literal', () => {
    expect(DateScalar.parseValue('2025-07-19')).toBe('2025-07-19');
    expect(DateScalar.parseLiteral(parseGraphQLValue('"2025-07-19"'), {})).toBe('2025-07-19');
  });

  it.each(['2025-13-45', 'yesterday', '2025-02-29', '19/07/2025'])(
    'rejects the variable %j as BAD_USER_INPUT',
    (value) => {
      expect(codeOf(() => DateScalar.parseValue(value))).toBe('BAD_USER_INPUT');
    },
  );

  it.each([20250719, null, true, { date: '2025-07-19' }])('rejects the non-string variable %j', (value) => {
    expect(codeOf(() => DateScalar.parseValue(value))).toBe('BAD_USER_INPUT');
  });

  it.each(['"2025-13-45"', '"yesterday"', '20250719', '["2025-07-19"]'])(
    'rejects the literal %s as BAD_USER_INPUT',
    (literal) => {
      expect(codeOf(() => DateScalar.parseLiteral(parseGraphQLValue(literal), {}))).toBe('BAD_USER_INPUT');
    },
  );

  it('says what a date must look like, with the value it got', () => {
    try {
      DateScalar.parseValue('yesterday');
    } catch (error) {
      expect((error as Error).message).toContain('"yesterday"');
      expect((error as Error).message).toMatch(/ISO-8601/);
    }
    expect.assertions(2);
  });

  it('serializes stored dates', () => {
    expect(DateScalar.serialize('2025-07-14')).toBe('2025-07-14');
  });
});

describe('JSON scalar', () => {
  it('passes values through', () => {
    const value = { rounds: 2, note: 'x', nested: [1, { a: true }] };
    expect(JSONScalar.serialize(value)).toBe(value);
    expect(JSONScalar.parseValue(value)).toBe(value);
  });

  it('reads literals of every kind', () => {
    const ast = parseGraphQLValue('{ a: 1, b: 2.5, c: "x", d: true, e: [1, "y"], f: null, g: { h: false } }');
    expect(ast.kind).toBe(Kind.OBJECT);
    expect(JSONScalar.parseLiteral(ast, {})).toEqual({
      a: 1,
      b: 2.5,
      c: 'x',
      d: true,
      e: [1, 'y'],
      f: null,
      g: { h: false },
    });
  });
});
