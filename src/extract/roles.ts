/**
 * Roles read from the text: title compounds ("Kremlin spokesman Dmitry Peskov"), appositives ("Andrii Sybiha,
 * Ukraine's foreign minister"), and relative clauses ("who previously served as defence minister"). Each is
 * matched to a known post where one fits, and says whether the tenure is current or ended ("former"). A post
 * the words give without a country is placed in the person's country when the graph or the report tells it, and
 * "his Turkish counterpart X" gives X the speaker's post in Turkey.
 */
import type { KnownActors, KnownRole } from './knownActors.js';
import type { ActorMention } from './mentions.js';
import { DEMONYMS, slug, variantKey } from './names.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import type { ActorResolver, ResolvedActor } from './resolveActors.js';

export interface FoundRole {
  person: ActorMention;
  /** The post's words as written, "former" left out. */
  title: string;
  titleSpan: Span;
  /** The words that say it: the title and the name together. */
  evidence: Span;
  current: boolean;
  organization?: ResolvedActor;
  country?: ResolvedActor;
  /** A known post it matched, or undefined for a new one. */
  known?: KnownRole;
  /** Set when the post's country was taken from the person, not the words. */
  reasoning?: string;
  /** Words outside the title that name its place ("Slovakia" in "Slovakia, whose prime minister, …"). */
  placeSpan?: Span;
  /** The post's name when the words do not give it in one piece ("to head the Bank": "head of the Bank"). */
  titleText?: string;
}

const TITLE_WORDS =
  /^(president|vice-president|prime|minister|secretary|spokes(?:man|woman|person)|chancellor|ambassador|envoy|foreign|defen[cs]e|chief|head|commander|general|governor|mayor|speaker|chairman|chairwoman|chair|director|leader|premier|king|queen|adviser|advisor|aide|official|deputy|counterpart|commissioner|ombudsman|ombudswoman|senator|lawmaker)$/i;
const PHRASE_NER = new Set(['TITLE', 'NATIONALITY', 'COUNTRY', 'ORGANIZATION', 'CITY', 'STATE_OR_PROVINCE']);
const VAGUE = /^(leader|official|head|chief|aide|counterpart|diplomat)s?$/i;
/** Who leads a delegation or a team leads it for an occasion: a task, not a post. */
const OCCASIONAL = /\b(delegation|team|side|mission)s?\b/i;
/** Words beside a title that are not the post: "newly appointed", "now", "whose", "its". */
const NOT_THE_POST = new Set(['RB', 'VBN', 'VBD', 'WP$', 'PRP$']);
const ENDED = /\b(former|previously|formerly|ex-|then-|once)\b/i;
const PLACE_NER = new Set(['COUNTRY', 'NATIONALITY']);

const isTitleToken = (s: ParsedSentence, i: number) => s.token(i).ner === 'TITLE' || TITLE_WORDS.test(s.token(i).word);

export function findRoles(
  parsed: ParsedText,
  mentions: ActorMention[],
  resolver: ActorResolver,
  known: KnownActors,
): FoundRole[] {
  const found: Draft[] = [];
  for (const person of mentions.filter((m) => m.actor.kind === 'PERSON')) {
    const compound = titleCompound(person);
    if (compound) found.push(compound);
    found.push(...appositives(person, mentions), ...servedAs(person), ...appointedToHead(person, mentions));
  }
  const described = found.map((r) => describe(parsed, r, resolver, known));
  const countries = nationalities(described, mentions, resolver, known);
  const placed = described.map((r) => placeByNationality(r, countries, known));
  // "leader", "official": words that describe a person without naming a post, unless a known post is called so;
  // "head of the Russian delegation": a task for an occasion, not a post.
  const posts = placed.filter((r) => r.known || (!isVague(r.title) && !OCCASIONAL.test(r.title)));
  return dedupe([...posts, ...counterparts(placed, posts, mentions, known)]);
}

type Draft = Omit<FoundRole, 'title'>;

