/**
 * Posts, tenures and who heads what: Person.roles, Role.*, Tenure.*, Organization.heads, against the facts file.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { validOn } from '../helpers/dates.js';
import { evidenceKeys, pick, roleFact, seedFacts, sorted, type FactTenure } from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const persons = facts.actors.filter((a) => a.kind === 'PERSON');

const TENURE = `id start startPrecision end endPrecision current note person { id } role { id title } evidence { start end excerpt source { id } }`;

describe('Person.roles', () => {
  it.each(persons.map((p) => p.id))('%s: every tenure of the facts file, with all its fields', async (id) => {
    const data = await api.query(`query($id: ID!) { actor(id: $id) { ... on Person { roles { ${TENURE} } } } }`, {
      id,
    });
    const expected = facts.tenures.filter((t) => t.person === id);
    expect(sorted(data.actor.roles.map((t: any) => t.id))).toEqual(sorted(expected.map((t) => t.id)));
    for (const fact of expected) {
      const tenure = data.actor.roles.find((t: any) => t.id === fact.id);
      expect(tenure).toMatchObject({
        ...pick(fact, ['start', 'startPrecision', 'end', 'endPrecision', 'current', 'note']),
        person: { id },
        role: { id: fact.role, title: roleFact(fact.role).title },
      });
      expect(evidenceKeys(tenure.evidence)).toEqual(evidenceKeys(fact.evidence));
    }
  });

  it.each([true, false])('current: %s keeps only the tenures that are (not) current', async (current) => {
    for (const person of persons) {
      const data = await api.query(
        `query($id: ID!, $c: Boolean) { actor(id: $id) { ... on Person { roles(current: $c) { id current } } } }`,
        { id: person.id, c: current },
      );
      const expected = facts.tenures.filter((t) => t.person === person.id && t.current === current).map((t) => t.id);
      expect(sorted(data.actor.roles.map((t: any) => t.id)), person.id).toEqual(sorted(expected));
      for (const t of data.actor.roles) expect(t.current).toBe(current);
    }
  });

  // Around Umerov's move: defence minister until the week of 7 July 2025, NSDC Secretary from that week.
  it.each([
    '2024-01-01',
    '2025-07-01',
    '2025-07-06',
    '2025-07-07',
    '2025-07-10',
    '2025-07-13',
    '2025-07-14',
    '2025-07-20',
    '2030-01-01',
  ])('at: %s keeps only the tenures held that day', async (at) => {
    for (const person of persons) {
      const data = await api.query(
        `query($id: ID!, $at: Date) { actor(id: $id) { ... on Person { roles(at: $at) { id } } } }`,
        { id: person.id, at },
      );
      const expected = facts.tenures.filter((t) => t.person === person.id && validOn(t, at)).map((t) => t.id);
      expect(sorted(data.actor.roles.map((t: any) => t.id)), `${person.id} at ${at}`).toEqual(sorted(expected));
    }
  });

  it('at and current combine', async () => {
    const data = await api.query(`{ actor(id: "person:rustem-umerov") { ... on Person {
      a: roles(at: "2025-07-10", current: false, certainty: POSSIBLE) { id }
      b: roles(at: "2025-07-10", current: true, certainty: POSSIBLE) { id }
      c: roles(at: "2025-07-01", current: true, certainty: POSSIBLE) { id }
      d: roles(at: "2025-07-10", current: true) { id }
    } } }`);
    expect(data.actor).toEqual({
      a: [{ id: 'tenure:umerov-ua-minister-of-defence' }],
      b: [{ id: 'tenure:umerov-ua-nsdc-secretary' }],
      c: [],
      // Not certain: "last week" may be 13-19 July.
      d: [],
    });
  });
});

describe('Role', () => {
  it.each(facts.roles.map((r) => [r.id, r] as const))(
    '%s: title, aliases, organization, country and evidence of the facts file',
    async (id, fact) => {
      const data = await api.query(
        `query($id: ID!) { node(id: $id) { ... on Role { id title aliases organization { id kind } country { id kind } evidence { start end excerpt } } } }`,
        { id },
      );
      expect(data.node).toMatchObject({
        id,
        title: fact.title,
        organization: fact.organization ? { id: fact.organization, kind: 'ORGANIZATION' } : null,
        country: fact.country ? { id: fact.country, kind: 'COUNTRY' } : null,
      });
      expect(sorted(data.node.aliases)).toEqual(sorted(fact.aliases));
      expect(evidenceKeys(data.node.evidence)).toEqual(evidenceKeys(fact.evidence));
    },
  );

  it.each(facts.roles.map((r) => r.id))('%s: holders are its tenures, filtered by at and current', async (id) => {
    const data = await api.query(
      `query($id: ID!) { node(id: $id) { ... on Role {
        all: holders { id person { id } role { id } }
        now: holders(current: true) { id }
        past: holders(current: false) { id }
        early: holders(at: "2025-07-01") { id }
        late: holders(at: "2025-07-20") { id }
      } } }`,
      { id },
    );
    const of = facts.tenures.filter((t) => t.role === id);
    expect(sorted(data.node.all.map((t: any) => t.id))).toEqual(sorted(of.map((t) => t.id)));
    for (const t of data.node.all) {
      expect(t.role.id).toBe(id);
      expect(t.person.id).toBe(of.find((f) => f.id === t.id)!.person);
    }
    expect(sorted(data.node.now.map((t: any) => t.id))).toEqual(sorted(of.filter((t) => t.current).map((t) => t.id)));
    expect(sorted(data.node.past.map((t: any) => t.id))).toEqual(sorted(of.filter((t) => !t.current).map((t) => t.id)));
    expect(sorted(data.node.early.map((t: any) => t.id))).toEqual(
      sorted(of.filter((t) => validOn(t, '2025-07-01')).map((t) => t.id)),
    );
    expect(sorted(data.node.late.map((t: any) => t.id))).toEqual(
      sorted(of.filter((t) => validOn(t, '2025-07-20')).map((t) => t.id)),
    );
  });
});

describe('Organization.heads', () => {
  const orgs = facts.actors.filter((a) => a.kind === 'ORGANIZATION');
  /** Persons whose tenure of a heading post of this organization satisfies the test. */
  const headsOf = (org: string, keep: (t: FactTenure) => boolean) =>
    sorted(
      new Set(
        facts.tenures
          .filter((t) => {
            const role = roleFact(t.role);
            return role.heads === true && role.organization === org && keep(t);
          })
          .map((t) => t.person),
      ),
    );

  it.each(orgs.map((o) => o.id))('%s: without a date, who heads it now', async (id) => {
    const data = await api.query(`query($id: ID!) { actor(id: $id) { ... on Organization { heads { id kind } } } }`, {
      id,
    });
    expect(sorted(data.actor.heads.map((p: any) => p.id))).toEqual(headsOf(id, (t) => t.current));
    for (const p of data.actor.heads) expect(p.kind).toBe('PERSON');
  });

  it.each(['2025-07-01', '2025-07-10', '2025-07-20'])('on %s, who headed each organization that day', async (at) => {
    for (const org of orgs) {
      const data = await api.query(
        `query($id: ID!, $at: Date) { actor(id: $id) { ... on Organization { heads(at: $at) { id } } } }`,
        { id: org.id, at },
      );
      expect(sorted(data.actor.heads.map((p: any) => p.id)), `${org.id} at ${at}`).toEqual(
        headsOf(org.id, (t) => validOn(t, at)),
      );
    }
  });

  it('the NSDC is headed by Umerov now but not before his appointment; the defence ministry was headed by him before it', async () => {
    const data = await api.query(`{
      nsdc: actor(id: "org:ua-nsdc") { ... on Organization { now: heads { id } before: heads(at: "2025-07-01") { id } } }
      mod: actor(id: "org:ua-ministry-of-defence") { ... on Organization { now: heads { id } before: heads(at: "2025-07-01") { id } } }
    }`);
    expect(data.nsdc).toEqual({ now: [{ id: 'person:rustem-umerov' }], before: [] });
    expect(data.mod).toEqual({ now: [], before: [{ id: 'person:rustem-umerov' }] });
  });
});
