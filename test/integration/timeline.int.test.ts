/**
 * timeline(actor): an actor's statements, events and tenure starts and ends, oldest first,
 * undated last — checked against the seed facts file.
 *
 * Bounds: from / to keep the entries whose date range overlaps them, and leave undated entries out.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { inDateRange, type DayRange } from '../helpers/dates.js';
import { seedFacts, sorted, type Precision } from '../helpers/seedFacts.js';

interface Entry {
  kind: 'STATEMENT' | 'EVENT' | 'TENURE_START' | 'TENURE_END';
  date: string | null;
  datePrecision: Precision | null;
  dateRange: DayRange | null;
  caption: string;
  node: { __typename: string; id: string };
  tenure: {
    id: string;
    start: string | null;
    startPrecision: Precision | null;
    end: string | null;
    endPrecision: Precision | null;
    current: boolean;
    role: { id: string };
    person: { id: string };
  } | null;
  parts: string[];
}

const ENTRY = `kind date datePrecision dateRange { earliest latest } caption parts node { __typename id }
  tenure { id start startPrecision end endPrecision current role { id } person { id } }`;
const UMEROV = 'person:rustem-umerov';
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const facts = seedFacts();

const api = useTestApi();

async function timeline(actor: string, bounds: { from?: string; to?: string } = {}): Promise<Entry[]> {
  const data = await api.query<{ timeline: Entry[] }>(
    `query ($actor: ID!, $from: Date, $to: Date) { timeline(actor: $actor, from: $from, to: $to) { ${ENTRY} } }`,
    {
      actor,
      ...bounds,
    },
  );
  return data.timeline;
}

interface Expected {
  kind: Entry['kind'];
  id: string;
  date: string | null;
  precision: Precision | null;
  range: DayRange | null;
  parts: string[];
}

/**
 * From the facts file: the actor's statements; the events it took part in (its parts in them, from
 * `participants`, and any relation between the two that states a part in its `role` property; a
 * relation without one, such as LOCATED_IN or TASKED_WITH, is no participation);
 * the start and the end of each of its tenures, where the file gives them.
 */
function expectedTimeline(actor: string): Expected[] {
  const out: Expected[] = [];
  for (const s of facts.statements.filter((x) => x.speaker === actor))
    out.push({ kind: 'STATEMENT', id: s.id, date: s.date, precision: s.datePrecision, range: s.dateRange, parts: [] });
  for (const e of facts.events) {
    const parts = e.participants.filter((p) => p.actor === actor).map((p) => p.role);
    for (const r of facts.relations) {
      const joins = (r.from === actor && r.to === e.id) || (r.to === actor && r.from === e.id);
      if (joins && typeof r.properties.role === 'string') parts.push(r.properties.role);
    }
    if (parts.length > 0)
      out.push({
        kind: 'EVENT',
        id: e.id,
        date: e.date,
        precision: e.datePrecision,
        range: e.dateRange,
        parts: sorted(new Set(parts)),
      });
  }
  for (const t of facts.tenures.filter((x) => x.person === actor)) {
    const range = (earliest?: string | null, latest?: string | null) => ({
      earliest: earliest ?? null,
      latest: latest ?? null,
    });
    if (t.startEdtf)
      out.push({
        kind: 'TENURE_START',
        id: t.role,
        date: t.start,
        precision: t.startPrecision,
        range: range(t.startEarliest, t.startLatest),
        parts: [],
      });
    if (t.endEdtf)
      out.push({
        kind: 'TENURE_END',
        id: t.role,
        date: t.end,
        precision: t.endPrecision,
        range: range(t.endEarliest, t.endLatest),
        parts: [],
      });
  }
  return out;
}

const line = (e: { kind: string; date: string | null; parts: string[] }, id: string, precision: string | null) =>
  `${e.kind} ${id} ${e.date ?? 'undated'} ${precision ?? '-'} [${sorted(e.parts).join(',')}]`;
const actualLines = (entries: Entry[]) => sorted(entries.map((e) => line(e, e.node.id, e.datePrecision)));
const expectedLines = (entries: Expected[]) => sorted(entries.map((e) => line(e, e.id, e.precision)));

