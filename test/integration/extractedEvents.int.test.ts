/**
 * Extracted events through the API: a wire report's draft, made from the engine's recorded annotations
 * (test/fixtures/extract/events-talks.*) against the actors the graph holds, is loaded like any facts file; the
 * talks it reports are then one Event with its host, parties and delegation leaders, and the statement about
 * the talks is found by them. Everything the draft defines is removed afterwards, and only that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFromAnnotations } from '../../src/extract/extractFacts.js';
import type { FactsFileInput } from '../../src/ingest/factsSchema.js';
import { importFacts } from '../../src/ingest/writeFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';
import { KnownActorsRepository } from '../../src/repositories/knownActorsRepository.js';
import { useTestApi } from '../helpers/api.js';
import { evidenceIds, graphSnapshot, removeTestFacts, type GraphSnapshot } from '../helpers/graph.js';
import { tempDir } from '../helpers/processes.js';
import { PROJECT_ROOT } from '../helpers/seedFacts.js';

const api = useTestApi();
const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/extract/events-talks');

describe('events extracted from a report, loaded and queried', () => {
  const dir = tempDir('actorgraph-extracted-events-');
  let before: GraphSnapshot;
  let evidenceBefore: Set<string>;
  let draft: FactsFileInput;

  beforeAll(async () => {
    before = await graphSnapshot(api.db);
    evidenceBefore = await evidenceIds(api.db);
    const text = fs.readFileSync(`${FIXTURE}.txt`, 'utf8');
    const annotations = JSON.parse(fs.readFileSync(`${FIXTURE}.corenlp.json`, 'utf8')) as AnnotatedDocument;
    const known = await new KnownActorsRepository(api.db).all();
    draft = draftFromAnnotations(
      { text, publisher: 'Wire', published: '2025-09-03' },
      annotations,
      known,
      'recorded',
    ).facts;
    draft.sources[0]!.textFile = 'talks.txt';
    fs.writeFileSync(path.join(dir.dir, 'talks.txt'), text);
    fs.writeFileSync(path.join(dir.dir, 'talks.yaml'), stringify(draft));
    await importFacts(api.db, path.join(dir.dir, 'talks.yaml'));
  });

  afterAll(async () => {
    const made = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
    const ids = [draft.sources, draft.actors, draft.roles, draft.tenures, draft.events, draft.statements].flatMap(
      (list) => (list ?? []).map((x) => x.id),
    );
    await removeTestFacts(api.db, ids, made);
    expect((await graphSnapshot(api.db)).fingerprint === before.fingerprint, 'graph restored').toBe(true);
    dir.remove();
  });

  it('answers the talks as one Event with each participant in its part, and the statement about them', async () => {
    const talks = draft.events!.find((e) => e.type === 'NEGOTIATIONS')!;
    const focus = draft.statements!.find((st) => st.text.includes('focus on the border'))!;
    const data = await api.query(
      `query($event: ID!, $statement: ID!) {
        event: node(id: $event) { ... on Event { type status participants { role actor { name } } } }
        statement: node(id: $statement) { ... on Statement { about { id } } }
      }`,
      { event: talks.id, statement: focus.id },
    );
    expect(data.event.type).toBe('NEGOTIATIONS');
    expect(data.event.status).toBe('PLANNED');
    const parts = data.event.participants.map(
      (p: { role: string; actor: { name: string } }) => `${p.actor.name} ${p.role}`,
    );
    expect(parts.sort()).toEqual([
      'Armenia PARTICIPANT',
      'Azerbaijan PARTICIPANT',
      'Elchin Amirbayov DELEGATION_LEADER',
      'Switzerland HOST',
      'Vahan Kostanyan DELEGATION_LEADER',
    ]);
    expect(data.statement.about).toEqual([{ id: talks.id }]);
  });
});
