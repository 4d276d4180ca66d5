/**
 * `npm run ingest` with the real NLP engine (Stanford CoreNLP, started once for this file, or reused when one is
 * running): extraction and resolution against the graph, review flags, drafts the loader accepts, --load into the
 * database answered through the API, a second --load that changes nothing, and an unreadable file that changes
 * nothing either. Everything the tests load is removed again, and only that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extractFacts } from '../../src/extract/extractFacts.js';
import type { KnownActors } from '../../src/extract/knownActors.js';
import type { FactsFileInput } from '../../src/ingest/factsSchema.js';
import { coreNlpEngine } from '../../src/nlp/coreNlpEngine.js';
import { startLocalCoreNlp, type LocalCoreNlp } from '../../src/nlp/localCoreNlp.js';
import type { NlpEngine } from '../../src/nlp/annotations.js';
import { KnownActorsRepository } from '../../src/repositories/knownActorsRepository.js';
import { testDatabase, useTestApi } from '../helpers/api.js';
import { evidenceIds, graphSnapshot, removeTestFacts } from '../helpers/graph.js';
import { cleanEnv, neo4jEnv, runTsx, STACK_FRAME, tempDir } from '../helpers/processes.js';
import { PROJECT_ROOT } from '../helpers/seedFacts.js';
import { serve, useServed } from '../helpers/served.js';
import { bearer, post, READER_KEY, removeTestWrites, TEST_AUTH, WRITER_KEY } from '../helpers/writes.js';

const api = useTestApi();

type Snapshot = Awaited<ReturnType<typeof graphSnapshot>>;
/** What two snapshots disagree on, row by row, so a failed clean-up says what it left. */
function difference(a: Snapshot, b: Snapshot): { gone: string[]; added: string[] } {
  const rows = (s: Snapshot) => new Set((JSON.parse(s.fingerprint) as string[][]).flat());
  const [x, y] = [rows(a), rows(b)];
  return { gone: [...x].filter((r) => !y.has(r)), added: [...y].filter((r) => !x.has(r)) };
}
/** Everything the extractor wrote says so (extractedBy), and the graph held none of it before. */
async function removeExtracted(evidenceBefore: Set<string>): Promise<void> {
  const extracted = await api.db.read<{ id: string }>(
    'test:extracted-nodes',
    "MATCH (n:Node) WHERE n.extractedBy STARTS WITH 'actorgraph-extract' OR n.id STARTS WITH 'source:wire-' RETURN n.id AS id",
  );
  const created = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
  await removeTestFacts(
    api.db,
    extracted.map((r) => r.id),
    created,
  );
}
const ARTICLE = path.join(PROJECT_ROOT, 'test/fixtures/extract/wire-sybiha-talks.txt');
const config = loadConfig({});
let nlp: LocalCoreNlp;
let engine: NlpEngine;
let known: KnownActors;

beforeAll(async () => {
  nlp = await startLocalCoreNlp({ homeDir: config.nlp.homeDir, heap: config.nlp.heap, lingerMs: 0, log: console.log });
  engine = coreNlpEngine(nlp.url);
  known = await new KnownActorsRepository(api.db).all();
}, 900_000);

afterAll(async () => {
  await nlp?.stop();
});

describe('extraction with the real engine', () => {
  it('resolves names against the graph, flags new people, and finds who said what', async () => {
    const text = fs.readFileSync(ARTICLE, 'utf8');
    const draft = await extractFacts({ text, publisher: 'Wire', published: '2025-07-21' }, { engine, known });
    const said = (words: string) => draft.facts.statements!.find((s) => s.text.includes(words));
    expect(said('We will not give up our land')).toMatchObject({ kind: 'QUOTE', speaker: 'person:andrii-sybiha' });
    expect(said('Russia must answer this offer')).toMatchObject({
      speaker: 'person:volodymyr-zelenskyy',
      basis: 'INFERRED',
    });
    expect(said('Moscow would study the proposal')).toMatchObject({ speaker: 'person:dmitry-peskov' });
    expect(draft.flags.filter((f) => f.kind === 'NEW_ACTOR').map((f) => f.factId)).toContain('person:andrii-sybiha');
    // Zelenskiy is the graph's Zelenskyy, not someone new.
    expect(draft.facts.actors!.map((a) => a.id)).not.toContain('person:volodymyr-zelenskiy');
    for (const s of draft.facts.statements!)
      expect(text.slice(s.evidence[0]!.start, s.evidence[0]!.end)).toBe(s.evidence[0]!.excerpt);
  }, 300_000);
});

