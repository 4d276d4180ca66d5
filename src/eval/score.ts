/**
 * Scores a draft (what the extractor found in one article) against the gold facts of that article: precision
 * and recall of statements, addressees, roles and event participants, the share of speakers right, and the
 * share of dates right. Pure: both sides are facts files, parsed.
 *
 * How facts are matched (docs/evaluation.md#how-it-scores):
 * - Actors: an actor the graph already knows (the seed's) by its id; a new one by its folded name, since the
 *   extractor makes its own ids for new actors.
 * - Statements: one gold statement to at most one found statement, by text similarity (Dice of content-word
 *   stems, src/domain/textSimilarity.ts) of at least STATEMENT_TEXT_AT; the best pairs first, a pair with the
 *   same speaker before one without. A statement counts as right when speaker and kind agree too.
 * - Addressees: (statement, addressee) pairs, the found statement standing for the gold one it matched.
 * - Roles: (person, post, organisation or country) from tenures; the post by id, or by title or alias
 *   similarity of at least ROLE_TITLE_AT; the place when the two share an organisation or a country.
 * - Event participants: (event type, actor, part) triples, as multisets.
 * - Dates: of matched statements and events (events paired by type and shared participants) whose gold has a
 *   date: right when the found range contains the whole gold range (so every reading of the words), with an
 *   open end only where the gold's is open.
 */
import { toDateRange, type DateRange } from '../domain/dates.js';
import { foldName } from '../domain/names.js';
import { dice, textSimilarity } from '../domain/textSimilarity.js';
import type { FactsFile } from '../ingest/factsSchema.js';
import { linkId } from '../ingest/readFacts.js';

/** Text similarity from which a found statement is the gold one. */
export const STATEMENT_TEXT_AT = 0.5;
/** Title similarity from which a found post is the gold one. */
export const ROLE_TITLE_AT = 0.5;

/** Found, gold, and how many of the found are right. */
export interface Tally {
  found: number;
  gold: number;
  right: number;
}

export interface ArticleScore {
  statements: Tally;
  /** Of the statements matched by text, how many have the right speaker (found = matched). */
  speakers: Tally;
  addressees: Tally;
  roles: Tally;
  participants: Tally;
  /** Of the matched dated facts, how many found ranges hold the gold range (found = dated facts matched). */
  dates: Tally;
}

export const METRICS = ['statements', 'speakers', 'addressees', 'roles', 'participants', 'dates'] as const;
export type Metric = (typeof METRICS)[number];

export const precision = (t: Tally) => (t.found === 0 ? (t.gold === 0 ? 1 : 0) : t.right / t.found);
export const recall = (t: Tally) => (t.gold === 0 ? 1 : t.right / t.gold);

/** What the graph held before the article: the actors and posts both sides may refer to without defining them. */
export interface KnownFacts {
  actors: ReadonlySet<string>;
  roles: ReadonlyMap<string, FactsFile['roles'][number]>;
}

export function knownFacts(...files: FactsFile[]): KnownFacts {
  return {
    actors: new Set(files.flatMap((f) => f.actors.map((a) => a.id))),
    roles: new Map(files.flatMap((f) => f.roles.map((r) => [r.id, r] as const))),
  };
}

/** How one file names an actor, comparable with the other file's: known ids as they are, new actors by name. */
function actorKeys(facts: FactsFile, known: ReadonlySet<string>): (id: string) => string {
  const names = new Map(facts.actors.map((a) => [a.id, a.name]));
  return (id) => {
    if (known.has(id)) return id;
    const name = names.get(id);
    return name ? `new:${foldName(name)}` : id;
  };
}

/** One-to-one pairs, best first, among those `score` admits (a null score: never a pair). */
export function pairUp<G, F>(gold: readonly G[], found: readonly F[], score: (g: G, f: F) => number | null) {
  const candidates: Array<{ g: number; f: number; s: number }> = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const s = score(g, f);
      if (s !== null) candidates.push({ g: gi, f: fi, s });
    }),
  );
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.f - b.f);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const pairs: Array<[G, F]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedF.has(c.f)) continue;
    usedG.add(c.g);
    usedF.add(c.f);
    pairs.push([gold[c.g]!, found[c.f]!]);
  }
  return pairs;
}

/** How many items two lists share, each counted as often as both have it. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(x, n - 1);
    }
  }
  return shared;
}

const tally = (found: number, gold: number, right: number): Tally => ({ found, gold, right });

type Dated = { date?: string | null; datePrecision?: FactsFile['statements'][number]['datePrecision'] };

function rangeOf(fact: Dated): DateRange | null {
  if (!fact.date) return null;
  try {
    return toDateRange(fact.date, fact.datePrecision);
  } catch {
    return null;
  }
}

/** The found range holds every day of the gold range; open only where the gold is open. */
export function holdsGoldRange(found: DateRange | null, gold: DateRange): boolean {
  if (!found) return false;
  const startOk = gold.earliest === null || (found.earliest !== null && found.earliest <= gold.earliest);
  const endOk = gold.latest === null || (found.latest !== null && found.latest >= gold.latest);
  return startOk && endOk;
}

