/**
 * Every GraphQL example in README.md and docs/*.md is run, so none can go stale: each operation validates
 * against the schema and answers on the seed without errors, and where its answer is written right after
 * it, the API gives exactly that answer. SDL blocks (marked `sdl`) must match the schema. The markers are
 * described in test/helpers/docsExamples.ts.
 */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';
import { useTestApi } from '../helpers/api.js';
import { documentedExamples, sdlMismatches, where } from '../helpers/docsExamples.js';

const schema = buildSchema(loadTypeDefs());
const examples = documentedExamples();

describe('the GraphQL examples of the documentation', () => {
  const api = useTestApi();

  it('are found: the README and docs/queries.md hold operations, most of them with their answers', () => {
    const operations = examples.filter((e) => e.kind === 'operation');
    expect(operations.filter((e) => e.block.file === 'README.md').length).toBeGreaterThan(0);
    expect(
      operations.filter((e) => e.block.file === 'docs/queries.md' && e.answer !== undefined).length,
    ).toBeGreaterThan(10);
  });

  for (const example of examples) {
    const name = `${where(example.block)} (${example.kind})`;
    if (example.kind === 'sdl') {
      it(`${name} matches the schema`, () => {
        expect(sdlMismatches(schema, parse(example.block.text).definitions)).toEqual([]);
      });
      continue;
    }
    const outcome = example.answer === undefined ? 'without errors' : 'as written';
    it(`${name} validates and answers ${outcome}`, async () => {
      expect(validate(schema, parse(example.block.text)).map((e) => e.message)).toEqual([]);
      const result = await api.execute(example.block.text, example.variables);
      expect(result.errors).toBeUndefined();
      if (example.answer !== undefined) expect({ data: result.data }).toEqual(example.answer);
    });
  }
});
