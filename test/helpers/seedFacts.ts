/**
 * The oracle the API is checked against: the curated seed facts file, read straight from the YAML with the
 * `yaml` package (not through the loader under test), with the file format's defaults filled in (a missing
 * list is empty, a missing value null). What the facts file says is what the API must answer. The rule for
 * dates is restated in ./dates.ts, independently of src/domain/dates.ts; neither module imports the code
 * it checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { daysOf, inDateRange, periodOf, type DayRange, type TenureDates } from './dates.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_FACTS_FILE = path.join(PROJECT_ROOT, 'seed/facts/national-times-ukraine-offers-talks.yaml');
export const SEED_TEXT_FILE = path.join(PROJECT_ROOT, 'seed/sources/national-times-ukraine-offers-talks.txt');
export const ARTICLE_ID = 'source:national-times-ukraine-offers-talks';
export const AL_JAZEERA_ID = 'source:al-jazeera-zelenskyy-offer-talks';
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/facts');

export const fixture = (name: string) => path.join(FIXTURES_DIR, name);

export type Precision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** How a fact is known; the file format's default is STATED. */
export interface FactBasis {
  basis: 'STATED' | 'INFERRED';
  reasoning: string | null;
  confidence: number | null;
}

/** An addressee or subject of a statement, with how it is known (a plain id shares the statement's). */
export interface FactLink extends FactBasis {
  id: string;
  evidence: FactEvidence[] | null;
}

export interface FactEvidence {
  source?: string;
  start: number;
  end: number;
  excerpt: string;
}

export interface FactSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Derived from the range, as the API gives it. */
  published: string | null;
  publishedPrecision: Precision | null;
  publishedEdtf: string | null;
  publisherActor: string | null;
  publishedNote: string | null;
  dateline: string | null;
  language: string | null;
  textFile: string | null;
  cites: string[];
}

export interface FactActor extends FactBasis {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP';
  name: string;
  aliases: string[];
  description: string | null;
  country: string | null;
  referenceAliases: Array<{ alias: string; source: string }>;
  evidence: FactEvidence[];
}

export interface FactRole {
  id: string;
  title: string;
  aliases: string[];
  organization: string | null;
  country: string | null;
  heads: boolean;
  evidence: FactEvidence[];
}

export interface FactTenure extends FactBasis, TenureDates {
  id: string;
  person: string;
  role: string;
  start: string | null;
  startPrecision: Precision | null;
  end: string | null;
  endPrecision: Precision | null;
  current: boolean;
  note: string | null;
  evidence: FactEvidence[];
}

export interface FactParticipant extends FactBasis {
  actor: string;
  role: string;
  relation: string | null;
  direction: 'OUT' | 'IN' | null;
  evidence: FactEvidence[];
}

export interface FactEvent extends FactBasis {
  id: string;
  type: string;
  title: string;
  description: string | null;
  date: string | null;
  datePrecision: Precision | null;
  dateNote: string | null;
  dateEdtf: string | null;
  dateRange: DayRange | null;
  status: string;
  participants: FactParticipant[];
  evidence: FactEvidence[];
}

export interface FactStatement extends FactBasis {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  speaker: string;
  /** Ids; addresseeLinks and aboutLinks say how each is known. */
  addressees: string[];
  addresseeLinks: FactLink[];
  about: string[];
  aboutLinks: FactLink[];
  respondsTo: string[];
  date: string | null;
  datePrecision: Precision | null;
  dateNote: string | null;
  dateEdtf: string | null;
  dateRange: DayRange | null;
  evidence: FactEvidence[];
}

export interface FactRelation extends FactBasis {
  from: string;
  type: string;
  to: string;
  properties: Record<string, string | number | boolean>;
  note: string | null;
  evidence: FactEvidence[];
}

export interface SeedFacts {
  sources: FactSource[];
  actors: FactActor[];
  roles: FactRole[];
  tenures: FactTenure[];
  events: FactEvent[];
  statements: FactStatement[];
  relations: FactRelation[];
}

type Entry = Record<string, unknown>;
const entries = (v: unknown): Entry[] => (Array.isArray(v) ? (v as Entry[]) : []);

const BASIS_DEFAULTS = { basis: 'STATED', reasoning: null, confidence: null };

/** A date field read as the API derives it: the range, and the date and precision of the period that holds it. */
function dated(
  value: unknown,
  precision: unknown,
): { edtf: string | null; range: DayRange | null; date: string | null; precision: Precision | null } {
  if (typeof value !== 'string') return { edtf: null, range: null, date: null, precision: null };
  const range = daysOf(value, precision as string | null);
  const period = periodOf(range);
  return { edtf: value, range, date: period.date, precision: period.precision };
}

/** A tenure's start and end as the API stores them (derived date, precision, and the range). */
function tenureDates(t: Entry): Entry {
  const start = dated(t.start, t.startPrecision);
  const end = dated(t.end, t.endPrecision);
  return {
    start: start.date,
    startPrecision: start.precision,
    startEdtf: start.edtf,
    startEarliest: start.range?.earliest ?? null,
    startLatest: start.range?.latest ?? null,
    end: end.date,
    endPrecision: end.precision,
    endEdtf: end.edtf,
    endEarliest: end.range?.earliest ?? null,
    endLatest: end.range?.latest ?? null,
  };
}

/** An event's or statement's date as the API gives it. */
function nodeDates(e: Entry): Entry {
  const d = dated(e.date, e.datePrecision);
  return { date: d.date, datePrecision: d.precision, dateEdtf: d.edtf, dateRange: d.range };
}