/** A title that, without its articles, possessives and nationality, is one vague word ("the Ukrainian leader"). */
function isVague(title: string): boolean {
  const words = title
    .split(/\s+/)
    .filter((w) => !/^(the|a|an|its|his|her|their)$/i.test(w) && !/['’]s$/.test(w) && !(variantKey(w) in DEMONYMS));
  return words.length <= 1 && VAGUE.test(words[0] ?? '');
}

/** "Ukrainian President Volodymyr Zelenskyy": capitalised and titled words right before the name. */
function titleCompound(person: ActorMention): Draft | undefined {
  const s = person.sentence;
  let first = person.first;
  for (let i = person.first - 1; i >= 1; i--) {
    const t = s.token(i);
    // "presidential aide": an adjective right before a title is part of it ("former" is not).
    const adjective = t.pos === 'JJ' && isTitleToken(s, i + 1) && !ENDED.test(t.word);
    const inside =
      PHRASE_NER.has(t.ner) ||
      /^[A-Z]/.test(t.originalText) ||
      TITLE_WORDS.test(t.word) ||
      t.pos === 'POS' ||
      adjective;
    const joiner = /^(and|of|for)$/i.test(t.word) && i > 1 && /^[A-Z]/.test(s.token(i - 1).originalText);
    if (!(inside || joiner) || /^(The|A|An|In|On|At|But|And|As|After|Before)$/.test(t.originalText)) break;
    first = i;
  }
  if (first === person.first || !isTitleToken(s, person.first - 1)) return undefined;
  const former = person.first > 1 && first > 1 && ENDED.test(s.token(first - 1).word);
  const titleSpan = s.spanOf([first, person.first - 1]);
  const start = former ? s.token(first - 1).characterOffsetBegin : titleSpan.start;
  return { person, titleSpan, evidence: { start, end: person.span.end }, current: !former };
}

/** "Andrii Sybiha, Ukraine's foreign minister," and "Ukraine's foreign minister, Andrii Sybiha". */
function appositives(person: ActorMention, mentions: ActorMention[]): Draft[] {
  const s = person.sentence;
  const out: Draft[] = [];
  const take = (head: number, clause = false) => {
    // The appositive names a post only when its head is a title: "a Republican ally of the president" does not.
    if (!isTitleToken(s, head)) return;
    // "who has been the ministry's spokeswoman since 2015": of a clause, only the noun phrase is the post.
    const words = s.subtree(
      head,
      (d) =>
        d.dep === 'punct' ||
        d.dep.startsWith('acl') ||
        d.dep === 'appos' ||
        (clause && /^(nsubj|cop|aux|obl|advmod|mark)/.test(d.dep)),
    );
    const titleWords = withNamedOf(
      s,
      words.filter((i) => (i < person.first || i > person.last) && isPostWord(s, i)),
      mentions,
    );
    if (titleWords.length === 0) return;
    const current = !words.some((i) => ENDED.test(s.token(i).word));
    const all = [...words, person.first, person.last];
    const placeSpan = whoseAntecedent(s, head, words);
    out.push({ person, titleSpan: s.spanOf(titleWords), evidence: s.spanOf(all), current, placeSpan });
  };
  // "Medvedev, now deputy chairman of …": the parser may hang a verbless appositive on the name as a clause.
  for (const d of s.dependents(person.head, 'appos', 'acl:relcl'))
    if (d.dep === 'appos' || s.token(d.dependent).pos.startsWith('NN')) take(d.dependent, d.dep !== 'appos');
  const parent = s.parent(person.head);
  if (parent?.dep === 'appos' && isTitleToken(s, parent.governor)) take(parent.governor);
  return out;
}

const isPostWord = (s: ParsedSentence, i: number) =>
  !/^(the|a|an)$/i.test(s.token(i).word) && !ENDED.test(s.token(i).word) && !NOT_THE_POST.has(s.token(i).pos);

/** "secretary of the National Security and Defence Council": the named body after "of" belongs to the post. */
function withNamedOf(s: ParsedSentence, words: number[], mentions: ActorMention[]): number[] {
  if (words.length === 0) return words;
  const last = Math.max(...words);
  if (last + 1 > s.tokens.length || s.token(last + 1).word.toLowerCase() !== 'of') return words;
  const start = last + 2 <= s.tokens.length && s.token(last + 2).word.toLowerCase() === 'the' ? last + 3 : last + 2;
  const body = mentions.find((m) => m.sentence === s && m.first === start && m.actor.kind !== 'PERSON');
  if (!body) return words;
  const of = Array.from({ length: body.last - last }, (_, k) => last + 1 + k);
  return [...new Set([...words, ...of])].sort((a, b) => a - b);
}

/** "Slovakia, whose prime minister, …": the post is of the noun the relative clause hangs on. */
function whoseAntecedent(s: ParsedSentence, head: number, words: number[]): Span | undefined {
  if (!words.some((i) => s.token(i).pos === 'WP$')) return undefined;
  for (let at = head; ;) {
    const up = s.parent(at);
    if (!up) return undefined;
    if (up.dep === 'acl:relcl') return s.spanOf([up.governor]);
    at = up.governor;
  }
}

/** "Umerov, who previously served as defence minister": a relative clause with "as" and a title. */
function servedAs(person: ActorMention): Draft[] {
  const s = person.sentence;
  const out: Draft[] = [];
  for (const clause of s.dependents(person.head, 'acl:relcl', 'acl')) {
    for (const obl of s.dependents(clause.dependent, 'obl', 'xcomp')) {
      if (s.caseOf(obl.dependent) !== 'as' || !isTitleToken(s, obl.dependent)) continue;
      const titleWords = s.subtree(obl.dependent, (d) => d.dep === 'case' || d.dep === 'punct' || d.dep === 'det');
      const clauseWords = s.subtree(clause.dependent, (d) => d.dep === 'punct');
      const current =
        !clauseWords.some((i) => ENDED.test(s.token(i).word)) && !/^(was|served)$/.test(s.token(clause.dependent).word);
      out.push({
        person,
        titleSpan: s.spanOf(titleWords.filter((i) => !ENDED.test(s.token(i).word))),
        evidence: s.spanOf([person.first, ...clauseWords]),
        current,
      });
    }
  }
  return out;
}

/** "Umerov, the former defence minister who was appointed last week to head the Council": head of that body. */
function appointedToHead(person: ActorMention, mentions: ActorMention[]): Draft[] {
  const s = person.sentence;
  const holders = [person.head, ...s.dependents(person.head, 'appos').map((d) => d.dependent)];
  const out: Draft[] = [];
  for (const clause of holders.flatMap((h) => s.dependents(h, 'acl:relcl'))) {
    if (!/^(appoint|name|elect|choose|nominate)$/.test(s.token(clause.dependent).lemma)) continue;
    for (const task of s.dependents(clause.dependent, 'xcomp')) {
      if (!/^(head|lead)$/.test(s.token(task.dependent).lemma)) continue;
      const words = s.subtree(task.dependent);
      const body = mentions.find(
        (m) => m.sentence === s && m.actor.kind === 'ORGANIZATION' && words.includes(m.first) && words.includes(m.last),
      );
      if (!body) continue;
      out.push({
        person,
        titleSpan: s.spanOf([task.dependent, body.last]),
        titleText: `head of ${s.text.slice(s.spanOf([task.dependent + 1]).start, body.span.end)}`,
        evidence: s.spanOf([person.first, body.last]),
        current: true,
      });
    }
  }
  return out;
}

/** The organisation and country the title names, and the known post it matches. */
function describe(parsed: ParsedText, draft: Draft, resolver: ActorResolver, known: KnownActors): FoundRole {
  const title = draft.titleText ?? parsed.slice(draft.titleSpan).replace(/^(former|ex-)\s*/i, '');
  const s = draft.person.sentence;
  const inside = (m: { characterOffsetBegin: number; characterOffsetEnd: number }, span?: Span) =>
    !!span && m.characterOffsetBegin >= span.start && m.characterOffsetEnd <= span.end;
  let organization: ResolvedActor | undefined;
  let country: ResolvedActor | undefined;
  for (const m of s.mentions) {
    if (!inside(m, draft.titleSpan) && !inside(m, draft.placeSpan)) continue;
    const text = parsed.slice({ start: m.characterOffsetBegin, end: m.characterOffsetEnd });
    if (m.ner === 'ORGANIZATION') {
      // "Russian Foreign Ministry": the adjective right before the organisation is part of its usual name.
      const before = m.tokenBegin > 0 ? s.token(m.tokenBegin) : undefined;
      const start = before && PLACE_NER.has(before.ner) ? before.characterOffsetBegin : m.characterOffsetBegin;
      organization = resolver.resolve(parsed.slice({ start, end: m.characterOffsetEnd }), 'ORGANIZATION');
    } else if (PLACE_NER.has(m.ner)) country ??= resolver.resolve(text, m.ner);
    else if (m.ner === 'PERSON' && !country) {
      // "aide to Putin": a post beside a person is in that person's country.
      const id = resolver.resolve(text, 'PERSON')?.id;
      const home = known.actors.find((a) => a.id === id)?.country;
      if (home) country = countryActor(home, known);
    } else if (m.ner === 'CITY' || m.ner === 'LOCATION') organization ??= resolver.resolve(text, m.ner);
  }
  const knownRole =
    matchRole(title, organization?.id, country?.id, known) ??
    matchRole(title, undefined, country?.id, known) ??
    heldPost(draft.person.actor.id, title, known);
  return { ...draft, title, organization, country, known: knownRole };
}

/** A post the graph says the person holds, called here by its head word ("Its spokeswoman, Maria Zakharova"). */
function heldPost(person: string, title: string, known: KnownActors): KnownRole | undefined {
  const head = variantKey(title).split(' ').at(-1);
  if (!head || !TITLE_WORDS.test(head)) return undefined;
  const held = new Set(known.tenures.filter((t) => t.person === person).map((t) => t.role));
  return known.roles.find(
    (r) => held.has(r.id) && [r.title, ...r.aliases].some((t) => ` ${variantKey(t)} `.includes(` ${head} `)),
  );
}

const countryActor = (id: string, known: KnownActors): ResolvedActor => ({
  id,
  kind: 'COUNTRY',
  name: known.actors.find((a) => a.id === id)?.name ?? id,
  status: 'MATCHED',
});

/**
 * Each person's country, where the graph or the report tells it: the graph's nationality, the country of a post
 * the report gives them ("head of the Russian delegation"), or the country whose delegation or team they lead
 * ("Russia's delegation will be headed by …").
 */
function nationalities(
  roles: FoundRole[],
  mentions: ActorMention[],
  resolver: ActorResolver,
  known: KnownActors,
): Map<string, { country: ResolvedActor; why: string }> {
  const out = new Map<string, { country: ResolvedActor; why: string }>();
  for (const m of mentions) {
    const home = known.actors.find((a) => a.id === m.actor.id)?.country;
    if (home && !out.has(m.actor.id)) out.set(m.actor.id, { country: countryActor(home, known), why: 'the graph' });
  }
  for (const r of roles)
    if (r.country && !out.has(r.person.actor.id))
      out.set(r.person.actor.id, { country: r.country, why: `"${r.title}"` });
  for (const m of mentions.filter((x) => x.actor.kind === 'PERSON' && !out.has(x.actor.id))) {
    const led = ledGroupCountry(m, resolver);
    if (led) out.set(m.actor.id, led);
  }
  return out;
}

/** "The Russian delegation would be led by X", "Russia's team will be headed by X": X is of that country. */
function ledGroupCountry(person: ActorMention, resolver: ActorResolver) {
  const s = person.sentence;
  const up = s.parent(person.head);
  if (!up || !up.dep.startsWith('obl') || s.caseOf(person.head) !== 'by') return undefined;
  if (!/^(lead|head)$/.test(s.token(up.governor).lemma)) return undefined;
  for (const group of s.dependents(up.governor, 'nsubj:pass')) {
    if (!OCCASIONAL.test(s.token(group.dependent).word)) continue;
    for (const mod of s.dependents(group.dependent, 'amod', 'nmod:poss', 'compound')) {
      const m = s.mentionAt(mod.dependent, (x) => PLACE_NER.has(x.ner));
      const country = m && resolver.resolve(s.text.slice(m.characterOffsetBegin, m.characterOffsetEnd), m.ner);
      if (country) return { country, why: `"${s.text.slice(s.spanOf([group.dependent]).start, person.span.end)}"` };
    }
  }
  return undefined;
}

/** A post the words give without a place ("culture minister") is placed in the person's country, and says why. */
function placeByNationality(
  role: FoundRole,
  countries: Map<string, { country: ResolvedActor; why: string }>,
  known: KnownActors,
): FoundRole {
  if (role.known || role.organization || role.country) return role;
  const adjective = Object.keys(DEMONYMS).some((k) => role.title.toLowerCase().startsWith(k));
  const home = countries.get(role.person.actor.id);
  if (!home || adjective) return role;
  return {
    ...role,
    country: home.country,
    known: matchRole(role.title, undefined, home.country.id, known),
    reasoning: `The text gives the post without a country ("${role.title}"); it is read as a post of ${role.person.actor.name}'s country, ${home.country.name} (from ${home.why}).`,
  };
}

/**
 * "Sybiha told his Turkish counterpart Hakan Fidan": the counterpart holds the possessor's post in the country
 * the words name. The possessor is the clause's named subject, else the last person named before the sentence.
 */
function counterparts(all: FoundRole[], posts: FoundRole[], mentions: ActorMention[], known: KnownActors): FoundRole[] {
  const out: FoundRole[] = [];
  for (const r of all) {
    if (!/\bcounterpart$/i.test(r.title) || !r.country) continue;
    const owner = counterpartOwner(r.person, mentions);
    const theirs = posts.find(
      (p) => p.person.actor.id === owner?.actor.id && p.current && !/counterpart/i.test(p.title),
    );
    if (!owner || !theirs) continue;
    const title = theirs.title
      .split(/\s+/)
      .filter((w) => !(variantKey(w) in DEMONYMS) && !/['’]s$/.test(w))
      .join(' ');
    out.push({
      ...r,
      title,
      organization: undefined,
      known: matchRole(title, undefined, r.country.id, known),
      reasoning: `"${r.title}" of ${owner.actor.name}, who is ${theirs.title}: read as the same post in ${r.country.name}.`,
    });
  }
  return out;
}

function counterpartOwner(person: ActorMention, mentions: ActorMention[]): ActorMention | undefined {
  const s = person.sentence;
  const clause = s.parent(person.head)?.governor;
  const subject = clause === undefined ? undefined : s.dependents(clause, 'nsubj')[0]?.dependent;
  const named = mentions.find((m) => m.sentence === s && m.actor.kind === 'PERSON' && m.head === subject);
  if (named) return named;
  const before = mentions.filter((m) => m.actor.kind === 'PERSON' && m.span.end <= s.span.start);
  return before.at(-1);
}

/** A known post whose title or alias is these words, or, failing that, whose title holds them in the same organisation or country. */
export function matchRole(
  title: string,
  organization: string | undefined,
  country: string | undefined,
  known: KnownActors,
): KnownRole | undefined {
  const key = variantKey(title);
  const exact = known.roles.find((r) => [r.title, ...r.aliases].some((t) => variantKey(t) === key));
  if (exact) return exact;
  const bare = variantKey(
    title
      .split(/\s+/)
      .filter((w) => (!/^[A-Z]/.test(w) || TITLE_WORDS.test(w)) && !/^(of|the|and|for)$/i.test(w))
      .join(' '),
  );
  if (!bare) return undefined;
  return known.roles.find(
    (r) =>
      ((organization && r.organization === organization) ||
        (!organization && country && r.country === country && !r.organization)) &&
      [r.title, ...r.aliases].some((t) => ` ${variantKey(t)} `.includes(` ${bare} `)),
  );
}

function dedupe(roles: FoundRole[]): FoundRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.person.actor.id}|${r.known?.id ?? slug(r.title)}|${r.current}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
