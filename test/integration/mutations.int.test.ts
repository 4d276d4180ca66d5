/**
 * Mutations over GraphQL over HTTP: each fact kind added with its evidence checked against the source text,
 * per-field errors, aliases, merging, addressees added and removed, retraction hiding a fact from reads, a
 * whole facts file, and the audit trail of it all. Everything the tests write is removed again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';
import { bearer, post, quote, removeTestWrites, TEST_AUTH, TEST_TEXT, WRITER_KEY } from '../helpers/writes.js';

const SOURCE = 'source:test-writes-wire';
const RESULT =
  'change { id by mutation extractor reason addedNodes addedEdges retractedNodes retractedEdges } replayed';

const served = useServed(() => serve(testDatabase(), { auth: TEST_AUTH }));
const write = (query: string, variables: Record<string, unknown> = {}) =>
  post(served.url, query, variables, bearer(WRITER_KEY));
const read = (query: string, variables: Record<string, unknown> = {}) => post(served.url, query, variables);

afterAll(async () => {
  const db = testDatabase();
  await removeTestWrites(db);
  await db.close();
});

const actor = (id: string, name: string, excerpt: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: id.startsWith('person:') ? 'PERSON' : 'COUNTRY',
  name,
  evidence: [quote(excerpt, SOURCE)],
  ...extra,
});

async function addActor(input: Record<string, unknown>) {
  const answer = await write(
    `mutation($input: ActorInput!) { addActor(input: $input) { ${RESULT} node { id ... on Actor { name aliases } } } }`,
    { input },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.addActor;
}

describe('adding facts', () => {
  it('adds a source with its text, then actors whose evidence quotes it', async () => {
    const source = await write(`mutation($input: SourceInput!) { addSource(input: $input) { ${RESULT} } }`, {
      input: { id: SOURCE, title: 'Test wire', publisher: 'Test Wire', published: '2025-07-21', text: TEST_TEXT },
    });
    expect(source.errors).toBeUndefined();
    expect(source.data!.addSource.change.addedNodes).toEqual([SOURCE]);

    const olena = await addActor(
      actor('person:test-writes-olena', 'Olena Testenko', 'Olena Testenko', { extractedBy: 'test-extractor 1.2' }),
    );
    expect(olena.node).toEqual({ id: 'person:test-writes-olena', name: 'Olena Testenko', aliases: [] });
    expect(olena.change).toMatchObject({
      mutation: 'addActor',
      by: 'key:test-writes-writer',
      extractor: 'test-extractor 1.2',
    });
    await addActor(actor('country:test-writes-testland', 'Testland', 'Testland'));
    await addActor(actor('person:test-writes-ivan', 'Ivan Probov', 'Ivan Probov'));

    const back = await read(
      '{ node(id: "person:test-writes-olena") { ... on Person { name evidence { excerpt source { id } } } } }',
    );
    expect(back.data!.node).toEqual({
      name: 'Olena Testenko',
      evidence: [{ excerpt: 'Olena Testenko', source: { id: SOURCE } }],
    });
  });

  it('refuses evidence that does not match its source, naming the field, and writes nothing', async () => {
    const wrong = { ...quote('Olena Testenko', SOURCE), excerpt: 'Olena Testenko!' };
    const answer = await write(`mutation($input: ActorInput!) { addActor(input: $input) { ${RESULT} } }`, {
      input: { ...actor('person:test-writes-nobody', 'Nobody', 'Olena Testenko'), evidence: [wrong] },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.evidence[0].excerpt',
    });
    expect(answer.errors?.[0]?.message).toContain('does not match the text');
    const none = await read('{ node(id: "person:test-writes-nobody") { id } }');
    expect(none.data!.node).toBeNull();
  });

  it('reports every wrong field of an input at once, each with its path', async () => {
    const answer = await write(`mutation($input: ActorInput!) { addActor(input: $input) { ${RESULT} } }`, {
      input: { ...actor('Person:Bad Id', 'X', 'Testland'), confidence: 3 },
    });
    const fields = (answer.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.id', 'input.confidence']));
  });

  it('adds a statement with speaker, addressee, subject and evidence, and an event with participants', async () => {
    const said = quote('told the Test Council on Monday that talks must resume', SOURCE);
    const statement = await write(`mutation($input: StatementInput!) { addStatement(input: $input) { ${RESULT} } }`, {
      input: {
        id: 'stmt:test-writes-resume',
        kind: 'PARAPHRASE',
        text: 'Talks must resume.',
        speaker: 'person:test-writes-olena',
        addressees: [{ id: 'country:test-writes-testland' }],
        about: [{ id: 'person:test-writes-ivan', basis: 'INFERRED', reasoning: 'Ivan answers for Testland' }],
        date: '2025-07-21',
        evidence: [said],
      },
    });
    expect(statement.errors).toBeUndefined();
    expect(statement.data!.addStatement.change.addedEdges).toEqual(
      expect.arrayContaining([
        'person:test-writes-olena>SAID>stmt:test-writes-resume',
        'stmt:test-writes-resume>ADDRESSED_TO>country:test-writes-testland',
        'stmt:test-writes-resume>ABOUT>person:test-writes-ivan',
      ]),
    );
    const event = await write(`mutation($input: EventInput!) { addEvent(input: $input) { ${RESULT} } }`, {
      input: {
        id: 'event:test-writes-refusal',
        type: 'REFUSAL',
        title: 'Testland refuses talks',
        participants: [
          {
            actor: 'country:test-writes-testland',
            role: 'REJECTER',
            evidence: [quote('Testland would not negotiate', SOURCE)],
          },
        ],
        evidence: [quote('Testland would not negotiate', SOURCE)],
      },
    });
    expect(event.errors).toBeUndefined();
    const back = await read(`{
      statement: node(id: "stmt:test-writes-resume") { ... on Statement { speaker { id } addressees { id } subjectLinks { basis node { id } } } }
      event: node(id: "event:test-writes-refusal") { ... on Event { participants { role actor { id } } } }
    }`);
    expect(back.data).toEqual({
      statement: {
        speaker: { id: 'person:test-writes-olena' },
        addressees: [{ id: 'country:test-writes-testland' }],
        subjectLinks: [{ basis: 'INFERRED', node: { id: 'person:test-writes-ivan' } }],
      },
      event: { participants: [{ role: 'REJECTER', actor: { id: 'country:test-writes-testland' } }] },
    });
  });

  it('adds a role and a tenure', async () => {
    const role = await write(`mutation($input: RoleInput!) { addRole(input: $input) { ${RESULT} } }`, {
      input: {
        id: 'role:test-writes-minister',
        title: 'test minister of Ruritania',
        evidence: [quote('the test minister of Ruritania', SOURCE)],
      },
    });
    expect(role.errors).toBeUndefined();
    const tenure = await write(`mutation($input: TenureInput!) { addTenure(input: $input) { ${RESULT} } }`, {
      input: {
        id: 'tenure:test-writes-olena-minister',
        person: 'person:test-writes-olena',
        role: 'role:test-writes-minister',
        current: true,
        evidence: [quote('Olena Testenko, the test minister of Ruritania', SOURCE)],
      },
    });
    expect(tenure.errors).toBeUndefined();
    const back = await read(
      '{ actor(id: "person:test-writes-olena") { ... on Person { roles { current role { title } } } } }',
    );
    expect(back.data!.actor.roles).toEqual([{ current: true, role: { title: 'test minister of Ruritania' } }]);
  });
});

describe('correcting facts', () => {
  it('adds an alias that name look-ups then find', async () => {
    const answer = await write(
      `mutation { addAlias(actor: "person:test-writes-ivan", alias: "Ivan Probow") { ${RESULT} } }`,
    );
    expect(answer.errors).toBeUndefined();
    const found = await read('{ actor(name: "ivan probow") { id aliases } }');
    expect(found.data!.actor).toEqual({ id: 'person:test-writes-ivan', aliases: ['Ivan Probow'] });
  });

  it('adds and removes an addressee; the removed one is kept with its reason, and hidden', async () => {
    const added = await write(
      `mutation { addAddressee(statement: "stmt:test-writes-resume", addressee: { id: "person:test-writes-ivan" }) { ${RESULT} } }`,
    );
    expect(added.errors).toBeUndefined();
    const edge = 'stmt:test-writes-resume>ADDRESSED_TO>person:test-writes-ivan';
    expect(added.data!.addAddressee.change.addedEdges).toEqual([edge]);
    const both = await read(
      '{ statement: node(id: "stmt:test-writes-resume") { ... on Statement { addressees { id } } } }',
    );
    expect(both.data!.statement.addressees.map((a: { id: string }) => a.id).sort()).toEqual([
      'country:test-writes-testland',
      'person:test-writes-ivan',
    ]);

    const removed = await write(
      `mutation { removeAddressee(statement: "stmt:test-writes-resume", addressee: "person:test-writes-ivan", reason: "He is the subject, not an addressee") { ${RESULT} } }`,
    );
    expect(removed.data!.removeAddressee.change).toMatchObject({
      retractedEdges: [edge],
      reason: 'He is the subject, not an addressee',
    });
    const one = await read(
      '{ statement: node(id: "stmt:test-writes-resume") { ... on Statement { addressees { id } } } }',
    );
    expect(one.data!.statement.addressees).toEqual([{ id: 'country:test-writes-testland' }]);

    const again = await write(
      `mutation { removeAddressee(statement: "stmt:test-writes-resume", addressee: "person:test-writes-ivan", reason: "twice") { ${RESULT} } }`,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'addressee' });
  });

  it('retracts a statement: gone from every default read, kept with its reason', async () => {
    const answer = await write(
      `mutation { retract(id: "stmt:test-writes-resume", reason: "Misattributed") { ${RESULT} } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.retract.change.retractedNodes).toEqual(['stmt:test-writes-resume']);
    const back = await read(`{
      statement: node(id: "stmt:test-writes-resume") { ... on Statement { id } }
      actor(id: "person:test-writes-olena") { statements { totalCount } relations(types: ["SAID"]) { id } }
      neighborhood(id: "person:test-writes-olena", depth: 2) { nodes { id } }
    }`);
    expect(back.data!.statement).toBeNull();
    expect(back.data!.actor).toEqual({ statements: { totalCount: 0 }, relations: [] });
    expect(back.data!.neighborhood.nodes.map((n: { id: string }) => n.id)).not.toContain('stmt:test-writes-resume');

    const db = testDatabase();
    const [kept] = await db.read<{ reason: string; labels: string[] }>(
      'test:retracted',
      "MATCH (n:Retracted {id: 'stmt:test-writes-resume'}) RETURN n.retractedReason AS reason, n.retractedLabels AS labels",
    );
    await db.close();
    expect(kept).toEqual({ reason: 'Misattributed', labels: expect.arrayContaining(['Node', 'Statement']) });
  });

  it('merges a duplicate actor: its relationships and names move, it is retracted', async () => {
    await addActor(actor('person:test-writes-olena-dup', 'O. Testenko', 'Olena Testenko'));
    await write(`mutation($input: StatementInput!) { addStatement(input: $input) { ${RESULT} } }`, {
      input: {
        id: 'stmt:test-writes-dup-said',
        kind: 'QUOTE',
        text: 'talks must resume',
        speaker: 'person:test-writes-olena-dup',
        evidence: [quote('talks must resume', SOURCE)],
      },
    });
    const merged = await write(
      `mutation { mergeActors(keep: "person:test-writes-olena", duplicate: "person:test-writes-olena-dup", reason: "Same person") { ${RESULT} node { ... on Actor { aliases } } } }`,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeActors.node.aliases).toContain('O. Testenko');
    expect(merged.data!.mergeActors.change).toMatchObject({
      retractedNodes: ['person:test-writes-olena-dup'],
      addedEdges: ['person:test-writes-olena>SAID>stmt:test-writes-dup-said'],
    });
    const back = await read(`{
      dup: node(id: "person:test-writes-olena-dup") { id }
      statement: node(id: "stmt:test-writes-dup-said") { ... on Statement { speaker { id } } }
    }`);
    expect(back.data).toEqual({ dup: null, statement: { speaker: { id: 'person:test-writes-olena' } } });
  });

  it('refuses to retract what is not there', async () => {
    const answer = await write(`mutation { retract(id: "stmt:test-writes-never", reason: "x") { ${RESULT} } }`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('importFacts', () => {
  const file = `
sources:
  - id: source:test-writes-file
    title: Test file source
    publisher: Test Wire
    textFile: ignored.txt
actors:
  - { id: "country:test-writes-alpha", kind: COUNTRY, name: Alphaland, evidence: [{ start: 0, end: 9, excerpt: Alphaland }] }
  - { id: "country:test-writes-beta", kind: COUNTRY, name: Betaland, evidence: [{ start: 14, end: 22, excerpt: Betaland }] }
`;
  const texts = [{ source: 'source:test-writes-file', text: 'Alphaland and Betaland met.' }];

  it('loads a whole file in one change; facts written together are no path to each other', async () => {
    const answer = await write(
      `mutation($file: String!, $texts: [SourceTextInput!]) { importFacts(file: $file, texts: $texts) { ${RESULT} } }`,
      { file, texts },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importFacts.change.addedNodes.sort()).toEqual([
      'country:test-writes-alpha',
      'country:test-writes-beta',
      'source:test-writes-file',
    ]);
    // Their one Change links to both: paths and neighbourhoods must not walk through it.
    const path = await read(
      '{ shortestPath(from: "country:test-writes-alpha", to: "country:test-writes-beta", maxHops: 4) { length } }',
    );
    expect(path.data!.shortestPath).toBeNull();
  });

  it('names the entry and field of a file that fails a check', async () => {
    const bad = file.replace('end: 22, excerpt: Betaland', 'end: 22, excerpt: Gammaland');
    const answer = await write(
      `mutation($file: String!, $texts: [SourceTextInput!]) { importFacts(file: $file, texts: $texts) { ${RESULT} } }`,
      {
        file: bad,
        texts,
      },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file: actors[1] (country:test-writes-beta).evidence[0].excerpt',
    });
  });
});

describe('the audit trail', () => {
  it('shows each node its changes, newest first, with who, which mutation and which extractor', async () => {
    const answer = await read(
      '{ node(id: "person:test-writes-ivan") { ... on Actor { history { mutation by extractor at } } } }',
    );
    const history = answer.data!.node.history as Array<{ mutation: string; by: string; at: string }>;
    // Every change that wrote Ivan or an edge of his: the statement about him, the addressee added and removed.
    expect(history.map((h) => h.mutation)).toEqual([
      'retract',
      'removeAddressee',
      'addAddressee',
      'addAlias',
      'addStatement',
      'addActor',
    ]);
    expect(history.every((h) => h.by === 'key:test-writes-writer')).toBe(true);
    expect(Date.parse(history[0]!.at)).toBeGreaterThanOrEqual(Date.parse(history[1]!.at));
    const olena = await read(
      '{ node(id: "person:test-writes-olena") { ... on Actor { history { mutation extractor } } } }',
    );
    expect(olena.data!.node.history.at(-1)).toEqual({ mutation: 'addActor', extractor: 'test-extractor 1.2' });
  });

  it('shows a relation its changes', async () => {
    const answer = await read(
      '{ actor(id: "country:test-writes-testland") { relations(types: ["REJECTED"]) { id history { mutation } } } }',
    );
    expect(answer.data!.actor.relations).toEqual([
      { id: 'country:test-writes-testland>REJECTED>event:test-writes-refusal', history: [{ mutation: 'addEvent' }] },
    ]);
  });

  it('pages the log newest first, filtered by actor, caller and time', async () => {
    const all = await read(
      '{ auditLog(first: 100, by: "key:test-writes-writer") { edges { node { id at mutation } } } }',
    );
    const changes = all.data!.auditLog.edges.map((e: { node: { id: string; at: string } }) => e.node);
    expect(changes.length).toBeGreaterThanOrEqual(10);
    const times = changes.map((c: { at: string }) => Date.parse(c.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof read>> = await read(
        'query($after: String) { auditLog(first: 3, after: $after, by: "key:test-writes-writer") { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      pages.push(...page.data!.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.data!.auditLog.pageInfo.hasNextPage ? page.data!.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(changes.map((c: { id: string }) => c.id));

    const ivan = await read('{ auditLog(actor: "person:test-writes-ivan") { edges { node { mutation } } } }');
    expect(ivan.data!.auditLog.edges.map((e: { node: { mutation: string } }) => e.node.mutation)).toContain('addAlias');
    const future = await read('{ auditLog(from: "2999-01-01T00:00:00Z") { edges { node { id } } } }');
    expect(future.data!.auditLog.edges).toEqual([]);
    const before = await read(
      `{ auditLog(to: "${changes.at(-1).at}", by: "key:test-writes-writer") { edges { node { id } } } }`,
    );
    expect(before.data!.auditLog.edges).toEqual([]);
  });
});
