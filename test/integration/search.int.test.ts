/**
 * Full-text search over names, aliases, role titles, statement text and event titles, best first.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { seedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) { score caption node { __typename id } } }`;
interface Hit {
  score: number;
  caption: string;
  node: { __typename: string; id: string };
}
const search = async (text: string, first?: number): Promise<Hit[]> =>
  (await api.query(SEARCH, { text, ...(first === undefined ? {} : { first }) })).search;

describe('search', () => {
  it('ranks Rustem Umerov first for "Umerov"', async () => {
    const hits = await search('Umerov');
    expect(hits[0]?.node).toEqual({ __typename: 'Person', id: 'person:rustem-umerov' });
    expect(hits[0]?.caption).toBe('Rustem Umerov');
  });

  it.each(['Umer', 'umerov', 'UMEROV', 'Úmerov'])(
    'finds Umerov first while typing or in any case: %j',
    async (text) => {
      expect((await search(text))[0]?.node.id).toBe('person:rustem-umerov');
    },
  );

  it('finds actors by an alias', async () => {
    expect((await search('Zelenskiy'))[0]?.node.id).toBe('person:volodymyr-zelenskyy');
    expect((await search('RNBO'))[0]?.node.id).toBe('org:ua-nsdc');
  });

  it('finds posts by title, statements by their words and events by title', async () => {
    const secretary = (await search('Secretary Security Defence Council')).map((h) => h.node.id);
    expect(secretary).toContain('role:ua-nsdc-secretary');
    const blackmail = await search('blackmail');
    expect(blackmail[0]?.node).toEqual({ __typename: 'Statement', id: 'stmt:zakharova-calls-ultimatum-blackmail' });
    // A quotation's caption is the quotation in quote marks.
    expect(blackmail[0]?.caption).toBe('“blackmail”');
    const ultimatum = (await search('ultimatum')).map((h) => h.node.id);
    expect(ultimatum).toContain('event:trump-ultimatum-russia-2025-07-14');
  });

  it('captions name each hit: an actor its name, a post its title, an event its title', async () => {
    for (const hit of await search('Ukraine', 100)) {
      const actor = facts.actors.find((a) => a.id === hit.node.id);
      const role = facts.roles.find((r) => r.id === hit.node.id);
      const event = facts.events.find((e) => e.id === hit.node.id);
      const stmt = facts.statements.find((s) => s.id === hit.node.id);
      const expected =
        actor?.name ?? role?.title ?? event?.title ?? (stmt && (stmt.kind === 'QUOTE' ? `“${stmt.text}”` : stmt.text));
      expect(hit.caption, hit.node.id).toBe(expected);
    }
  });

  it('orders hits best first and keeps to first', async () => {
    const all = await search('Russia', 100);
    expect(all.length).toBeGreaterThan(3);
    const scores = all.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const three = await search('Russia', 3);
    expect(three).toHaveLength(3);
    expect(three.map((h) => h.node.id)).toEqual(all.slice(0, 3).map((h) => h.node.id));
    expect(new Set(all.map((h) => h.node.id)).size).toBe(all.length);
  });

  it('defaults to 10 hits', async () => {
    expect((await search('Russia')).length).toBe(Math.min(10, (await search('Russia', 100)).length));
  });

  it('treats query syntax as words: no error, no injection', async () => {
    for (const text of ['Umerov)', 'Umerov AND', '"Umerov', 'name:Umerov', 'Umer*v~', '\\', '*']) {
      const result = await api.execute(SEARCH, { text });
      expect(result.errors, text).toBeUndefined();
    }
    expect((await search('Umerov)'))[0]?.node.id).toBe('person:rustem-umerov');
  });

  it('finds nothing for words the graph does not hold', async () => {
    expect(await search('xylophonist')).toEqual([]);
  });

  it('never returns evidence or sources, which are not searchable', async () => {
    for (const hit of await search('National Times Al Jazeera report', 100))
      expect(['Person', 'Organization', 'Country', 'Role', 'Statement', 'Event']).toContain(hit.node.__typename);
  });
});
