/**
 * Who a word stands for: a name, a pronoun ("he", "she") or a title that stands for a person ("the
 * president", "the Ukrainian leader", "the Kremlin spokesman"). Names are STATED; the rest is INFERRED, with
 * the reasoning a reviewer can check.
 */
import type { FoundRole } from './roles.js';
import type { KnownActors } from './knownActors.js';
import { mentionAtToken, type ActorMention } from './mentions.js';
import { DEMONYMS, variantKey } from './names.js';
import type { Dependency } from '../nlp/annotations.js';
import type { ParsedSentence, Span } from './parsedText.js';
import type { ActorResolver, ResolvedActor } from './resolveActors.js';

export interface Referent {
  actor: ResolvedActor;
  basis: 'STATED' | 'INFERRED';
  reasoning?: string;
  /** How sure the reading is: a name 0.95, a pronoun 0.8, a title 0.75. */
  confidence: number;
}

const PERSONAL_PRONOUNS = /^(he|she|him|her|his)$/i;
const LEADER_TITLES =
  /^(leader|head|president|premier|chancellor|prime|minister|spokes(?:man|woman|person)|secretary|envoy|diplomat|official|chief|counterpart)$/i;
const HEAD_OF_STATE = /\b(president|prime minister|chancellor|king|premier)\b/;
/** Posts whose plural, with a body or country before it, names the holders ("EU foreign ministers"), not the body. */
const POST_LEMMAS = /^(minister|leader|president|ambassador|envoy|premier|chancellor|lawmaker|legislator|negotiator)$/i;
/** Nouns for the press: "Ukrainian television" is an outlet, not Ukraine; "reporters" are no actor at all. */
const MEDIA_NOUNS =
  /^(television|tv|media|press|radio|newspaper|outlet|broadcaster|channel|reporter|journalist|correspondent)s?$/i;
/** "both sides", "the two leaders": a pair named before, people for leaders, states or bodies for sides. */
const PAIR_PEOPLE = /^(leader|president|head|minister|counterpart)s$/i;
const PAIR_SIDES = /^(side|party|parties|country|countries|government|delegation|nation)s?$/i;

export class Referents {
  constructor(
    private readonly mentions: ActorMention[],
    private readonly roles: FoundRole[],
    private readonly known: KnownActors,
    private readonly resolver: ActorResolver,
  ) {}

  /**
   * The actor a token (a subject, an object) stands for, if it can be told. `groups: false` reads "EU foreign
   * ministers" as the EU: what they say is theirs, but what they decide (sanctions) is the body's act.
   */
  of(sentence: ParsedSentence, index: number, { groups = true } = {}): Referent | undefined {
    const named = mentionAtToken(this.mentions, sentence, index);
    if (named) return { actor: named.actor, basis: 'STATED', confidence: 0.95 };
    // "The Ukrainian leader, Volodymyr Zelenskiy, said", "his Turkish counterpart Hakan Fidan": the name in apposition.
    for (const d of sentence.dependents(index, 'appos', 'dep')) {
      const m = mentionAtToken(this.mentions, sentence, d.dependent);
      if (m) return { actor: m.actor, basis: 'STATED', confidence: 0.95 };
    }
    const token = sentence.token(index);
    const untagged = token.pos.startsWith('NNP')
      ? this.resolver.existing(sentence.text.slice(token.characterOffsetBegin, token.characterOffsetEnd))
      : undefined;
    if (untagged) return { actor: untagged, basis: 'STATED', confidence: 0.9 };
    if (PERSONAL_PRONOUNS.test(token.word)) return this.pronoun(sentence, index);
    // A noun whose modifiers name the actor: "the Russian side", "Kremlin officials", "Ukraine's government".
    const modifiers = MEDIA_NOUNS.test(token.word) ? [] : sentence.dependents(index, 'amod', 'compound', 'nmod:poss');
    const holders = groups ? this.postHolders(sentence, index, modifiers) : undefined;
    if (holders) return holders;
    for (const d of modifiers) {
      const m = mentionAtToken(this.mentions, sentence, d.dependent);
      if (m && m.actor.kind !== 'PERSON' && !LEADER_TITLES.test(token.word))
        return {
          actor: m.actor,
          basis: 'INFERRED',
          reasoning: `"${sentence.text.slice(m.span.start, token.characterOffsetEnd)}" is read as ${m.actor.name}.`,
          confidence: 0.8,
        };
    }
    if (LEADER_TITLES.test(token.word)) return this.title(sentence, index);
    return undefined;
  }

  /** Groups the article names that no mention does ("EU foreign ministers"), with where: the draft defines them. */
  readonly groups: Array<{ actor: ResolvedActor; span: Span }> = [];

  /** "EU foreign ministers", "NATO defence ministers": the holders of a post in a body's members, as a group. */
  private postHolders(sentence: ParsedSentence, index: number, modifiers: Dependency[]): Referent | undefined {
    const token = sentence.token(index);
    if (token.pos !== 'NNS' || !POST_LEMMAS.test(token.lemma)) return undefined;
    const body = modifiers
      .map((d) => mentionAtToken(this.mentions, sentence, d.dependent))
      .find((m) => m && m.actor.kind !== 'PERSON');
    if (!body) return undefined;
    const span = { start: Math.min(body.span.start, token.characterOffsetBegin), end: token.characterOffsetEnd };
    const name = sentence.text.slice(span.start, span.end);
    const actor = this.resolver.group(name);
    if (!this.groups.some((g) => g.actor.id === actor.id)) this.groups.push({ actor, span });
    return {
      actor,
      basis: 'INFERRED',
      reasoning: `"${name}" is read as a group, the holders of that post, not as ${body.actor.name} itself.`,
      confidence: 0.75,
    };
  }

