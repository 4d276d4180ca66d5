/**
 * Facts as of a date: Person.roles(at:), Actor.relations(at:), Organization.heads(at:) and
 * Role.holders(at:), against the rule of src/domain/dates.ts restated in helpers/dates.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFacts } from '../../src/ingest/writeFacts.js';
import { useTestApi } from '../helpers/api.js';
import { daysOf, today, validOn, type TenureDates } from '../helpers/dates.js';
import { headedBy, seedFacts, sorted } from '../helpers/seedFacts.js';

const UMEROV = 'person:rustem-umerov';
const NSDC = 'org:ua-nsdc';
const MINISTRY = 'org:ua-ministry-of-defence';
const SECRETARY_ROLE = 'role:ua-nsdc-secretary';
const MINISTER_ROLE = 'role:ua-minister-of-defence';
const BEFORE_APPOINTMENT = '2025-06-01';
const facts = seedFacts();
const secretary = facts.tenures.find((t) => t.person === UMEROV && t.role === SECRETARY_ROLE)!;
const minister = facts.tenures.find((t) => t.person === UMEROV && t.role === MINISTER_ROLE)!;

const api = useTestApi();

interface Tenure {
  id: string;
  role: { id: string };
  person: { id: string };
  start: string | null;
  end: string | null;
  current: boolean;
}
const TENURE = `id role { id } person { id } start end current`;

async function roles(person: string, args: string): Promise<Tenure[]> {
  const data = await api.query<{ node: { roles: Tenure[] } }>(
    `{ node(id: "${person}") { ... on Person { roles${args ? `(${args})` : ''} { ${TENURE} } } } }`,
  );
  return data.node.roles;
}
async function holders(role: string, args: string): Promise<Tenure[]> {
  const data = await api.query<{ node: { holders: Tenure[] } }>(
    `{ node(id: "${role}") { ... on Role { holders${args ? `(${args})` : ''} { ${TENURE} } } } }`,
  );
  return data.node.holders;
}
async function heads(org: string, args: string): Promise<string[]> {
  const data = await api.query<{ node: { heads: Array<{ id: string }> } }>(
    `{ node(id: "${org}") { ... on Organization { heads${args ? `(${args})` : ''} { id } } } }`,
  );
  return data.node.heads.map((p) => p.id);
}
async function relations(
  actor: string,
  args: string,
): Promise<Array<{ id: string; type: string; node: { id: string } }>> {
  const data = await api.query<{ node: { relations: Array<{ id: string; type: string; node: { id: string } }> } }>(
    `{ node(id: "${actor}") { ... on Actor { relations${args ? `(${args})` : ''} { id type node { id } } } } }`,
  );
  return data.node.relations;
}

describe(
  'valid on a date: CERTAIN under every reading of the dates, POSSIBLE under one; ' +
    'unknown start = since ever; unknown end = onward if current, never certain if ended',
  () => {
    describe(`Umerov on ${BEFORE_APPOINTMENT}, before his appointment to the NSDC`, () => {
      it('holds the defence-minister role and no other', async () => {
        const held = await roles(UMEROV, `at: "${BEFORE_APPOINTMENT}"`);
        expect(held.map((t) => t.role.id)).toEqual([MINISTER_ROLE]);
        expect(held[0]).toMatchObject({ id: minister.id, end: minister.end, current: false, person: { id: UMEROV } });
      });

      it('heads no council: relations(types: ["HEADS"]) reach the ministry, not the NSDC', async () => {
        const rels = await relations(UMEROV, `types: ["HEADS"], at: "${BEFORE_APPOINTMENT}"`);
        expect(rels.map((r) => r.node.id)).not.toContain(NSDC);
        expect(rels.map((r) => r.node.id)).toEqual([MINISTRY]);
        for (const r of rels) expect(r.type).toBe('HEADS');
      });

      it('Organization.heads(at:) of the NSDC does not include him; of the ministry it does', async () => {
        expect(await heads(NSDC, `at: "${BEFORE_APPOINTMENT}"`)).not.toContain(UMEROV);
        expect(await heads(MINISTRY, `at: "${BEFORE_APPOINTMENT}"`)).toEqual([UMEROV]);
      });
    });

    describe('Umerov today', () => {
      it('heads the NSDC and holds the secretary role', async () => {
        const day = today();
        expect((await roles(UMEROV, `at: "${day}"`)).map((t) => t.role.id)).toEqual([SECRETARY_ROLE]);
        const rels = await relations(UMEROV, `types: ["HEADS"], at: "${day}"`);
        expect(rels.map((r) => r.node.id)).toEqual([NSDC]);
        expect(await heads(NSDC, `at: "${day}"`)).toEqual([UMEROV]);
        expect(await heads(MINISTRY, `at: "${day}"`)).toEqual([]);
      });

      it('without a date, heads() means now: he heads the NSDC, nobody the ministry', async () => {
        expect(await heads(NSDC, '')).toEqual([UMEROV]);
        expect(await heads(MINISTRY, '')).toEqual([]);
      });

      it('roles(current:) splits his tenures; roles() without arguments lists both', async () => {
        expect((await roles(UMEROV, 'current: true')).map((t) => t.id)).toEqual([secretary.id]);
        expect((await roles(UMEROV, 'current: false')).map((t) => t.id)).toEqual([minister.id]);
        expect(sorted((await roles(UMEROV, '')).map((t) => t.id))).toEqual(sorted([secretary.id, minister.id]));
      });
    });

    describe('"appointed last week" in a Sunday article: any day from 7 to 19 July, CERTAIN versus POSSIBLE', () => {
      it('the facts file dates his appointment, and the end of his ministry with it, as that range', () => {
        expect(secretary).toMatchObject({ startEdtf: '2025-07-07/2025-07-19', current: true });
        expect(minister).toMatchObject({ endEdtf: '2025-07-07/2025-07-19', current: false });
        expect(daysOf('2025-07-07/2025-07-19')).toEqual({ earliest: '2025-07-07', latest: '2025-07-19' });
      });

      // [day, roles held under every reading, roles held under at least one]
      const cases: Array<[string, string[], string[]]> = [
        ['2025-07-06', [MINISTER_ROLE], [MINISTER_ROLE]],
        ['2025-07-07', [MINISTER_ROLE], [MINISTER_ROLE, SECRETARY_ROLE]],
        ['2025-07-08', [], [MINISTER_ROLE, SECRETARY_ROLE]],
        ['2025-07-10', [], [MINISTER_ROLE, SECRETARY_ROLE]],
        ['2025-07-18', [], [MINISTER_ROLE, SECRETARY_ROLE]],
        ['2025-07-19', [SECRETARY_ROLE], [MINISTER_ROLE, SECRETARY_ROLE]],
        ['2025-07-20', [SECRETARY_ROLE], [SECRETARY_ROLE]],
      ];
      for (const [day, certain, possible] of cases) {
        for (const [certainty, expected] of [
          ['CERTAIN', certain],
          ['POSSIBLE', possible],
        ] as const) {
          it(`on ${day}, ${certainty}: ${expected.length ? expected.join(' and ') : 'no role'}`, async () => {
            const args = `at: "${day}", certainty: ${certainty}`;
            expect(
              sorted(facts.tenures.filter((t) => t.person === UMEROV && validOn(t, day, certainty)).map((t) => t.role)),
            ).toEqual(sorted(expected));
            expect(sorted((await roles(UMEROV, args)).map((t) => t.role.id))).toEqual(sorted(expected));
            expect((await holders(MINISTER_ROLE, args)).map((t) => t.person.id)).toEqual(
              expected.includes(MINISTER_ROLE) ? [UMEROV] : [],
            );
            expect((await holders(SECRETARY_ROLE, args)).map((t) => t.person.id)).toEqual(
              expected.includes(SECRETARY_ROLE) ? [UMEROV] : [],
            );
            const headed = (await relations(UMEROV, `types: ["HEADS"], ${args}`)).map((r) => r.node.id);
            expect(sorted(headed)).toEqual(
              sorted([
                ...(expected.includes(MINISTER_ROLE) ? [MINISTRY] : []),
                ...(expected.includes(SECRETARY_ROLE) ? [NSDC] : []),
              ]),
            );
            expect(await heads(NSDC, args)).toEqual(expected.includes(SECRETARY_ROLE) ? [UMEROV] : []);
          });
        }
      }

      it('certainty defaults to CERTAIN', async () => {
        expect(await roles(UMEROV, 'at: "2025-07-10"')).toEqual([]);
        expect(await roles(UMEROV, 'at: "2025-07-10", certainty: CERTAIN')).toEqual([]);
        expect(await roles(UMEROV, 'at: "2025-07-10", certainty: POSSIBLE')).toHaveLength(2);
      });
    });

    describe('every person, role and heading of the facts file on a range of dates', () => {
      const days = [
        '1990-01-01',
        BEFORE_APPOINTMENT,
        '2025-07-06',
        '2025-07-07',
        '2025-07-13',
        '2025-07-19',
        '2025-07-20',
        today(),
      ];
      it('Person.roles(at:, certainty:) holds exactly the tenures valid that day', async () => {
        const persons = facts.actors.filter((a) => a.kind === 'PERSON');
        for (const certainty of ['CERTAIN', 'POSSIBLE'] as const)
          for (const day of days)
            for (const p of persons) {
              const expected = facts.tenures
                .filter((t) => t.person === p.id && validOn(t, day, certainty))
                .map((t) => t.id);
              expect(
                sorted((await roles(p.id, `at: "${day}", certainty: ${certainty}`)).map((t) => t.id)),
                `${p.id} on ${day}, ${certainty}`,
              ).toEqual(sorted(expected));
            }
      });

      it('Role.holders(at:) holds exactly the tenures of the role valid that day', async () => {
        for (const day of days)
          for (const r of facts.roles) {
            const expected = facts.tenures.filter((t) => t.role === r.id && validOn(t, day)).map((t) => t.id);
            expect(sorted((await holders(r.id, `at: "${day}"`)).map((t) => t.id)), `${r.id} on ${day}`).toEqual(
              sorted(expected),
            );
          }
      });

      it('relations(types: ["HEADS"], at:) and Organization.heads(at:) follow the heading tenures valid that day', async () => {
        const orgs = facts.actors.filter((a) => a.kind === 'ORGANIZATION');
        for (const day of days) {
          for (const p of facts.actors.filter((a) => a.kind === 'PERSON')) {
            const expected = facts.tenures
              .filter((t) => t.person === p.id && headedBy(t) && validOn(t, day))
              .map((t) => headedBy(t)!);
            expect(
              sorted((await relations(p.id, `types: ["HEADS"], at: "${day}"`)).map((r) => r.node.id)),
              `${p.id} on ${day}`,
            ).toEqual(sorted(expected));
          }
          for (const o of orgs) {
            const expected = facts.tenures.filter((t) => headedBy(t) === o.id && validOn(t, day)).map((t) => t.person);
            expect(sorted(await heads(o.id, `at: "${day}"`)), `${o.id} on ${day}`).toEqual(sorted(expected));
          }
        }
      });
    });

    describe('the date also applies to dated events and statements', () => {
      it(`Umerov's relations on ${BEFORE_APPOINTMENT} leave out his appointment of the week of 2025-07-07, as the neighbourhood does`, async () => {
        const appointment = facts.events.find(
          (e) => e.type === 'APPOINTMENT' && e.participants.some((p) => p.actor === UMEROV),
        )!;
        expect(appointment.date! > BEFORE_APPOINTMENT).toBe(true);
        const graph = await api.query<{ neighborhood: { nodes: Array<{ id: string }> } }>(
          `{ neighborhood(id: "${UMEROV}", at: "${BEFORE_APPOINTMENT}") { nodes { id } } }`,
        );
        expect(graph.neighborhood.nodes.map((n) => n.id)).not.toContain(appointment.id);
        const rels = await relations(UMEROV, `at: "${BEFORE_APPOINTMENT}"`);
        expect(rels.map((r) => r.node.id)).not.toContain(appointment.id);
        expect(sorted(new Set(rels.map((r) => r.node.id)))).toEqual(
          sorted(graph.neighborhood.nodes.map((n) => n.id).filter((id) => id !== UMEROV)),
        );
      });
    });

    describe('MONTH and YEAR ranges, and an ended tenure whose end is unknown (test facts, removed afterwards)', () => {
      const PREFIX = 'test-asof';
      const SOURCE = `source:${PREFIX}-dates`;
      const PERSON = `person:${PREFIX}-holder`;
      const BOARD = `org:${PREFIX}-board`;
      const CHAIR = `role:${PREFIX}-chair`;
      const MEMBER = `role:${PREFIX}-member`;
      const ENVOY = `role:${PREFIX}-envoy`;
      const text = 'Asof Testholder chaired the Asof Test Board, was a member once and an envoy before that.';
      const ev = (excerpt: string) => [
        { start: text.indexOf(excerpt), end: text.indexOf(excerpt) + excerpt.length, excerpt },
      ];
      const tenures = {
        chair: {
          id: `tenure:${PREFIX}-chair`,
          person: PERSON,
          role: CHAIR,
          start: '2020-03-01',
          startPrecision: 'MONTH',
          end: '2021-02-01',
          endPrecision: 'MONTH',
          current: false,
        },
        member: {
          id: `tenure:${PREFIX}-member`,
          person: PERSON,
          role: MEMBER,
          start: '2019-01-01',
          startPrecision: 'YEAR',
          end: null,
          endPrecision: null,
          current: false,
        },
        envoy: {
          id: `tenure:${PREFIX}-envoy`,
          person: PERSON,
          role: ENVOY,
          start: null,
          startPrecision: null,
          end: '2018-01-01',
          endPrecision: 'YEAR',
          current: false,
        },
      } as const;
      let dir: string;

      async function removeTestFacts(): Promise<void> {
        await api.db.write('test:remove-asof-facts', `MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n`, {
          ids: [SOURCE, PERSON, BOARD, CHAIR, MEMBER, ENVOY],
        });
        await api.db.write('test:remove-asof-evidence', `MATCH (e:Evidence {sourceId: $source}) DELETE e`, {
          source: SOURCE,
        });
      }

      beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-asof-'));
        fs.writeFileSync(path.join(dir, 'source.txt'), text);
        const file = {
          sources: [
            {
              id: SOURCE,
              title: 'As-of test source',
              publisher: 'actorgraph tests',
              published: '2025-01-01',
              publishedPrecision: 'DAY',
              textFile: 'source.txt',
            },
          ],
          actors: [
            { id: PERSON, kind: 'PERSON', name: 'Asof Testholder', evidence: ev('Asof Testholder') },
            { id: BOARD, kind: 'ORGANIZATION', name: 'Asof Test Board', evidence: ev('Asof Test Board') },
          ],
          roles: [
            {
              id: CHAIR,
              title: 'Chair of the Asof Test Board',
              organization: BOARD,
              heads: true,
              evidence: ev('chaired the Asof Test Board'),
            },
            { id: MEMBER, title: 'Asof member', heads: false, evidence: ev('a member once') },
            { id: ENVOY, title: 'Asof envoy', heads: false, evidence: ev('an envoy before that') },
          ],
          tenures: Object.values(tenures).map((t) => ({ ...t, evidence: ev('Asof Testholder') })),
        };
        fs.writeFileSync(path.join(dir, 'facts.json'), JSON.stringify(file));
        // JSON is YAML: the facts loader reads it as any facts file.
        await importFacts(api.db, path.join(dir, 'facts.json'));
      });

      afterAll(async () => {
        await removeTestFacts();
        fs.rmSync(dir, { recursive: true, force: true });
      });

      /** The test tenures as ranges, read by the test's own rule. */
      const asRanges = (t: (typeof tenures)[keyof typeof tenures]): TenureDates => {
        const start = t.start ? daysOf(t.start, t.startPrecision) : null;
        const end = t.end ? daysOf(t.end, t.endPrecision) : null;
        return {
          startEdtf: t.start,
          startEarliest: start?.earliest,
          startLatest: start?.latest,
          endEdtf: t.end,
          endEarliest: end?.earliest,
          endLatest: end?.latest,
          current: t.current,
        };
      };

      // [day, held under every reading, held under at least one]
      const cases: Array<[string, string[], string[]]> = [
        ['1900-01-01', [ENVOY], [ENVOY]], // unknown start: since ever
        ['2018-01-01', [ENVOY], [ENVOY]], // YEAR end: certain to its first day
        ['2018-01-02', [], [ENVOY]],
        ['2018-12-31', [], [ENVOY]], // ... possible to its last
        ['2019-01-01', [], [MEMBER]], // ended, end unknown: never certain, possible from its start on
        ['2020-02-29', [], [MEMBER]],
        ['2020-03-01', [], [MEMBER, CHAIR]], // MONTH start: possible from the 1st
        ['2020-03-31', [CHAIR], [MEMBER, CHAIR]], // ... certain from the last day
        ['2021-02-01', [CHAIR], [MEMBER, CHAIR]], // MONTH end: certain to the 1st
        ['2021-02-02', [], [MEMBER, CHAIR]],
        ['2021-02-28', [], [MEMBER, CHAIR]], // ... possible to the last day
        ['2021-03-01', [], [MEMBER]],
      ];
      for (const [day, certain, possible] of cases) {
        for (const [certainty, expected] of [
          ['CERTAIN', certain],
          ['POSSIBLE', possible],
        ] as const) {
          it(`on ${day}, ${certainty}: ${expected.length ? expected.join(', ') : 'no role'}`, async () => {
            const args = `at: "${day}", certainty: ${certainty}`;
            expect(
              sorted(
                Object.values(tenures)
                  .filter((t) => validOn(asRanges(t), day, certainty))
                  .map((t) => t.role),
              ),
            ).toEqual(sorted(expected));
            expect(sorted((await roles(PERSON, args)).map((t) => t.role.id))).toEqual(sorted(expected));
            for (const role of [CHAIR, MEMBER, ENVOY]) {
              expect(
                (await holders(role, args)).map((t) => t.person.id),
                role,
              ).toEqual(expected.includes(role) ? [PERSON] : []);
            }
            expect(await heads(BOARD, args)).toEqual(expected.includes(CHAIR) ? [PERSON] : []);
          });
        }
      }

      it('the ended tenure whose end is unknown is still listed without a date, and as not current', async () => {
        const all = await roles(PERSON, '');
        expect(sorted(all.map((t) => t.id))).toEqual(sorted(Object.values(tenures).map((t) => t.id)));
        expect((await roles(PERSON, 'current: false')).map((t) => t.id)).toContain(tenures.member.id);
        expect(await roles(PERSON, 'current: true')).toEqual([]);
        expect(await heads(BOARD, '')).toEqual([]);
      });
    });
  },
);
