/**
 * The oracle of the relationship tests: the seed facts file read with the `yaml`
 * package (not with the loader under test), the rule for "valid on a date" written
 * out again independently of src/domain/dates.ts, and small helpers the test files share.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormattedExecutionResult } from 'graphql';
import { parse } from 'yaml';
import type { TestApi } from './api.js';

export const SEED_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/facts/national-times-ukraine-offers-talks.yaml');

export type Precision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface SeedActor {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
  name: string;
  country: string | null;
}
export interface SeedRole {
  id: string;
  title: string;
  organization: string | null;
  country: string | null;
  heads: boolean;
}
export interface SeedTenure {
  id: string;
  person: string;
  role: string;
  start: string | null;
  startPrecision: Precision | null;
  end: string | null;
  endPrecision: Precision | null;
  current: boolean;
}
export interface SeedEvent {
  id: string;
  type: string;
  date: string | null;
  datePrecision: Precision | null;
  participants: Array<{ actor: string; role: string }>;
}
export interface SeedStatement {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  speaker: string;
  addressees: string[];
  about: string[];
  respondsTo: string[];
  date: string | null;
  datePrecision: Precision | null;
}
export interface SeedRelation {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
}
export interface SeedFacts {
  actors: SeedActor[];
  roles: SeedRole[];
  tenures: SeedTenure[];
  events: SeedEvent[];
  statements: SeedStatement[];
  relations: SeedRelation[];
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const rows = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

let cached: SeedFacts | undefined;

/** The seed facts as the file states them, with the file format's defaults (missing list = empty). */
export function seedFacts(): SeedFacts {
  if (cached) return cached;
  const raw = parse(fs.readFileSync(SEED_FILE, 'utf8')) as Raw;
  cached = {
    actors: rows(raw.actors).map((a) => ({ id: String(a.id), kind: a.kind as SeedActor['kind'], name: String(a.name), country: str(a.country) })),
    roles: rows(raw.roles).map((r) => ({ id: String(r.id), title: String(r.title), organization: str(r.organization), country: str(r.country), heads: r.heads === true })),
    tenures: rows(raw.tenures).map((t) => ({
      id: String(t.id),
      person: String(t.person),
      role: String(t.role),
      start: str(t.start),
      startPrecision: str(t.startPrecision) as Precision | null,
      end: str(t.end),
      endPrecision: str(t.endPrecision) as Precision | null,
      current: t.current === true,
    })),
    events: rows(raw.events).map((e) => ({
      id: String(e.id),
      type: String(e.type),
      date: str(e.date),
      datePrecision: str(e.datePrecision) as Precision | null,
      participants: rows(e.participants).map((p) => ({ actor: String(p.actor), role: String(p.role) })),
    })),
    statements: rows(raw.statements).map((s) => ({
      id: String(s.id),
      kind: s.kind as SeedStatement['kind'],
      speaker: String(s.speaker),
      addressees: list(s.addressees),
      about: list(s.about),
      respondsTo: list(s.respondsTo),
      date: str(s.date),
      datePrecision: str(s.datePrecision) as Precision | null,
    })),
    relations: rows(raw.relations).map((r) => ({ from: String(r.from), type: String(r.type), to: String(r.to), properties: (r.properties as Raw) ?? {} })),
  };
  return cached;
}

export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`${id} is not in the seed facts`);
  return found;
}

// ───────────── dates ─────────────

/** Today, as the API's callers mean it: the current UTC calendar date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of the period a date of this precision stands for (WEEK: from its Monday, MONTH: from the 1st). */
export function lastDayOf(date: string, precision: Precision | null): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  switch (precision) {
    case 'WEEK':
      return shift(date, 6);
    case 'MONTH':
      // Day 0 of the next month is the last day of this one.
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    case 'YEAR':
      return `${y}-12-31`;
    default:
      return date;
  }
}

/**
 * The rule for "valid on a date", restated: from the first day of the start's period to the
 * last day of the end's period; unknown start = since ever; unknown end = onward if current,
 * never if ended.
 */
export function validOn(t: Pick<SeedTenure, 'start' | 'end' | 'endPrecision' | 'current'>, day: string): boolean {
  if (t.start !== null && day < t.start) return false;
  if (t.end !== null) return day <= lastDayOf(t.end, t.endPrecision);
  return t.current;
}

// ───────────── statements ─────────────

export interface StatementFilter {
  speaker?: string | null;
  addressee?: string | null;
  about?: string | null;
  kind?: 'QUOTE' | 'PARAPHRASE' | null;
  from?: string | null;
  to?: string | null;
}

/** The ids of the seed statements a filter selects (every filter optional, AND; a date bound leaves undated ones out). */
export function expectedStatementIds(f: StatementFilter): string[] {
  return seedFacts()
    .statements.filter(
      (s) =>
        (!f.speaker || s.speaker === f.speaker) &&
        (!f.addressee || s.addressees.includes(f.addressee)) &&
        (!f.about || s.about.includes(f.about)) &&
        (!f.kind || s.kind === f.kind) &&
        (!f.from || (s.date !== null && s.date >= f.from)) &&
        (!f.to || (s.date !== null && s.date <= f.to)),
    )
    .map((s) => s.id)
    .sort();
}

// ───────────── GraphQL helpers ─────────────

/** The extensions.code of each error of a response. */
export function errorCodes(result: FormattedExecutionResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** Runs `work` and returns its result with the names of the Cypher queries it ran. */
export async function countQueries<T>(api: TestApi, work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const stop = api.db.onQuery((e) => queries.push(e.name));
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}

export const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