describe('npm run ingest --load', () => {
  const work = tempDir('ingest');
  const article = path.join(work.dir, 'wire.txt');
  const draftFile = path.join(work.dir, 'wire.facts.yaml');
  const env = () => cleanEnv({ ...neo4jEnv(), CORENLP_HOME: config.nlp.homeDir, CORENLP_LINGER_SECONDS: '0' });
  const ingest = (...args: string[]) =>
    runTsx(
      'src/cli/ingest.ts',
      [...args, '--publisher', 'Wire', '--published', '2025-07-21', '--title', 'Ukraine ready for new talks'],
      env(),
      600_000,
    );
  let before: Awaited<ReturnType<typeof graphSnapshot>>;
  let evidenceBefore: Set<string>;

  beforeAll(async () => {
    fs.copyFileSync(ARTICLE, article);
    before = await graphSnapshot(api.db);
    expect(before.fingerprint).not.toContain('actorgraph-extract');
    evidenceBefore = await evidenceIds(api.db);
  });

  afterAll(async () => {
    await removeExtracted(evidenceBefore);
    work.remove();
    expect(difference(before, await graphSnapshot(api.db))).toEqual({ gone: [], added: [] });
  });

  it('writes a reviewable draft, loads it, and the API answers from it', async () => {
    const run = await ingest(article, '--load');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /Actors matched \d+, new 2; statements \d+; roles \d+; events \d+; flagged for review \d+\./,
    );
    expect(run.stdout).toMatch(/Loaded /);
    const draft = parse(fs.readFileSync(draftFile, 'utf8')) as FactsFileInput;
    expect(draft.sources[0]).toMatchObject({ publisher: 'Wire', textFile: 'wire.txt', published: '2025-07-21' });
    const sybiha = draft.actors!.find((a) => a.id === 'person:andrii-sybiha');
    expect(sybiha).toMatchObject({ needsReview: true, review: expect.stringMatching(/^NEW_ACTOR/) });

    const answer = await api.execute<{
      actor: { name: string; statements: { edges: Array<{ node: { text: string; kind: string } }> } };
    }>(`query { actor(name: "Andrii Sybiha") { name statements { edges { node { text kind } } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.actor.statements.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        kind: 'QUOTE',
        text: 'We will not give up our land, because our people stand behind us.',
      }),
    );
  }, 700_000);

  it('changes nothing when the same article is ingested and loaded again', async () => {
    const loaded = await graphSnapshot(api.db);
    const run = await ingest(article, '--load');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect((await graphSnapshot(api.db)).fingerprint === loaded.fingerprint, 'unchanged').toBe(true);
  }, 700_000);

  it('refuses an unreadable file with one clear line, and leaves the graph unchanged', async () => {
    const loaded = await graphSnapshot(api.db);
    const binary = path.join(work.dir, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    for (const file of [binary, path.join(work.dir, 'missing.txt')]) {
      const run = await ingest(article, file, '--load');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `${path.basename(file)}.*(binary|ENOENT).*Nothing was ingested|Cannot read article .*${path.basename(file)}`,
        ),
      );
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
    expect((await graphSnapshot(api.db)).fingerprint === loaded.fingerprint, 'unchanged').toBe(true);
  }, 120_000);
});

describe('the ingestArticle mutation', () => {
  // The engine of the file's beforeAll is running: the mutation's lease finds it warm instead of starting another.
  const served = useServed(() => serve(testDatabase(), { auth: TEST_AUTH, nlp: { ...config.nlp, lingerMs: 0 } }));
  const INGEST = `mutation($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) {
      draft extractor flags { kind factId } summary { actorsNew statements flagged }
      loaded { replayed change { mutation extractor by } }
    }
  }`;
  const input = () => ({
    text: fs.readFileSync(ARTICLE, 'utf8'),
    publisher: 'Wire',
    published: '2025-07-21',
    title: 'Ukraine ready for new talks',
  });
  const ingestArticle = (token: string, dryRun: boolean) =>
    post(served.url, INGEST, { input: input(), dryRun }, bearer(token));
  let before: Snapshot;
  let evidenceBefore: Set<string>;

  beforeAll(async () => {
    before = await graphSnapshot(api.db);
    evidenceBefore = await evidenceIds(api.db);
  });

  afterAll(async () => {
    await removeExtracted(evidenceBefore);
    await removeTestWrites(api.db);
    expect(difference(before, await graphSnapshot(api.db))).toEqual({ gone: [], added: [] });
  });

  it('returns the draft of a dry run and writes nothing', async () => {
    const answer = await ingestArticle(WRITER_KEY, true);
    expect(answer.errors).toBeUndefined();
    const result = answer.data!.ingestArticle;
    expect(result.loaded).toBeNull();
    expect(result.extractor).toMatch(/^actorgraph-extract \d+\.\d+\.\d+ \(Stanford CoreNLP/);
    const draft = parse(result.draft as string) as FactsFileInput;
    expect(draft.sources[0]).toMatchObject({ publisher: 'Wire', published: '2025-07-21' });
    expect(draft.statements!.map((s) => s.text)).toContain(
      'We will not give up our land, because our people stand behind us.',
    );
    expect(result.flags).toContainEqual({ kind: 'NEW_ACTOR', factId: 'person:andrii-sybiha' });
    expect(result.summary.statements).toBe(draft.statements!.length);
    expect(difference(before, await graphSnapshot(api.db))).toEqual({ gone: [], added: [] });
  }, 300_000);

  it('refuses a read-only token before extracting, and writes nothing', async () => {
    const answer = await ingestArticle(READER_KEY, false);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(difference(before, await graphSnapshot(api.db))).toEqual({ gone: [], added: [] });
  });

  it('loads the draft in one audited change, and the API answers from it', async () => {
    const answer = await ingestArticle(WRITER_KEY, false);
    expect(answer.errors).toBeUndefined();
    const result = answer.data!.ingestArticle;
    expect(result.loaded).toEqual({
      replayed: false,
      change: { mutation: 'ingestArticle', extractor: result.extractor, by: 'key:test-writes-writer' },
    });
    expect(answer.extensions?.bookmark).toBeTruthy();
    const read = await post(
      served.url,
      `query { actor(name: "Andrii Sybiha") { name statements { edges { node { text kind } } } } }`,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.actor.statements.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      kind: 'QUOTE',
      text: 'We will not give up our land, because our people stand behind us.',
    });
  }, 300_000);
});

describe('ingestArticle without an engine', () => {
  const served = useServed(() => serve(testDatabase(), { auth: TEST_AUTH }));

  it('is ENGINE_UNAVAILABLE with a hint, and writes nothing', async () => {
    const before = await graphSnapshot(api.db);
    const answer = await post(
      served.url,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { draft } }`,
      { input: { text: 'Kyiv said it was ready.', publisher: 'Wire', published: '2025-07-21' } },
      bearer(WRITER_KEY),
    );
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['ENGINE_UNAVAILABLE']);
    expect(answer.errors![0]!.extensions!.hint).toMatch(/Nothing was written/);
    expect((await graphSnapshot(api.db)).fingerprint === before.fingerprint, 'unchanged').toBe(true);
  });
});
