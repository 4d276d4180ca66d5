/** How documentation examples are read from Markdown (test/helpers/docsExamples.ts), without a database. */
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';
import { fencedBlocks, graphqlExamples, sdlMismatches } from '../helpers/docsExamples.js';

const extract = (markdown: string) => graphqlExamples(fencedBlocks('test.md', markdown));

describe('documentation examples', () => {
  it('pair an operation with the variables and answer right after it, not with a block after prose', () => {
    const [first, second] = extract(
      [
        '```graphql',
        'query Q($id: ID!) { node(id: $id) { id } }',
        '```',
        '',
        '```json variables',
        '{"id": "x"}',
        '```',
        '```json',
        '{"data": {"node": null}}',
        '```',
        'Prose.',
        '```graphql',
        '{ sources { id } }',
        '```',
        'More prose.',
        '```json',
        '{}',
        '```',
      ].join('\n'),
    );
    expect(first).toMatchObject({ kind: 'operation', variables: { id: 'x' }, answer: { data: { node: null } } });
    expect(second).toMatchObject({ kind: 'operation', block: { line: 12 } });
    expect(second!.answer).toBeUndefined();
  });

  it('refuse an unknown marker, a misspelt language and an unclosed fence, rather than skip the block', () => {
    expect(() => extract('```graphql schema\ntype A { a: Int }\n```\n')).toThrow(/unknown marker/);
    expect(() => extract('```GraphQL\n{ sources { id } }\n```\n')).toThrow(/write the language as graphql/);
    expect(() => extract('```graphql\n{ sources { id } }\n')).toThrow(/never closed/);
  });

  it('report an sdl block that differs from the schema, field by field', () => {
    const schema = buildSchema(loadTypeDefs());
    const [sdl] = extract('```graphql sdl\ntype Evidence { excerpt: String!  start: String  nope: Int }\n```\n');
    expect(sdl!.kind).toBe('sdl');
    expect(sdlMismatches(schema, parse(sdl!.block.text).definitions)).toEqual([
      'Evidence.start: written String, schema has Int!',
      'Evidence.nope: written Int, schema has undefined',
    ]);
  });
});