  /**
   * Everyone a word addressed stands for: its referent, or the pair "both sides" or "the two leaders" refers
   * back to (the last two actors named together, "Putin and Zelenskiy").
   */
  addressed(sentence: ParsedSentence, index: number): Referent[] {
    const one = this.of(sentence, index);
    if (one) return [one];
    const token = sentence.token(index);
    const paired = sentence
      .dependents(index, 'det', 'nummod')
      .some((d) => /^(both|two)$/i.test(sentence.token(d.dependent).word));
    const people = PAIR_PEOPLE.test(token.word);
    if (!paired || !(people || PAIR_SIDES.test(token.word))) return [];
    const pair = this.lastPairBefore(token.characterOffsetBegin, (m) => (m.actor.kind === 'PERSON') === people);
    const phrase = sentence.text.slice(sentence.spanOf(sentence.subtree(index)).start, token.characterOffsetEnd);
    return pair.map((m) => ({
      actor: m.actor,
      basis: 'INFERRED',
      reasoning: `"${phrase}" is read as ${pair.map((p) => p.actor.name).join(' and ')}, the two named together before it.`,
      confidence: 0.7,
    }));
  }

  /** The last two actors named as one coordination ("X and Y") before an offset. */
  private lastPairBefore(at: number, accept: (m: ActorMention) => boolean): ActorMention[] {
    const before = this.mentions.filter((m) => m.span.end <= at && accept(m));
    for (let i = before.length - 1; i > 0; i--) {
      const second = before[i]!;
      const link = second.sentence.parent(second.head);
      const first = before.find(
        (m) => m.sentence === second.sentence && link?.dep === 'conj' && link.governor === m.head,
      );
      if (first && first.actor.id !== second.actor.id) return [first, second];
    }
    return [];
  }

  /** The person last named as a subject before the pronoun, else the person last named. */
  private pronoun(sentence: ParsedSentence, index: number): Referent | undefined {
    const at = sentence.token(index).characterOffsetBegin;
    const before = this.mentions.filter((m) => m.actor.kind === 'PERSON' && m.span.end <= at);
    const pick = [...before].reverse().find(isSubject) ?? before.at(-1);
    if (!pick) return undefined;
    // A subject named in an earlier sentence loses to any person named between it and the pronoun.
    const last = before.at(-1)!;
    const chosen = last.sentence === pick.sentence || !isSubject(last) ? pick : last;
    return {
      actor: chosen.actor,
      basis: 'INFERRED',
      reasoning: `"${sentence.token(index).originalText}" is read as ${chosen.actor.name}, the person last named before it as the one acting.`,
      confidence: 0.8,
    };
  }

  /** "the president", "the Ukrainian leader": the person last named who holds a post that fits. */
  private title(sentence: ParsedSentence, index: number): Referent | undefined {
    const token = sentence.token(index);
    const at = token.characterOffsetBegin;
    const phrase = sentence
      .subtree(index, (d) => d.dep !== 'amod' && d.dep !== 'compound')
      .map((i) => sentence.token(i).word);
    const nationality = phrase.map((w) => DEMONYMS[variantKey(w)]).find(Boolean);
    const word = variantKey(token.word);
    const fits = (m: ActorMention) => {
      const titles = this.titlesOf(m.actor.id);
      const countryOk =
        !nationality ||
        titles.some((t) => t.includes(variantKey(nationality))) ||
        this.countryOf(m.actor.id) === nationality;
      const titleOk =
        word === 'leader' || word === 'head'
          ? titles.some((t) => HEAD_OF_STATE.test(t))
          : titles.some((t) => ` ${t} `.includes(` ${word} `));
      return countryOk && titleOk;
    };
    const candidates = this.mentions.filter((m) => m.actor.kind === 'PERSON' && m.span.end <= at && fits(m));
    // The title points back to the one last named acting, not to one only mentioned ("disappointed in President X").
    const pick = [...candidates].reverse().find(isSubject) ?? candidates.at(-1);
    if (!pick) return undefined;
    return {
      actor: pick.actor,
      basis: 'INFERRED',
      reasoning: `"the ${phrase.join(' ')}" is read as ${pick.actor.name}, the person named before it who holds that post.`,
      confidence: 0.75,
    };
  }

  /** Post titles a person holds, from this article and from the graph, as keys. */
  private titlesOf(personId: string): string[] {
    const here = this.roles
      .filter((r) => r.person.actor.id === personId)
      .flatMap((r) => [r.title, r.known?.title ?? '']);
    const roleIds = new Set(this.known.tenures.filter((t) => t.person === personId).map((t) => t.role));
    const there = this.known.roles.filter((r) => roleIds.has(r.id)).flatMap((r) => [r.title, ...r.aliases]);
    return [...here, ...there].filter(Boolean).map(variantKey);
  }

  private countryOf(personId: string): string | undefined {
    const country = this.known.actors.find((a) => a.id === personId)?.country;
    return country ? this.known.actors.find((a) => a.id === country)?.name : undefined;
  }
}

/** A mention that is the subject of its clause, or stands in apposition to it ("The head of X, Y, said"). */
function isSubject(m: ActorMention): boolean {
  const link = m.sentence.parent(m.head);
  if (!link) return false;
  if (link.dep.startsWith('nsubj')) return true;
  return link.dep === 'appos' && (m.sentence.parent(link.governor)?.dep.startsWith('nsubj') ?? false);
}
