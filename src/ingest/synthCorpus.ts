/**
 * A synthetic corpus in the facts format, for tests and the scale benchmark: deterministic for a seed,
 * with the real graph's shape and skew. A few hub actors say most statements and take part in most events;
 * every event is told by several sources; posts change hands (tenures end where the next begins);
 * statements answer earlier ones; every excerpt is an exact slice of a generated source text.
 *
 * Each kind of fact is written by one function below (`sourceFact`, `actorFact`, …): a change of the facts
 * format is a change in one place.
 */
import type { FactsFileInput } from './factsSchema.js';

/** A whole corpus file: every list present, each fact as a file may write it (defaults are the loader's). */
type FactsFile = { [K in keyof FactsFileInput]-?: NonNullable<FactsFileInput[K]> };

type Fact<K extends keyof FactsFile> = FactsFile[K][number];
type Evidence = Fact<'actors'>['evidence'][number];

export interface SynthOptions {
  /** Graph nodes to aim at (sources, actors, roles, events, statements; evidence comes on top). */
  nodes: number;
  seed?: number;
  /** Files to spread the events and statements over; the first also holds the actors, roles and tenures. */
  files?: number;
}

export interface SynthFile {
  /** File name, relative to the corpus folder. */
  name: string;
  facts: FactsFile;
  /** Source texts by file name, relative to the corpus folder. */
  texts: Map<string, string>;
}

/** mulberry32: small, fast and the same on every platform, which is all a corpus generator needs. */
function randomStream(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!,
    /** Zipf-like: index 0 most often, each next one less, so a few items take most picks. */
    skewed: (n: number) => Math.min(n - 1, Math.floor(n * next() ** 3)),
  };
}
type Random = ReturnType<typeof randomStream>;

const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'sen', 'dra', 'to', 'ri', 'bel', 'an', 'os', 'tur', 'ne', 'zik', 'hal'];

