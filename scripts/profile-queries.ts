/**
 * `npm run profile`: runs representative operations through the real API with every
 * Cypher query PROFILEd, and prints each query's database hits as a Markdown table
 * (the figures in docs/performance.md). Uses NEO4J_URI if set, else a throwaway local Neo4j.
 */
import { DEFAULT_NEO4J_TIMEOUTS, loadConfig } from '../src/config.js';
import { createContext, createRepositories } from '../src/context.js';
import { connect, type QueryEvent } from '../src/db/database.js';
import { openSeededDatabase } from '../src/db/seededDatabase.js';
import { createApolloServer } from '../src/server.js';

const OPERATIONS: Array<[string, string]> = [
  ['node by id', '{ node(id: "person:rustem-umerov") { id } }'],
  ['actor by name', '{ actor(name: "zelensky") { id } }'],
  ['actors page', '{ actors(first: 10) { totalCount edges { node { id } } } }'],
  ['search', '{ search(text: "Umerov") { score } }'],
  [
    'statements, all filters',
    '{ statements(speaker: "person:volodymyr-zelenskyy", kind: QUOTE, from: "2025-07-01", to: "2025-07-31") { totalCount edges { node { id } } } }',
  ],
  [
    'statements with speaker, role, addressees, evidence',
    '{ statements(first: 50) { edges { node { speaker { name } speakerRole { title } addressees { name } evidence { excerpt } } } } }',
  ],
  ['events by actor', '{ events(actor: "person:donald-trump") { id } }'],
  [
    'person roles at a date',
    '{ actor(id: "person:rustem-umerov") { ... on Person { roles(at: "2025-06-01") { role { title } } } } }',
  ],
  [
    'shortestPath Zakharova → Trump',
    '{ shortestPath(from: "person:maria-zakharova", to: "person:donald-trump") { length } }',
  ],
  [
    'shortestPath Zakharova → Umerov, maxHops 6',
    '{ shortestPath(from: "person:maria-zakharova", to: "person:rustem-umerov", maxHops: 6) { length } }',
  ],
  [
    'paths Zakharova → Trump, first 10',
    '{ paths(from: "person:maria-zakharova", to: "person:donald-trump", first: 10) { length } }',
  ],
  ['neighborhood Umerov depth 1', '{ neighborhood(id: "person:rustem-umerov") { truncated } }'],
  ['neighborhood Ukraine depth 2', '{ neighborhood(id: "country:ukraine", depth: 2) { truncated } }'],
  [
    'neighborhood Ukraine depth 3, at 2025-06-01',
    '{ neighborhood(id: "country:ukraine", depth: 3, at: "2025-06-01") { truncated } }',
  ],
  ['timeline Umerov', '{ timeline(actor: "person:rustem-umerov") { kind } }'],
  [
    'timeline Umerov, page of 5',
    '{ timelineConnection(actor: "person:rustem-umerov", first: 5) { edges { cursor } } }',
  ],
  [
    'thread + interlocutors',
    '{ statements { edges { node { thread { depth } speaker { interlocutors { addressed } } } } } }',
  ],
];

const seeded = await openSeededDatabase(loadConfig(), () => {});
// A measurement waits for its answer: the API's interactive read bound would cut a PROFILE on a busy machine.
const timeouts = { ...DEFAULT_NEO4J_TIMEOUTS, readMs: DEFAULT_NEO4J_TIMEOUTS.writeMs };
const db = connect(seeded.connection, { profile: true, timeouts });
const apollo = createApolloServer();
await apollo.start();
const repos = createRepositories(db);
try {
  console.log('| operation | Cypher query (name) | db hits |');
  console.log('| --- | --- | ---: |');
  for (const [label, query] of OPERATIONS) {
    const events: QueryEvent[] = [];
    const stop = db.onQuery((e) => events.push(e));
    const response = await apollo.executeOperation({ query }, { contextValue: createContext(repos) });
    stop();
    if (response.body.kind === 'single' && response.body.singleResult.errors) {
      throw new Error(`${label}: ${JSON.stringify(response.body.singleResult.errors)}`);
    }
    // Batched queries finish in any order: list them by name so runs compare line by line.
    events.sort((a, b) => (a === events[0] ? -1 : b === events[0] ? 1 : a.name.localeCompare(b.name)));
    events.forEach((e, i) => console.log(`| ${i === 0 ? label : ''} | ${e.name} | ${e.dbHits ?? '–'} |`));
  }
} finally {
  await apollo.stop();
  await db.close();
  await seeded.close();
}
