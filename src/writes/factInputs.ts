/**
 * Mutation inputs checked and compiled as facts files are (src/ingest/): the same schema, the same checks
 * of references and of every excerpt against its source's text, the same rows and stable ids. Each problem
 * becomes a field error with the path of the input field it is about.
 */
import { z } from 'zod';
import type { Context } from '../context.js';
import { badFields, type FieldProblem } from '../errors.js';
import { factsFileSchema, sourceSchema, type FactsFile } from '../ingest/factsSchema.js';
import { FactsFileError, parseFactsText, readFactsData, type ReadFacts } from '../ingest/readFacts.js';
import { checkAll, compile } from '../ingest/writeFacts.js';
import { runMutation, type MutationResultRecord } from './changeRunner.js';

/** A mutation's facts need not name a source: its evidence points into sources the graph holds. */
const inputFactsSchema = factsFileSchema.extend({ sources: z.array(sourceSchema).default([]) });

export type FactSection = 'sources' | 'actors' | 'roles' | 'tenures' | 'events' | 'statements' | 'relations';

/** GraphQL sends null for an optional field left out; the facts schema's defaults apply only to absent ones. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  return value;
}

/**
 * "actors[0] (person:x).evidence[0].excerpt: does not match …" as the field of the one input it came
 * from (`input.evidence[0].excerpt`); problems of a whole file keep their place in it (`file: statements[2]…`).
 */
export function toFieldProblem(problem: string, prefix: string, single: boolean): FieldProblem {
  const entry = single ? /^[a-z]+\[0\](?: \([^)]*\))?/.exec(problem) : null;
  const rest = entry ? problem.slice(entry[0].length) : problem;
  const split = rest.indexOf(': ');
  if (split < 0) return { field: prefix, message: rest };
  const place = rest.slice(0, split);
  return {
    field: single ? `${prefix}${place}` : `${prefix}: ${place}`,
    message: rest.slice(split + 2),
  };
}

/** Runs a check of the ingest, turning its FactsFileError into field errors. */
async function checked<T>(prefix: string, single: boolean, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof FactsFileError) throw badFields(error.problems.map((p) => toFieldProblem(p, prefix, single)));
    throw error;
  }
}

/** The extractor named on any fact, for the Change. */
function extractorOf(facts: FactsFile): string | null {
  const all = [
    ...facts.actors,
    ...facts.roles,
    ...facts.tenures,
    ...facts.events,
    ...facts.events.flatMap((e) => e.participants),
    ...facts.statements,
    ...facts.relations,
  ];
  return all.find((f) => f.extractedBy)?.extractedBy ?? null;
}

async function writeRead(
  ctx: Context,
  mutation: string,
  read: ReadFacts,
  prefix: string,
  single: boolean,
  options: { idempotencyKey?: string | null; nodeId: string | null },
): Promise<MutationResultRecord> {
  await checked(prefix, single, () => checkAll(ctx.repos.writes, [read]));
  const rows = compile(read);
  return runMutation(
    ctx,
    mutation,
    { idempotencyKey: options.idempotencyKey, extractor: extractorOf(read.facts) },
    async (writer) => {
      await writer.mergeFacts(rows);
      return { nodeId: options.nodeId };
    },
  );
}

/**
 * One fact from a mutation's input (`section` names its kind); a source's `text` is its text. Links
 * (addressees, subjects) without basis or evidence of their own are the plain ids a facts file would hold.
 */
export async function writeFactInput(
  ctx: Context,
  mutation: string,
  section: FactSection,
  input: object,
  idempotencyKey: string | null | undefined,
  nodeId: string | null,
): Promise<MutationResultRecord> {
  const fact = withoutNulls(input) as Record<string, unknown>;
  // A source's text is no field of a facts file (which names a text file); a statement's text is.
  const text = section === 'sources' ? fact.text : undefined;
  if (section === 'sources') delete fact.text;
  for (const links of ['addressees', 'about'] as const) {
    if (Array.isArray(fact[links]))
      fact[links] = (fact[links] as Array<Record<string, unknown>>).map((l) =>
        Object.keys(l).length === 1 ? l.id : l,
      );
  }
  const data = { [section]: [fact] };
  const read = await checked('input', true, () =>
    readFactsData(
      'input',
      data,
      (s) => (s.id === fact.id && typeof text === 'string' ? text : undefined),
      inputFactsSchema,
    ),
  );
  return writeRead(ctx, mutation, read, 'input', true, { idempotencyKey, nodeId });
}

/** A whole facts file sent as text, its sources' texts beside it, in one transaction. */
export async function writeFactsFile(
  ctx: Context,
  file: string,
  texts: ReadonlyArray<{ source: string; text: string }>,
  idempotencyKey: string | null | undefined,
  mutation = 'importFacts',
): Promise<MutationResultRecord> {
  const byId = new Map(texts.map((t) => [t.source, t.text]));
  const read = await checked('file', false, () =>
    readFactsData('file', parseFactsText('file', file), (s) => byId.get(s.id)),
  );
  return writeRead(ctx, mutation, read, 'file', false, { idempotencyKey, nodeId: null });
}