/** Each tenure as (person, post, places); a post the file does not define is looked up among the known ones. */
function roleTuples(facts: FactsFile, key: (id: string) => string, known: KnownFacts) {
  const roles = new Map([...known.roles, ...facts.roles.map((r) => [r.id, r] as const)]);
  return facts.tenures.map((t) => {
    const role = roles.get(t.role);
    return {
      person: key(t.person),
      role: t.role,
      titles: role ? [role.title, ...role.aliases] : [],
      places: new Set([role?.organization, role?.country].filter((x): x is string => !!x).map(key)),
    };
  });
}

type RoleTuple = ReturnType<typeof roleTuples>[number];

function rolesMatch(g: RoleTuple, f: RoleTuple): number | null {
  if (g.person !== f.person) return null;
  // One post, one place: the same id needs no other check.
  if (g.role === f.role) return 1;
  const title = Math.max(0, ...f.titles.flatMap((a) => g.titles.map((b) => textSimilarity(a, b))));
  if (title < ROLE_TITLE_AT) return null;
  const placed = g.places.size === 0 || [...g.places].some((p) => f.places.has(p));
  return placed ? title : null;
}

/** Scores one article's draft against its gold facts; `known` is what the graph already had. */
export function scoreArticle(gold: FactsFile, found: FactsFile, known: KnownFacts): ArticleScore {
  const goldKey = actorKeys(gold, known.actors);
  const foundKey = actorKeys(found, known.actors);

  const statementPairs = pairUp(gold.statements, found.statements, (g, f) => {
    const similarity = textSimilarity(g.text, f.text);
    if (similarity < STATEMENT_TEXT_AT) return null;
    return similarity + (goldKey(g.speaker) === foundKey(f.speaker) ? 1 : 0);
  });
  const sameSpeaker = statementPairs.filter(([g, f]) => goldKey(g.speaker) === foundKey(f.speaker));
  const rightStatements = sameSpeaker.filter(([g, f]) => g.kind === f.kind).length;

  const matchedGold = new Map(statementPairs.map(([g, f]) => [f.id, g.id]));
  const goldAddressees = gold.statements.flatMap((s) => s.addressees.map((a) => `${s.id}|${goldKey(linkId(a))}`));
  const foundAddressees = found.statements.flatMap((s) =>
    s.addressees.map((a) => `${matchedGold.get(s.id) ?? `found:${s.id}`}|${foundKey(linkId(a))}`),
  );

  const goldRoles = roleTuples(gold, goldKey, known);
  const foundRoles = roleTuples(found, foundKey, known);
  const rolePairs = pairUp(goldRoles, foundRoles, rolesMatch);

  const triples = (facts: FactsFile, key: (id: string) => string) =>
    facts.events.flatMap((e) => e.participants.map((p) => `${e.type}|${key(p.actor)}|${p.role}`));
  const goldTriples = triples(gold, goldKey);
  const foundTriples = triples(found, foundKey);

  const eventPairs = pairUp(gold.events, found.events, (g, f) => {
    if (g.type !== f.type) return null;
    const shared = dice(
      new Set(g.participants.map((p) => goldKey(p.actor))),
      new Set(f.participants.map((p) => foundKey(p.actor))),
    );
    return shared > 0 ? shared : null;
  });
  const datedPairs = [...statementPairs, ...eventPairs].flatMap(([g, f]) => {
    const goldRange = rangeOf(g);
    return goldRange ? [holdsGoldRange(rangeOf(f), goldRange)] : [];
  });

  return {
    statements: tally(found.statements.length, gold.statements.length, rightStatements),
    speakers: tally(statementPairs.length, statementPairs.length, sameSpeaker.length),
    addressees: tally(foundAddressees.length, goldAddressees.length, sharedCount(goldAddressees, foundAddressees)),
    roles: tally(foundRoles.length, goldRoles.length, rolePairs.length),
    participants: tally(foundTriples.length, goldTriples.length, sharedCount(goldTriples, foundTriples)),
    dates: tally(datedPairs.length, datedPairs.length, datedPairs.filter(Boolean).length),
  };
}

/** The sum of several articles' tallies: micro-averaged figures, each fact weighing the same. */
export function totalScore(scores: readonly ArticleScore[]): ArticleScore {
  const sum = (m: Metric) =>
    scores.reduce((t, s) => tally(t.found + s[m].found, t.gold + s[m].gold, t.right + s[m].right), tally(0, 0, 0));
  return Object.fromEntries(METRICS.map((m) => [m, sum(m)])) as unknown as ArticleScore;
}

/** The issue's targets: a figure of a metric, and the least it must reach. */
export const TARGETS: ReadonlyArray<{ label: string; metric: Metric; of: 'precision' | 'recall'; atLeast: number }> = [
  { label: 'statement recall', metric: 'statements', of: 'recall', atLeast: 0.9 },
  { label: 'statement precision', metric: 'statements', of: 'precision', atLeast: 0.9 },
  { label: 'speaker right (of statements found)', metric: 'speakers', of: 'precision', atLeast: 0.95 },
  { label: 'addressee recall', metric: 'addressees', of: 'recall', atLeast: 0.75 },
  { label: 'role recall', metric: 'roles', of: 'recall', atLeast: 0.85 },
  { label: 'dates right', metric: 'dates', of: 'precision', atLeast: 0.9 },
];