/** A statement's addressees or subjects as links; a plain id shares the statement's basis. */
function links(list: unknown, statement: Entry): FactLink[] {
  return (Array.isArray(list) ? list : []).map((l: unknown) =>
    typeof l === 'string'
      ? {
          id: l,
          basis: (statement.basis as FactLink['basis']) ?? 'STATED',
          reasoning: (statement.reasoning as string) ?? null,
          confidence: null,
          evidence: null,
        }
      : withDefaults<FactLink>(l as Entry, { ...BASIS_DEFAULTS, evidence: null }),
  );
}

/** An entry as the file states it, with each field it leaves out set to the format's default. */
function withDefaults<T>(entry: Entry, defaults: Entry): T {
  const out: Entry = { ...entry };
  for (const [key, value] of Object.entries(defaults)) out[key] ??= value;
  return out as T;
}

let cached: SeedFacts | undefined;

/** The seed facts as the file states them, with the file format's defaults (missing list = empty, missing value = null). */
export function seedFacts(): SeedFacts {
  if (cached) return cached;
  const raw = parse(fs.readFileSync(SEED_FACTS_FILE, 'utf8')) as Entry;
  const dating = { dateNote: null };
  cached = {
    sources: entries(raw.sources).map((s) => {
      const published = dated(s.published, s.publishedPrecision);
      return withDefaults<FactSource>(
        { ...s, published: published.date, publishedPrecision: published.precision, publishedEdtf: published.edtf },
        {
          url: null,
          published: null,
          publishedPrecision: null,
          publishedNote: null,
          dateline: null,
          language: null,
          textFile: null,
          cites: [],
          publisherActor: null,
        },
      );
    }),
    actors: entries(raw.actors).map((a) =>
      withDefaults<FactActor>(a, {
        aliases: [],
        description: null,
        country: null,
        referenceAliases: [],
        ...BASIS_DEFAULTS,
      }),
    ),
    roles: entries(raw.roles).map((r) =>
      withDefaults<FactRole>(r, { aliases: [], organization: null, country: null, heads: false }),
    ),
    tenures: entries(raw.tenures).map((t) =>
      withDefaults<FactTenure>({ ...t, ...tenureDates(t) }, { note: null, ...BASIS_DEFAULTS }),
    ),
    events: entries(raw.events).map((e) =>
      withDefaults<FactEvent>(
        {
          ...e,
          ...nodeDates(e),
          participants: entries(e.participants).map((p) =>
            withDefaults<FactParticipant>(p, { relation: null, direction: null, ...BASIS_DEFAULTS }),
          ),
        },
        { description: null, ...dating, status: 'OCCURRED', ...BASIS_DEFAULTS },
      ),
    ),
    statements: entries(raw.statements).map((s) => {
      const addresseeLinks = links(s.addressees, s);
      const aboutLinks = links(s.about, s);
      return withDefaults<FactStatement>(
        {
          ...s,
          ...nodeDates(s),
          addressees: addresseeLinks.map((l) => l.id),
          addresseeLinks,
          about: aboutLinks.map((l) => l.id),
          aboutLinks,
        },
        { respondsTo: [], ...dating, ...BASIS_DEFAULTS },
      );
    }),
    relations: entries(raw.relations).map((r) =>
      withDefaults<FactRelation>(r, { properties: {}, note: null, ...BASIS_DEFAULTS }),
    ),
  };
  return cached;
}

export function seedText(): string {
  return fs.readFileSync(SEED_TEXT_FILE, 'utf8');
}

function factById<T extends { id: string }>(kind: string, list: readonly T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no ${kind} ${id} in the seed facts`);
  return found;
}

export const actorFact = (id: string): FactActor => factById('actor', seedFacts().actors, id);
export const roleFact = (id: string): FactRole => factById('role', seedFacts().roles, id);
export const eventFact = (id: string): FactEvent => factById('event', seedFacts().events, id);
export const statementFact = (id: string): FactStatement => factById('statement', seedFacts().statements, id);

/** What a tenure heads: the organization (or else the country) of its role, when the role is a heading post. */
export function headedBy(t: Pick<FactTenure, 'role'>): string | null {
  const role = roleFact(t.role);
  return role.heads ? (role.organization ?? role.country) : null;
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

/** The seed statements that the filters other than the dates select (speaker, addressee, about, kind: each optional, AND). */
export function statementsMatching(f: StatementFilter): FactStatement[] {
  return seedFacts().statements.filter(
    (s) =>
      (!f.speaker || s.speaker === f.speaker) &&
      (!f.addressee || s.addressees.includes(f.addressee)) &&
      (!f.about || s.about.includes(f.about)) &&
      (!f.kind || s.kind === f.kind),
  );
}

/**
 * The ids of the seed statements a filter selects, sorted (every filter optional, AND; a date bound keeps the
 * statements whose date range overlaps it and leaves undated ones out).
 */
export function expectedStatementIds(f: StatementFilter): string[] {
  return sortedIds(statementsMatching(f).filter((s) => inDateRange(s.dateRange, f.from ?? null, f.to ?? null)));
}

// ───────────── comparing ─────────────

/** Case and diacritics folded, as a reader would compare names ("Zelenskýy" = "zelenskyy"). */
export function plainName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A comparable form of an evidence list: "start-end excerpt", sorted. */
export function evidenceKeys(list: ReadonlyArray<{ start: number; end: number; excerpt: string }>): string[] {
  return list.map((e) => `${e.start}-${e.end} ${e.excerpt}`).sort();
}

export const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();

export const sortedIds = (list: ReadonlyArray<{ id: string }>): string[] => sorted(list.map((x) => x.id));

/** These fields of an object, and no others. */
export function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}
