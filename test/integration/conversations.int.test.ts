/**
 * Conversations: threads of responses and interlocutors, checked against the seed facts file.
 * The statements filters, their paging and the speaker's role are in statements.int.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import type { Page } from '../helpers/connections.js';
import { seedFacts, sorted, statementFact } from '../helpers/seedFacts.js';

const facts = seedFacts();
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const PESKOV_ACK = 'stmt:peskov-acknowledges-more-momentum';
const MORE_MOMENTUM = 'stmt:zelenskyy-peace-process-more-momentum';

const api = useTestApi();

/** RESPONDS_TO edges of the facts file: a statement's respondsTo, and relations of that type. */
const respondsTo = new Map<string, string[]>();
for (const s of facts.statements) respondsTo.set(s.id, [...s.respondsTo]);
for (const r of facts.relations.filter((x) => x.type === 'RESPONDS_TO'))
  respondsTo.set(r.from, [...(respondsTo.get(r.from) ?? []), r.to]);

/** The thread the schema describes: what it answers transitively (-depth), itself (0), what answers it (+depth). */
function expectedThread(id: string): Array<[string, number]> {
  const walk = (next: (x: string) => string[], sign: number): Array<[string, number]> => {
    const seen = new Map<string, number>();
    let frontier = [id];
    for (let depth = 1; frontier.length > 0 && depth <= 10; depth++) {
      const nextFrontier: string[] = [];
      for (const x of frontier)
        for (const y of next(x))
          if (!seen.has(y) && y !== id) {
            seen.set(y, sign * depth);
            nextFrontier.push(y);
          }
      frontier = nextFrontier;
    }
    return [...seen];
  };
  const answered = walk((x) => respondsTo.get(x) ?? [], -1);
  const answers = walk((x) => [...respondsTo].filter(([, targets]) => targets.includes(x)).map(([from]) => from), 1);
  return [...answered, [id, 0], ...answers];
}

const THREAD = `thread { depth node { id ... on Statement { text } ... on Event { title } } }`;

describe('Statement.thread: the conversation around a statement', () => {
  async function thread(id: string): Promise<Array<{ depth: number; node: { id: string } }>> {
    const data = await api.query<{ node: { thread: Array<{ depth: number; node: { id: string } }> } }>(
      `{ node(id: "${id}") { ... on Statement { ${THREAD} } } }`,
    );
    return data.node.thread;
  }

  it('Peskov\'s acknowledgement: Zelenskyy\'s "more momentum" at negative depth, itself at depth 0', async () => {
    expect(statementFact(PESKOV_ACK).respondsTo).toContain(MORE_MOMENTUM);
    const entries = await thread(PESKOV_ACK);
    const momentum = entries.find((e) => e.node.id === MORE_MOMENTUM);
    expect(momentum).toBeDefined();
    expect(momentum!.depth).toBeLessThan(0);
    expect(momentum!.depth).toBe(-1);
    expect(entries.filter((e) => e.depth === 0).map((e) => e.node.id)).toEqual([PESKOV_ACK]);
  });

  it('a statement others respond to has them at positive depth', async () => {
    const answered = facts.statements.filter((s) => facts.statements.some((o) => o.respondsTo.includes(s.id)));
    expect(answered.length).toBeGreaterThan(1);
    for (const s of answered) {
      const responders = facts.statements.filter((o) => o.respondsTo.includes(s.id)).map((o) => o.id);
      const entries = await thread(s.id);
      for (const r of responders)
        expect(entries, `${r} answers ${s.id}`).toContainEqual(
          expect.objectContaining({ depth: 1, node: expect.objectContaining({ id: r }) }),
        );
      expect(entries.filter((e) => e.depth === 0).map((e) => e.node.id)).toEqual([s.id]);
    }
  });

  it('Zelenskyy\'s "more momentum" has Peskov\'s acknowledgement at depth 1', async () => {
    const entries = await thread(MORE_MOMENTUM);
    expect(entries.map((e) => [e.node.id, e.depth])).toEqual([
      [MORE_MOMENTUM, 0],
      [PESKOV_ACK, 1],
    ]);
  });

  it('every statement: the thread holds exactly what the facts file chains, each at its depth, in depth order', async () => {
    const data = await api.query<{
      statements: Page<{ id: string; thread: Array<{ depth: number; node: { id: string } }> }>;
    }>(`{ statements(first: 100) { edges { node { id ${THREAD} } } } }`);
    let longer = 0;
    for (const { node } of data.statements.edges) {
      const actual = node.thread.map((e): [string, number] => [e.node.id, e.depth]);
      expect(sorted(actual.map((x) => x.join(' @ '))), node.id).toEqual(
        sorted(expectedThread(node.id).map((x) => x.join(' @ '))),
      );
      const depths = node.thread.map((e) => e.depth);
      expect(depths).toEqual([...depths].sort((a, b) => a - b));
      if (actual.length > 1) longer += 1;
    }
    expect(longer).toBeGreaterThan(5);
  });

  it('respondsTo and responses agree with the facts file', async () => {
    const data = await api.query<{
      statements: Page<{ id: string; respondsTo: Array<{ id: string }>; responses: Array<{ id: string }> }>;
    }>(`{ statements(first: 100) { edges { node { id respondsTo { id } responses { id } } } } }`);
    for (const { node } of data.statements.edges) {
      expect(sorted(node.respondsTo.map((n) => n.id)), node.id).toEqual(sorted(statementFact(node.id).respondsTo));
      expect(sorted(node.responses.map((n) => n.id)), node.id).toEqual(
        sorted(facts.statements.filter((o) => o.respondsTo.includes(node.id)).map((o) => o.id)),
      );
    }
  });
});

