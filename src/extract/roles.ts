/**
 * Roles read from the text: title compounds ("Kremlin spokesman Dmitry Peskov"), appositives ("Andrii Sybiha,
 * Ukraine's foreign minister"), and relative clauses ("who previously served as defence minister"). Each is
 * matched to a known post where one fits, and says whether the tenure is current or ended ("former").
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
}

const TITLE_WORDS =
  /^(president|vice-president|prime|minister|secretary|spokes(?:man|woman|person)|chancellor|ambassador|envoy|foreign|defen[cs]e|chief|head|commander|general|governor|mayor|speaker|chairman|chairwoman|chair|director|leader|premier|king|queen|adviser|advisor|aide|official|deputy|counterpart)$/i;
const PHRASE_NER = new Set(['TITLE', 'NATIONALITY', 'COUNTRY', 'ORGANIZATION', 'CITY', 'STATE_OR_PROVINCE']);
const VAGUE = /\b(leader|official|head|chief|aide|counterpart|diplomat)s?$/i;
const ENDED = /\b(former|previously|formerly|ex-|then-|once)\b/i;

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
    found.push(...appositives(person, mentions), ...servedAs(person));
  }
  // "leader", "official": words that describe a person without naming a post, unless a known post is called so.
  return dedupe(found.map((r) => describe(parsed, r, resolver, known))).filter((r) => r.known || !VAGUE.test(r.title));
}

type Draft = Omit<FoundRole, 'title'>;

/** "Ukrainian President Volodymyr Zelenskyy": capitalised and titled words right before the name. */
function titleCompound(person: ActorMention): Draft | undefined {
  const s = person.sentence;
  let first = person.first;
  for (let i = person.first - 1; i >= 1; i--) {
    const t = s.token(i);
    const inside =
      PHRASE_NER.has(t.ner) || /^[A-Z]/.test(t.originalText) || TITLE_WORDS.test(t.word) || t.pos === 'POS';
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
  const take = (head: number) => {
    const indices = s.subtree(head, (d) => d.dep === 'punct' || d.dep.startsWith('acl') || d.dep === 'appos');
    const words = indices.filter(
      (i) => !mentions.some((m) => m.sentence === s && m === person && i >= m.first && i <= m.last),
    );
    if (!words.some((i) => isTitleToken(s, i)) || words.length === 0) return;
    let titleWords = words.filter((i) => !/^(the|a|an)$/i.test(s.token(i).word) && !ENDED.test(s.token(i).word));
    titleWords = titleWords.filter((i) => i < person.first || i > person.last);
    if (titleWords.length === 0) return;
    const titleSpan = s.spanOf(titleWords);
    const current = !words.some((i) => ENDED.test(s.token(i).word));
    const all = [...words, person.first, person.last];
    out.push({ person, titleSpan, evidence: s.spanOf(all), current });
  };
  for (const d of s.dependents(person.head, 'appos')) take(d.dependent);
  const parent = s.parent(person.head);
  if (parent?.dep === 'appos' && isTitleToken(s, parent.governor)) take(parent.governor);
  return out;
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

/** The organisation and country the title names, and the known post it matches. */
function describe(parsed: ParsedText, draft: Draft, resolver: ActorResolver, known: KnownActors): FoundRole {
  const title = parsed.slice(draft.titleSpan).replace(/^(former|ex-)\s*/i, '');
  const s = draft.person.sentence;
  let organization: ResolvedActor | undefined;
  let country: ResolvedActor | undefined;
  for (const m of s.mentions) {
    if (m.characterOffsetBegin < draft.titleSpan.start || m.characterOffsetEnd > draft.titleSpan.end) continue;
    const text = parsed.slice({ start: m.characterOffsetBegin, end: m.characterOffsetEnd });
    if (m.ner === 'ORGANIZATION') {
      // "Russian Foreign Ministry": the adjective before the organisation is part of its usual name.
      organization = resolver.resolve(
        parsed.slice({ start: draft.titleSpan.start, end: m.characterOffsetEnd }),
        'ORGANIZATION',
      );
    } else if (m.ner === 'COUNTRY' || m.ner === 'NATIONALITY') country ??= resolver.resolve(text, m.ner);
    else if (m.ner === 'CITY' || m.ner === 'LOCATION') organization ??= resolver.resolve(text, m.ner);
  }
  const knownRole = matchRole(title, organization?.id, country?.id, known);
  let reasoning: string | undefined;
  if (!knownRole && !organization && !country) {
    const nationality = known.actors.find((a) => a.id === draft.person.actor.id)?.country;
    const adjective = Object.entries(DEMONYMS).find(([k]) => title.toLowerCase().startsWith(k));
    if (nationality && !adjective) {
      country = { id: nationality, kind: 'COUNTRY', name: nationality, status: 'MATCHED' };
      reasoning = `The text gives the post without a country ("${title}"); it is read as a post of ${draft.person.actor.name}'s country.`;
    }
  }
  return {
    ...draft,
    title,
    organization,
    country,
    known: knownRole ?? matchRole(title, undefined, country?.id, known),
    reasoning,
  };
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
      .filter((w) => !/^[A-Z]/.test(w) || TITLE_WORDS.test(w))
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