/** Oldest first, undated last. */
function expectDateOrder(entries: Entry[]): void {
  const dates = entries.map((e) => e.date);
  const firstUndated = dates.indexOf(null);
  if (firstUndated >= 0)
    expect(
      dates.slice(firstUndated).every((d) => d === null),
      'undated entries come last',
    ).toBe(true);
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort());
}

describe('timeline(actor: "person:rustem-umerov")', () => {
  it('is in date order, undated entries last', async () => {
    const entries = await timeline(UMEROV);
    expect(entries.some((e) => e.date === null)).toBe(true);
    expect(new Set(entries.map((e) => e.date).filter(Boolean)).size).toBeGreaterThan(1);
    expectDateOrder(entries);
  });

  it('holds the start of the NSDC-secretary tenure, with its precision', async () => {
    const secretary = facts.tenures.find((t) => t.person === UMEROV && t.role === 'role:ua-nsdc-secretary')!;
    const entries = (await timeline(UMEROV)).filter((e) => e.kind === 'TENURE_START' && e.node.id === secretary.role);
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      date: secretary.start,
      datePrecision: secretary.startPrecision,
      node: { __typename: 'Role' },
      parts: [],
    });
    expect(entry.tenure).toEqual({
      id: secretary.id,
      start: secretary.start,
      startPrecision: secretary.startPrecision,
      end: null,
      endPrecision: null,
      current: true,
      role: { id: secretary.role },
      person: { id: UMEROV },
    });
    expect(entry.caption).toBe(facts.roles.find((r) => r.id === secretary.role)!.title);
  });

  it('holds the end of the defence-minister tenure, with its precision, and no start (the file gives none)', async () => {
    const minister = facts.tenures.find((t) => t.person === UMEROV && t.role === 'role:ua-minister-of-defence')!;
    const entries = (await timeline(UMEROV)).filter((e) => e.node.id === minister.role);
    expect(entries.map((e) => e.kind)).toEqual(['TENURE_END']);
    expect(entries[0]).toMatchObject({ date: minister.end, datePrecision: minister.endPrecision });
    expect(entries[0]!.tenure).toMatchObject({
      id: minister.id,
      end: minister.end,
      endPrecision: minister.endPrecision,
      current: false,
      start: null,
    });
  });

  it('holds the events he took part in, with his parts', async () => {
    const entries = (await timeline(UMEROV)).filter((e) => e.kind === 'EVENT');
    const participations = facts.events.filter((e) => e.participants.some((p) => p.actor === UMEROV));
    expect(participations.length).toBeGreaterThan(2);
    for (const e of participations) {
      const entry = entries.find((x) => x.node.id === e.id);
      expect(entry, e.id).toBeDefined();
      expect(entry!.node.__typename).toBe('Event');
      expect(entry!.date).toBe(e.date);
      expect(entry!.datePrecision).toBe(e.datePrecision);
      for (const p of e.participants.filter((x) => x.actor === UMEROV)) expect(entry!.parts, e.id).toContain(p.role);
      expect(entry!.tenure).toBeNull();
    }
  });

  it('holds his statements, if any: as many as the facts file gives him', async () => {
    const entries = (await timeline(UMEROV)).filter((e) => e.kind === 'STATEMENT');
    expect(sorted(entries.map((e) => e.node.id))).toEqual(
      sorted(facts.statements.filter((s) => s.speaker === UMEROV).map((s) => s.id)),
    );
  });

  it('is exactly what the facts file says, entry for entry', async () => {
    expect(actualLines(await timeline(UMEROV))).toEqual(expectedLines(expectedTimeline(UMEROV)));
  });
});

