/**
 * The curated seed facts, read straight from the YAML (not through the loader), as the oracle the API is
 * checked against: what the facts file says is what the API must answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_FACTS_FILE = path.join(PROJECT_ROOT, 'seed/facts/national-times-ukraine-offers-talks.yaml');
export const SEED_TEXT_FILE = path.join(PROJECT_ROOT, 'seed/sources/national-times-ukraine-offers-talks.txt');
export const ARTICLE_ID = 'source:national-times-ukraine-offers-talks';
export const AL_JAZEERA_ID = 'source:al-jazeera-zelenskyy-offer-talks';
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/facts');

export const fixture = (name: string) => path.join(FIXTURES_DIR, name);

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
  url?: string | null;
  published?: string | null;
  publishedPrecision?: string | null;
  publishedNote?: string | null;
  dateline?: string | null;
  language?: string | null;
  textFile?: string | null;
  cites?: string[];
}

export interface FactActor {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
  name: string;
  aliases?: string[];
  description?: string | null;
  country?: string | null;
  evidence: FactEvidence[];
}

export interface FactRole {
  id: string;
  title: string;
  aliases?: string[];
  organization?: string | null;
  country?: string | null;
  heads?: boolean;
  evidence: FactEvidence[];
}

export interface FactTenure {
  id: string;
  person: string;
  role: string;
  start?: string | null;
  startPrecision?: string | null;
  end?: string | null;
  endPrecision?: string | null;
  current: boolean;
  note?: string | null;
  evidence: FactEvidence[];
}

export interface FactParticipant {
  actor: string;
  role: string;
  relation?: string | null;
  direction?: 'OUT' | 'IN' | null;
  evidence: FactEvidence[];
}

export interface FactEvent {
  id: string;
  type: string;
  title: string;
  description?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  dateNote?: string | null;
  status?: string;
  participants?: FactParticipant[];
  evidence: FactEvidence[];
}

export interface FactStatement {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  speaker: string;
  addressees?: string[];
  about?: string[];
  respondsTo?: string[];
  date?: string | null;
  datePrecision?: string | null;
  dateNote?: string | null;
  evidence: FactEvidence[];
}

export interface FactRelation {
  from: string;
  type: string;
  to: string;
  properties?: Record<string, string | number | boolean>;
  note?: string | null;
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

let cached: SeedFacts | undefined;

export function seedFacts(): SeedFacts {
  cached ??= parse(fs.readFileSync(SEED_FACTS_FILE, 'utf8')) as SeedFacts;
  return cached;
}

export function seedText(): string {
  return fs.readFileSync(SEED_TEXT_FILE, 'utf8');
}

/** The facts file's own list helpers, with the file format's defaults. */
export const addresseesOf = (s: FactStatement) => s.addressees ?? [];
export const aboutOf = (s: FactStatement) => s.about ?? [];
export const respondsToOf = (s: FactStatement) => s.respondsTo ?? [];
export const participantsOf = (e: FactEvent) => e.participants ?? [];
export const statusOf = (e: FactEvent) => e.status ?? 'OCCURRED';

export function actorFact(id: string): FactActor {
  const actor = seedFacts().actors.find((a) => a.id === id);
  if (!actor) throw new Error(`no actor ${id} in the seed facts`);
  return actor;
}

export function statementFact(id: string): FactStatement {
  const stmt = seedFacts().statements.find((s) => s.id === id);
  if (!stmt) throw new Error(`no statement ${id} in the seed facts`);
  return stmt;
}

export function eventFact(id: string): FactEvent {
  const event = seedFacts().events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the seed facts`);
  return event;
}

/** Case and diacritics folded, as a reader would compare names ("Zelenskýy" = "zelenskyy"). */
export function plainName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A comparable form of an evidence list: "start-end excerpt", sorted. */
export function evidenceKeys(list: ReadonlyArray<{ start: number; end: number; excerpt: string }>): string[] {
  return list.map((e) => `${e.start}-${e.end} ${e.excerpt}`).sort();
}

export const sorted = (xs: Iterable<string>) => [...xs].sort();