describe('Actor.interlocutors: whom it addresses and who addresses it', () => {
  /** From the facts file: for actor x, per other actor y, statements of x addressed to y and of y addressed to x. */
  function expectedInterlocutors(x: string): Map<string, { addressed: number; addressedBy: number }> {
    const out = new Map<string, { addressed: number; addressedBy: number }>();
    const bump = (y: string, field: 'addressed' | 'addressedBy') => {
      const entry = out.get(y) ?? { addressed: 0, addressedBy: 0 };
      entry[field] += 1;
      out.set(y, entry);
    };
    for (const s of facts.statements) {
      if (s.speaker === x) for (const y of s.addressees) if (y !== x) bump(y, 'addressed');
      if (s.addressees.includes(x) && s.speaker !== x) bump(s.speaker, 'addressedBy');
    }
    return out;
  }

  it('the counts of every actor match the facts file, most exchanges first', async () => {
    const data = await api.query<{
      actors: Page<{
        id: string;
        interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }>;
      }>;
    }>(
      `{ actors(first: 100) { totalCount edges { node { id interlocutors { actor { id } addressed addressedBy } } } } }`,
    );
    expect(data.actors.edges).toHaveLength(facts.actors.length);
    let withSome = 0;
    for (const { node } of data.actors.edges) {
      const expected = expectedInterlocutors(node.id);
      const actual = new Map(
        node.interlocutors.map((i) => [i.actor.id, { addressed: i.addressed, addressedBy: i.addressedBy }]),
      );
      expect(actual.size, `${node.id}: one entry per interlocutor`).toBe(node.interlocutors.length);
      expect(Object.fromEntries(actual), node.id).toEqual(Object.fromEntries(expected));
      const totals = node.interlocutors.map((i) => i.addressed + i.addressedBy);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      if (expected.size > 0) withSome += 1;
    }
    expect(withSome).toBeGreaterThan(3);
  });

  it('Russia is addressed by Ukraine, by Trump and by Zelenskyy; Zelenskyy addresses Putin and Russia', async () => {
    const data = await api.query<{
      r: { interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }> };
      z: { interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }> };
    }>(
      `{ r: actor(id: "country:russia") { interlocutors { actor { id } addressed addressedBy } }
         z: actor(name: "Zelensky") { interlocutors { actor { id } addressed addressedBy } } }`,
    );
    const russia = expectedInterlocutors('country:russia');
    expect(russia.get('country:ukraine')?.addressedBy).toBeGreaterThan(0);
    expect(russia.get('person:donald-trump')?.addressedBy).toBeGreaterThan(0);
    expect(data.r.interlocutors).toContainEqual({ actor: { id: 'country:ukraine' }, ...russia.get('country:ukraine') });
    expect(data.r.interlocutors).toContainEqual({
      actor: { id: 'person:donald-trump' },
      ...russia.get('person:donald-trump'),
    });
    const zelenskyy = expectedInterlocutors(ZELENSKYY);
    expect(sorted(zelenskyy.keys())).toEqual(['country:russia', 'person:vladimir-putin']);
    expect(data.z.interlocutors).toHaveLength(2);
    for (const id of zelenskyy.keys())
      expect(data.z.interlocutors).toContainEqual({ actor: { id }, ...zelenskyy.get(id) });
  });
});