describe('timeline of every actor', () => {
  it("Zelenskyy's holds each of his statements at its date", async () => {
    const entries = (await timeline(ZELENSKYY)).filter((e) => e.kind === 'STATEMENT');
    const own = facts.statements.filter((s) => s.speaker === ZELENSKYY);
    expect(own.length).toBeGreaterThan(3);
    expect(sorted(entries.map((e) => e.node.id))).toEqual(sorted(own.map((s) => s.id)));
    for (const s of own) {
      const entry = entries.find((e) => e.node.id === s.id)!;
      expect(entry).toMatchObject({
        date: s.date,
        datePrecision: s.datePrecision,
        node: { __typename: 'Statement' },
        parts: [],
        tenure: null,
      });
    }
  });

  it('is what the facts file says, in date order, for each actor', async () => {
    let nonEmpty = 0;
    for (const actor of facts.actors) {
      const entries = await timeline(actor.id);
      expect(actualLines(entries), actor.id).toEqual(expectedLines(expectedTimeline(actor.id)));
      expectDateOrder(entries);
      if (entries.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(8);
  });

  it('entries of the same date and kind come in a stable order: by id', async () => {
    let ties = 0;
    for (const actor of facts.actors) {
      const entries = await timeline(actor.id);
      for (let i = 1; i < entries.length; i++) {
        const [a, b] = [entries[i - 1]!, entries[i]!];
        if (a.date === b.date && a.kind === b.kind) {
          ties += 1;
          expect(a.node.id < b.node.id, `${actor.id}: ${a.node.id} before ${b.node.id} (${a.kind} ${a.date})`).toBe(
            true,
          );
        }
      }
    }
    expect(ties).toBeGreaterThan(3);
  });

  it('gives the same answer twice', async () => {
    for (const actor of [UMEROV, ZELENSKYY, 'country:russia'])
      expect(await timeline(actor)).toEqual(await timeline(actor));
  });

  it('an unknown actor has an empty timeline', async () => {
    expect(await timeline('person:nobody')).toEqual([]);
  });
});

describe('from / to: entries whose date range overlaps the bounds; undated entries left out', () => {
  const inBounds = (range: DayRange | null, b: { from?: string; to?: string }) =>
    range !== null && inDateRange(range, b.from ?? null, b.to ?? null);

  it('Umerov from 2025-07-07: his appointment, both tenure ends, and the talks "earlier this year" (to 19 July)', async () => {
    const entries = await timeline(UMEROV, { from: '2025-07-07' });
    for (const e of entries) expect(e.dateRange!.latest! >= '2025-07-07', e.node.id).toBe(true);
    expect(entries.map((e) => e.kind)).toContain('TENURE_START');
    expect(entries.map((e) => e.kind)).toContain('TENURE_END');
    expect(entries.map((e) => e.node.id)).toContain('event:ua-ru-negotiations-turkey-2025');
    expect(entries.map((e) => e.node.id)).not.toContain('event:ua-invitation-fresh-talks'); // undated
  });

  it('Umerov from 2025-07-20: nothing of his is that late', async () => {
    expect(await timeline(UMEROV, { from: '2025-07-20' })).toEqual([]);
  });

  it('Umerov to 2025-07-06: only what came before the appointment', async () => {
    const entries = await timeline(UMEROV, { to: '2025-07-06' });
    expect(entries.map((e) => e.node.id)).toEqual(['event:ua-ru-negotiations-turkey-2025']);
  });

  it('bounds that hold nothing give an empty timeline', async () => {
    expect(await timeline(UMEROV, { from: '2026-01-01' })).toEqual([]);
    expect(await timeline(UMEROV, { to: '2024-12-31' })).toEqual([]);
    expect(await timeline(UMEROV, { from: '2025-07-08', to: '2025-07-06' })).toEqual([]);
  });

  it('for every actor and several bounds: the unbounded timeline, cut to the bounds, undated entries out', async () => {
    const bounds: Array<{ from?: string; to?: string }> = [
      { from: '2025-07-07' },
      { from: '2025-07-14' },
      { from: '2025-07-19' },
      { to: '2025-07-13' },
      { to: '2025-07-14' },
      { from: '2025-07-07', to: '2025-07-14' },
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2025-07-15', to: '2025-07-18' },
    ];
    let cut = 0;
    for (const actor of facts.actors) {
      const full = await timeline(actor.id);
      for (const b of bounds) {
        const entries = await timeline(actor.id, b);
        const label = `${actor.id} ${JSON.stringify(b)}`;
        expect(actualLines(entries), label).toEqual(actualLines(full.filter((e) => inBounds(e.dateRange, b))));
        expectDateOrder(entries);
        expect(actualLines(entries), label).toEqual(
          expectedLines(expectedTimeline(actor.id).filter((e) => inBounds(e.range, b))),
        );
        if (entries.length > 0 && entries.length < full.length) cut += 1;
      }
    }
    expect(cut).toBeGreaterThan(10);
  });
});
