/**
 * The GraphQL examples of the documentation, read from its Markdown: fenced ```graphql blocks, with the
 * variables and the answer written right after them. test/integration/docsExamples.int.test.ts runs them.
 *
 * Info strings (the words after the fence; renderers colour by the first one only):
 *   ```graphql         an operation: validated and run
 *   ```graphql sdl     type definitions, not an operation: every type and field they name must be in the schema
 *                      with the type written
 *   ```json variables  right after an operation: the variables to run it with
 *   ```json            right after an operation (and its variables): its complete answer
 */
import fs from 'node:fs';
import path from 'node:path';
import { isInterfaceType, isObjectType, Kind, print, type DefinitionNode, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config.js';

export interface FencedBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's words: language first. */
  info: string[];
  text: string;
  /** The fenced block that comes next in the file, if only blank lines stand between them. */
  next?: FencedBlock;
}

export interface GraphqlExample {
  block: FencedBlock;
  kind: 'operation' | 'sdl';
  variables?: Record<string, unknown>;
  answer?: unknown;
}

/** The documentation whose examples are run: the README and every Markdown file in docs/. */
export const DOC_FILES = [
  path.join(PROJECT_ROOT, 'README.md'),
  ...fs
    .readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(PROJECT_ROOT, 'docs', f)),
];

/** The fenced code blocks of a Markdown text (``` fences; an indented or ~~~ block is not an example here). */
export function fencedBlocks(file: string, markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  let open: { line: number; info: string[]; body: string[] } | undefined;
  let lastClosedAt = -1;
  lines.forEach((text, i) => {
    const fence = /^```(.*)$/.exec(text);
    if (!open) {
      if (fence) open = { line: i + 1, info: fence[1]!.trim().split(/\s+/).filter(Boolean), body: [] };
      else if (text.trim() !== '') lastClosedAt = -1;
      return;
    }
    if (!fence) {
      open.body.push(text);
      return;
    }
    const block: FencedBlock = {
      file: path.relative(PROJECT_ROOT, file),
      line: open.line,
      info: open.info,
      text: open.body.join('\n'),
    };
    if (lastClosedAt >= 0) blocks[lastClosedAt]!.next = block;
    blocks.push(block);
    lastClosedAt = blocks.length - 1;
    open = undefined;
  });
  if (open) throw new Error(`${file}:${open.line}: a fence is never closed`);
  return blocks;
}

export const where = (block: FencedBlock) => `${block.file}:${block.line}`;

/** The GraphQL examples of the blocks, with their variables and answers; refuses unknown markers. */
export function graphqlExamples(blocks: FencedBlock[]): GraphqlExample[] {
  const examples: GraphqlExample[] = [];
  for (const block of blocks) {
    const [language, ...markers] = block.info;
    if (language === undefined || !/^(graphql|gql)$/i.test(language)) continue;
    if (language !== 'graphql') throw new Error(`${where(block)}: write the language as graphql, not ${language}`);
    if (markers.length > 1 || (markers.length === 1 && markers[0] !== 'sdl'))
      throw new Error(`${where(block)}: unknown marker "${markers.join(' ')}" (only "sdl" is known)`);
    if (markers[0] === 'sdl') {
      examples.push({ block, kind: 'sdl' });
      continue;
    }
    const example: GraphqlExample = { block, kind: 'operation' };
    let next = block.next;
    if (next?.info[0] === 'json' && next.info[1] === 'variables') {
      example.variables = JSON.parse(next.text) as Record<string, unknown>;
      next = next.next;
    }
    if (next?.info.length === 1 && next.info[0] === 'json') example.answer = JSON.parse(next.text);
    examples.push(example);
  }
  return examples;
}

/** How a type is written in SDL, e.g. `[String!]!`, for the field of an object or interface type. */
function schemaFieldType(schema: GraphQLSchema, typeName: string, fieldName: string): string | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  return type.getFields()[fieldName]?.type.toString();
}

/** The differences between an SDL example and the schema: each type and field it writes must be there as written. */
export function sdlMismatches(schema: GraphQLSchema, definitions: readonly DefinitionNode[]): string[] {
  const problems: string[] = [];
  for (const definition of definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) {
      problems.push(`${definition.kind} is not checked: write only object and interface types in sdl blocks`);
      continue;
    }
    const typeName = definition.name.value;
    if (!schema.getType(typeName)) problems.push(`type ${typeName} is not in the schema`);
    for (const field of definition.fields ?? []) {
      const written = print(field.type);
      const actual = schemaFieldType(schema, typeName, field.name.value);
      if (actual !== written)
        problems.push(`${typeName}.${field.name.value}: written ${written}, schema has ${actual}`);
    }
  }
  return problems;
}

/** Every GraphQL example of the documentation files. */
export function documentedExamples(files = DOC_FILES): GraphqlExample[] {
  return graphqlExamples(files.flatMap((file) => fencedBlocks(file, fs.readFileSync(file, 'utf8'))));
}