/** A pronounceable word unique to `n`: its digits in base 15, one syllable each. */
function word(n: number, minSyllables = 2): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < minSyllables || rest > 0; i++) {
    out += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

const pad = (n: number) => String(n).padStart(6, '0');
const DAY_MS = 86_400_000;
const START_DAY = Date.UTC(2022, 0, 1);
const SPAN_DAYS = 1_640;
const dateOf = (fraction: number) =>
  new Date(START_DAY + Math.floor(fraction * SPAN_DAYS) * DAY_MS).toISOString().slice(0, 10);

/** A source text being written: each fact appends its sentence and gets back the evidence that points at it. */
class SourceText {
  private text = '';
  constructor(readonly id: string) {}
  cite(sentence: string): Evidence {
    const start = this.text.length;
    this.text += `${sentence} `;
    return { source: this.id, start, end: start + sentence.length, excerpt: sentence };
  }
  toString() {
    return this.text;
  }
}

interface Sizes {
  countries: number;
  orgs: number;
  persons: number;
  roles: number;
  sources: number;
  events: number;
  statements: number;
}

function sizesFor(nodes: number): Sizes {
  const share = (f: number, min: number) => Math.max(min, Math.round(nodes * f));
  const countries = share(0.002, 4);
  const orgs = share(0.015, 3);
  const persons = share(0.05, 6);
  const roles = share(0.015, 3);
  const sources = share(0.03, 2);
  const events = share(0.13, 2);
  const statements = Math.max(2, nodes - countries - orgs - persons - roles - sources - events);
  return { countries, orgs, persons, roles, sources, events, statements };
}

// ---------- one function per kind of fact ----------

function sourceFact(id: string, n: number, published: string, textFile: string): Fact<'sources'> {
  return {
    id,
    title: `${word(n)} report ${n}`,
    publisher: `The ${word(n % 40)} Times`,
    url: `https://example.org/${id.slice('source:'.length)}`,
    published,
    publishedPrecision: 'DAY',
    language: 'en',
    textFile,
    cites: [],
  };
}

function actorFact(
  id: string,
  kind: Fact<'actors'>['kind'],
  name: string,
  evidence: Evidence,
  links: { country?: string; partOf?: string } = {},
): Fact<'actors'> {
  return {
    id,
    kind,
    name,
    aliases: kind === 'PERSON' ? [name.split(' ').pop()!] : [],
    description: `${kind.toLowerCase()} ${name}`,
    country: links.country ?? null,
    partOf: links.partOf ?? null,
    evidence: [evidence],
  };
}

function roleFact(id: string, title: string, org: string, heads: boolean, evidence: Evidence): Fact<'roles'> {
  return { id, title, aliases: [], organization: org, country: null, heads, evidence: [evidence] };
}

function tenureFact(
  id: string,
  person: string,
  role: string,
  start: string,
  end: string | null,
  evidence: Evidence,
): Fact<'tenures'> {
  return {
    id,
    person,
    role,
    start,
    startPrecision: 'DAY',
    end,
    endPrecision: end ? 'DAY' : null,
    current: end === null,
    evidence: [evidence],
  };
}

const PARTS = ['ISSUER', 'TARGET', 'INVITER', 'INVITEE', 'HOST', 'PARTICIPANT', 'DEMANDER', 'PLEDGER', 'RECIPIENT'];
const EVENT_TYPES = ['NEGOTIATIONS', 'LEADERS_MEETING', 'SANCTIONS', 'MILITARY_AID_PLEDGE', 'DEMAND', 'AGREEMENT'];

function eventFact(
  id: string,
  title: string,
  date: string,
  participants: Array<{ actor: string; role: string; evidence: Evidence }>,
  evidence: Evidence[],
  r: Random,
): Fact<'events'> {
  return {
    id,
    type: r.pick(EVENT_TYPES),
    title,
    description: null,
    date,
    datePrecision: r.next() < 0.85 ? 'DAY' : 'MONTH',
    status: r.next() < 0.9 ? 'OCCURRED' : 'PLANNED',
    participants: participants.map((p) => ({ ...p, relation: null, direction: null, evidence: [p.evidence] })),
    evidence,
  };
}

function statementFact(
  id: string,
  text: string,
  date: string,
  links: { speaker: string; addressees: string[]; about: string[]; respondsTo: string[] },
  evidence: Evidence,
  r: Random,
): Fact<'statements'> {
  return {
    id,
    kind: r.next() < 0.5 ? 'QUOTE' : 'PARAPHRASE',
    text,
    ...links,
    date,
    datePrecision: 'DAY',
    evidence: [evidence],
  };
}

function relationFact(from: string, type: string, to: string, start: string, evidence: Evidence): Fact<'relations'> {
  return { from, type, to, start, startPrecision: 'DAY', properties: {}, evidence: [evidence] };
}

// ---------- the corpus ----------

interface Cast {
  countries: string[];
  orgs: string[];
  persons: string[];
  /** Everyone who speaks and takes part, hubs first: the skewed picks favour the front. */
  actors: string[];
  names: Map<string, string>;
}

function emptyFacts(): FactsFile {
  return { sources: [], actors: [], roles: [], tenures: [], events: [], statements: [], relations: [] };
}

/** Sources for one file, each with the text its facts are appended to. */
function addSources(file: SynthFile, first: number, count: number, r: Random): SourceText[] {
  const texts: SourceText[] = [];
  for (let i = first; i < first + count; i++) {
    const id = `source:synth-${pad(i)}`;
    const textFile = `texts/synth-${pad(i)}.txt`;
    file.facts.sources.push(sourceFact(id, i, dateOf(r.next()), textFile));
    texts.push(new SourceText(id));
  }
  return texts;
}

function addActors(facts: FactsFile, s: Sizes, text: () => SourceText, r: Random): Cast {
  const cast: Cast = { countries: [], orgs: [], persons: [], actors: [], names: new Map() };
  const add = (list: string[], id: string, fact: Fact<'actors'>) => {
    list.push(id);
    cast.names.set(id, fact.name);
    facts.actors.push(fact);
  };
  for (let i = 0; i < s.countries; i++) {
    const id = `country:synth-${pad(i)}`;
    const name = `${word(i)}land`;
    add(cast.countries, id, actorFact(id, 'COUNTRY', name, text().cite(`${name} is a country.`)));
  }
  for (let i = 0; i < s.orgs; i++) {
    const id = `org:synth-${pad(i)}`;
    const name = `${word(i + 7)} Ministry`;
    const country = cast.countries[r.skewed(cast.countries.length)]!;
    const partOf = i > 2 && r.next() < 0.3 ? cast.orgs[r.int(cast.orgs.length)] : undefined;
    add(
      cast.orgs,
      id,
      actorFact(id, 'ORGANIZATION', name, text().cite(`${name} is an organization.`), { country, partOf }),
    );
  }
  for (let i = 0; i < s.persons; i++) {
    const id = `person:synth-${pad(i)}`;
    const name = `${word(i + 3)} ${word(i * 7 + 11, 3)}`;
    const country = cast.countries[r.skewed(cast.countries.length)]!;
    add(cast.persons, id, actorFact(id, 'PERSON', name, text().cite(`${name} is a person.`), { country }));
  }
  // Five hubs first (people and states, as in the real graph), then everyone else.
  const hubs = [...cast.persons.slice(0, 3), ...cast.countries.slice(0, 2)];
  const rest = [...cast.persons.slice(3), ...cast.orgs, ...cast.countries.slice(2)];
  cast.actors = [...hubs, ...rest];
  return cast;
}

/**
 * Tenures one person holds at most: a career, not a share of every post. Holders are drawn with the hubs'
 * skew, so without a cap the busiest person would hold a fixed share of all posts (40 at 10k nodes, 239 at
 * 100k), and `roles`, an unpaged list, would grow with the corpus.
 */
const CAREER = 6;

/** Each post held in turn by two or three people: one tenure ends the day the next begins. */
function addRolesAndTenures(facts: FactsFile, s: Sizes, cast: Cast, text: () => SourceText, r: Random): void {
  let tenure = 0;
  const held = new Map<string, number>();
  // The skewed draw, moved on to the next person while the one drawn has had a full career.
  const holder = () => {
    let k = r.skewed(cast.persons.length);
    while ((held.get(cast.persons[k]!) ?? 0) >= CAREER) k = (k + 1) % cast.persons.length;
    const person = cast.persons[k]!;
    held.set(person, (held.get(person) ?? 0) + 1);
    return person;
  };
  for (let i = 0; i < s.roles; i++) {
    const id = `role:synth-${pad(i)}`;
    const org = cast.orgs[i % cast.orgs.length]!;
    const title = `${i % 3 === 0 ? 'Head' : 'Deputy'} of ${cast.names.get(org)} ${i}`;
    facts.roles.push(roleFact(id, title, org, i % 3 === 0, text().cite(`${title} is a post.`)));
    const holders = 2 + r.int(2);
    const cuts = [0, ...Array.from({ length: holders - 1 }, () => r.next()).sort(), 1];
    for (let h = 0; h < holders; h++) {
      const person = holder();
      const start = dateOf(cuts[h]!);
      const end = h === holders - 1 ? null : dateOf(cuts[h + 1]!);
      const sentence = `${cast.names.get(person)} became ${title} on ${start}.`;
      facts.tenures.push(tenureFact(`tenure:synth-${pad(tenure++)}`, person, id, start, end, text().cite(sentence)));
    }
  }
}

function addRelations(facts: FactsFile, cast: Cast, text: () => SourceText, r: Random): void {
  const types = ['ALLIED_WITH', 'SANCTIONS', 'HAS_MILITARY_TIES_WITH'];
  const seen = new Set<string>();
  for (let i = 0; i < cast.countries.length * 3; i++) {
    const [a, b] = [r.pick(cast.countries), r.pick(cast.countries)];
    const type = r.pick(types);
    const key = `${a}>${type}>${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const sentence = `${cast.names.get(a)} ${type.toLowerCase().replace(/_/g, ' ')} ${cast.names.get(b)}.`;
    facts.relations.push(relationFact(a, type, b, dateOf(r.next()), text().cite(sentence)));
  }
}

function addEvent(file: SynthFile, n: number, fraction: number, cast: Cast, texts: SourceText[], r: Random): string {
  const id = `event:synth-${pad(n)}`;
  const title = `${r.pick(EVENT_TYPES).toLowerCase()} ${word(n)}`;
  const date = dateOf(fraction);
  const told = new Set([r.pick(texts), r.pick(texts), r.pick(texts)]);
  const evidence = [...told].map((t) => t.cite(`On ${date} came the ${title}.`));
  const actors = new Set(Array.from({ length: 2 + r.int(3) }, () => cast.actors[r.skewed(cast.actors.length)]!));
  const participants = [...actors].map((actor) => {
    const role = r.pick(PARTS);
    return { actor, role, evidence: r.pick(texts).cite(`${cast.names.get(actor)} was ${role} of the ${title}.`) };
  });
  file.facts.events.push(eventFact(id, title, date, participants, evidence, r));
  return id;
}

function addStatement(
  file: SynthFile,
  n: number,
  fraction: number,
  cast: Cast,
  earlier: { statements: string[]; events: string[] },
  texts: SourceText[],
  r: Random,
): string {
  const id = `stmt:synth-${pad(n)}`;
  const speaker = cast.actors[r.skewed(cast.actors.length)]!;
  const addressees = [
    ...new Set(Array.from({ length: r.int(3) }, () => cast.actors[r.skewed(cast.actors.length)]!)),
  ].filter((a) => a !== speaker);
  const about: string[] = [];
  if (earlier.events.length > 0 && r.next() < 0.4)
    about.push(earlier.events[earlier.events.length - 1 - r.skewed(Math.min(200, earlier.events.length))]!);
  const respondsTo: string[] = [];
  if (earlier.statements.length > 0 && r.next() < 0.3)
    respondsTo.push(
      earlier.statements[earlier.statements.length - 1 - r.int(Math.min(50, earlier.statements.length))]!,
    );
  const text = `${word(n, 3)} ${word(n + 1)} ${word(r.int(5000))}`;
  const sentence = `${cast.names.get(speaker)} said: ${text}.`;
  const evidence = r.pick(texts).cite(sentence);
  file.facts.statements.push(
    statementFact(id, text, dateOf(fraction), { speaker, addressees, about, respondsTo }, evidence, r),
  );
  return id;
}

/** The corpus as files: the first holds the cast, all hold events and statements in date order. */
export function synthesize(options: SynthOptions): SynthFile[] {
  const r = randomStream(options.seed ?? 1);
  const s = sizesFor(options.nodes);
  const fileCount = Math.max(1, Math.min(options.files ?? 1, s.sources));
  const files: SynthFile[] = [];
  const earlier = { statements: [] as string[], events: [] as string[] };
  let [source, event, statement] = [0, 0, 0];
  let cast: Cast | undefined;
  for (let f = 0; f < fileCount; f++) {
    const file: SynthFile = { name: `synth-${String(f).padStart(3, '0')}.json`, facts: emptyFacts(), texts: new Map() };
    const sourceCount = Math.floor((s.sources * (f + 1)) / fileCount) - source;
    const texts = addSources(file, source, sourceCount, r);
    source += sourceCount;
    const text = () => r.pick(texts);
    if (!cast) {
      cast = addActors(file.facts, s, text, r);
      addRolesAndTenures(file.facts, s, cast, text, r);
      addRelations(file.facts, cast, text, r);
    }
    const [eventEnd, statementEnd] = [s.events, s.statements].map((n) => Math.floor((n * (f + 1)) / fileCount));
    // Events and statements interleave in time, so statements can be about events told before them.
    while (event < eventEnd! || statement < statementEnd!) {
      const doEvent =
        event < eventEnd! && (statement >= statementEnd! || r.next() < s.events / (s.events + s.statements));
      const fraction = (event + statement) / (s.events + s.statements);
      if (doEvent) earlier.events.push(addEvent(file, event++, fraction, cast, texts, r));
      else earlier.statements.push(addStatement(file, statement++, fraction, cast, earlier, texts, r));
    }
    for (const [i, t] of texts.entries()) file.texts.set(file.facts.sources[i]!.textFile!, t.toString());
    files.push(file);
  }
  return files;
}

/** Every file of a corpus as text, by path relative to its folder: the facts as JSON (a subset of YAML), and the source texts. */
export function corpusContents(files: readonly SynthFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    out.set(f.name, `${JSON.stringify(f.facts)}\n`);
    for (const [name, text] of f.texts) out.set(name, text);
  }
  return out;
}
