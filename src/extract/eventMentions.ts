/**
 * Each place a sentence reports an event of a common type, with the actors it names and the part each plays,
 * read from the dependency parse: the subject of "issued an ultimatum" is its issuer, "to Russia" its target;
 * "talks between X and Y" have X and Y as participants; "a proposal for talks" makes them proposed. events.ts
 * gathers the mentions of one happening into one event.
 */
import {
  ANNOUNCEMENT_NOUNS,
  APPOINT_VERBS,
  ATTACK_VERBS,
  CONDITION_MARKS,
  EVENT_NOUNS,
  GIVING_VERBS,
  HAND_OVER_VERBS,
  HYPOTHETICAL_AUX,
  IMPOSE_VERBS,
  MEETING_NOUNS,
  PERSON_NOUNS,
  PLEDGE_VERBS,
  PROPOSAL_NOUNS,
  PROPOSE_VERBS,
  REJECTED_NOUNS,
  TALKS_NOUNS,
  type EventStatus,
  type EventType,
} from './eventTypes.js';
import type { ParsedSentence, Span } from './parsedText.js';
import { trimSpan } from './parsedText.js';
import type { ActorResolver } from './resolveActors.js';
import type { Referent, Referents } from './speakers.js';
import { isSpeechVerb, subjectOf } from './speechVerbs.js';

export interface FoundParticipant {
  referent: Referent;
  /** The actor's part: ISSUER, TARGET, PROPOSER, … (participationEdges.ts draws each). */
  part: string;
  evidence: Span;
  /** Why the actor is taken to play the part, when the words do not say it outright. */
  reasoning?: string;
  /** A delegation's country takes part in talks that are held, not in talks only proposed. */
  ifHeld?: boolean;
  /** The lesser of the reading's and the referent's (set when the event is gathered). */
  confidence?: number;
}

export interface EventMention {
  type: EventType;
  sentence: ParsedSentence;
  /** Tokens that name the event (a verb, a noun): a noun used here is not a bare mention too. */
  triggers: number[];
  evidence: Span;
  status?: EventStatus;
  participants: FoundParticipant[];
  /** The token whose clause may date the event. */
  dateAnchor: number;
  confidence: number;
  /** Why the words are read as an event of this type, when they do not name it ("gave Russia 50 days"). */
  reasoning?: string;
  /** A delegation's leader or a rejection: it joins the last event of its type, never starts one. */
  joinsLast?: boolean;
  /** A noun alone ("the talks"): the same happening mentioned again, if an event of its type came before. */
  bare?: boolean;
}

const lemma = (s: ParsedSentence, i: number) => s.token(i).lemma.toLowerCase();
const isVerb = (s: ParsedSentence, i: number) => s.token(i).pos.startsWith('VB');
const isNoun = (s: ParsedSentence, i: number) => s.token(i).pos.startsWith('NN');
/** Clause parts that are another statement or event, not this one's words. */
const OTHER_CLAUSE = /^(ccomp|parataxis|advcl|conj|acl:relcl|dep|punct|xcomp|csubj)$/;
const NEGATION = /^(not|n't|never)$/;

export class EventMentionReader {
  constructor(
    private readonly referents: Referents,
    private readonly resolver: ActorResolver,
  ) {}

  /** Every event mention of a sentence, in token order. */
  read(s: ParsedSentence): EventMention[] {
    const out: EventMention[] = [];
    for (const t of s.tokens) {
      const i = t.index;
      const found = isVerb(s, i) ? this.verbMentions(s, i) : isNoun(s, i) ? this.nounMentions(s, i) : [];
      out.push(...found);
    }
    const used = new Set(out.flatMap((m) => m.triggers));
    for (const t of s.tokens) {
      const type = EVENT_NOUNS[lemma(s, t.index)];
      if (type && isNoun(s, t.index) && !used.has(t.index)) out.push(this.bare(s, t.index, type));
    }
    return out;
  }

  private verbMentions(s: ParsedSentence, v: number): EventMention[] {
    const l = lemma(s, v);
    const rules = [
      l === 'give' && this.daysGiven(s, v),
      l === 'have' && this.daysToAct(s, v),
      l === 'threaten' && this.conditionalThreat(s, v),
      l === 'demand' && this.demandVerb(s, v),
      l === 'reject' && this.rejection(s, v),
      IMPOSE_VERBS.test(l) && this.sanctions(s, v),
      PLEDGE_VERBS.test(l) && this.pledge(s, v),
      APPOINT_VERBS.test(l) && this.appointment(s, v),
      l === 'meet' && this.meeting(s, v),
      l === 'agree' && this.agreement(s, v),
      l === 'invite' && this.invitationVerb(s, v),
      (l === 'lead' || l === 'head') && this.delegationLed(s, v),
      ATTACK_VERBS.test(l) && this.attack(s, v),
    ];
    return rules.filter((m): m is EventMention => !!m);
  }

  private nounMentions(s: ParsedSentence, n: number): EventMention[] {
    const l = lemma(s, n);
    const rules = [
      l === 'ultimatum' && this.handedOver(s, n, 'ULTIMATUM', ['ISSUER', 'TARGET']),
      l === 'demand' && this.demandNoun(s, n),
      l === 'invitation' && this.handedOver(s, n, 'INVITATION', ['INVITER', 'INVITEE']),
      (TALKS_NOUNS.test(l) || MEETING_NOUNS.test(l)) && this.talks(s, n),
      /^(head|leader|chief)$/.test(l) && this.delegationHead(s, n),
    ];
    return rules.filter((m): m is EventMention => !!m);
  }

  // --- Ultimatums ---

  /** "gave Russia 50 days to agree …": a deadline set for an actor to act is an ultimatum. */
  private daysGiven(s: ParsedSentence, v: number): EventMention | undefined {
    const objects = s.dependents(v, 'obj', 'iobj');
    const days = objects.find((d) => s.token(d.dependent).ner === 'DURATION');
    const target = objects.find((d) => d !== days);
    if (!days || !target || !this.toAct(s, v, days.dependent) || this.hypothetical(s, v)) return;
    return this.mention(
      s,
      'ULTIMATUM',
      [v],
      v,
      'OCCURRED',
      0.8,
      [...this.parties(s, subjectOf(s, v), 'ISSUER'), ...this.parties(s, target.dependent, 'TARGET')],
      `"${this.words(s, v)}" sets a deadline for an actor to act, read as an ultimatum.`,
    );
  }

  /** "Trump's announcement that Russia had 50 days to agree": whoever announced the deadline issued it. */
  private daysToAct(s: ParsedSentence, v: number): EventMention | undefined {
    const days = s.dependents(v, 'obj').find((d) => s.token(d.dependent).ner === 'DURATION');
    const said = s.parent(v);
    if (!days || !said || !/^(ccomp|acl)/.test(said.dep) || !this.toAct(s, v, days.dependent)) return;
    const by = this.announcer(s, said.governor);
    if (by === undefined) return;
    return this.mention(
      s,
      'ULTIMATUM',
      [v],
      said.governor,
      'OCCURRED',
      0.75,
      [...this.parties(s, by, 'ISSUER'), ...this.parties(s, s.dependents(v, 'nsubj')[0]?.dependent, 'TARGET')],
      `A deadline announced for an actor to act is read as an ultimatum from whoever announced it.`,
    );
  }

  /** "… days to agree": a "to" clause on the verb or on the days, whichever way the parser hangs it. */
  private toAct(s: ParsedSentence, verb: number, days: number): boolean {
    return [...s.dependents(verb, 'xcomp', 'ccomp', 'advcl'), ...s.dependents(days, 'acl')].some(
      (d) => isVerb(s, d.dependent) && s.dependents(d.dependent, 'mark').some((m) => lemma(s, m.dependent) === 'to'),
    );
  }

  /** Who announced a clause: the possessor of "Trump's announcement that …", the subject of "said that …". */
  private announcer(s: ParsedSentence, governor: number): number | undefined {
    if (ANNOUNCEMENT_NOUNS.test(lemma(s, governor))) return s.dependents(governor, 'nmod:poss')[0]?.dependent;
    return isSpeechVerb(s, governor) ? subjectOf(s, governor) : undefined;
  }

  /** "threatened Russia with sanctions if it did not agree …": a threat on a condition is an ultimatum. */
  private conditionalThreat(s: ParsedSentence, v: number): EventMention | undefined {
    const target = s.dependents(v, 'obj')[0];
    const condition = s
      .dependents(v, 'advcl')
      .some((c) => s.dependents(c.dependent, 'mark').some((m) => /^(if|unless)$/i.test(s.token(m.dependent).word)));
    if (!target || !condition) return;
    return this.mention(
      s,
      'ULTIMATUM',
      [v],
      v,
      'OCCURRED',
      0.8,
      [...this.parties(s, subjectOf(s, v), 'ISSUER'), ...this.parties(s, target.dependent, 'TARGET')],
      'A threat made on a condition the target must meet is read as an ultimatum.',
    );
  }

  /** "issued an ultimatum to Russia", "extended an invitation to Russian representatives": who hands it to whom. */
  private handedOver(
    s: ParsedSentence,
    n: number,
    type: EventType,
    [giver, receiver]: [string, string],
  ): EventMention | undefined {
    const verb = this.handedOverBy(s, n);
    if (verb === undefined) return;
    return this.mention(s, type, [n, verb], verb, 'OCCURRED', 0.9, [
      ...this.parties(s, subjectOf(s, verb), giver),
      ...this.parties(s, this.recipientOf(s, n, verb), receiver),
    ]);
  }

  // --- Demands and rejections ---

  /** "Moscow has demanded that Ukraine give up four regions". */
  private demandVerb(s: ParsedSentence, v: number): EventMention | undefined {
    const clause = s.dependents(v, 'ccomp')[0];
    const target = clause && s.dependents(clause.dependent, 'nsubj')[0];
    if (!target || this.hypothetical(s, v)) return;
    return this.mention(s, 'DEMAND', [v], v, 'OCCURRED', 0.9, [
      ...this.parties(s, subjectOf(s, v), 'DEMANDER'),
      ...this.parties(s, target.dependent, 'TARGET'),
    ]);
  }

  /** "presented a series of demands, including Ukraine's cession of …", "Russia's demands on Ukraine". */
  private demandNoun(s: ParsedSentence, n: number): EventMention | undefined {
    const np = this.throughSeries(s, n);
    const verb = this.handedOverBy(s, np);
    const demander =
      s.dependents(n, 'nmod:poss')[0]?.dependent ?? (verb !== undefined ? subjectOf(s, verb) : undefined);
    if (demander === undefined) return;
    const on = s.dependents(n, 'nmod').find((d) => /^(on|of|from)$/.test(s.caseOf(d.dependent) ?? ''));
    const items = s.dependents(n, 'nmod').filter((d) => s.caseOf(d.dependent) === 'including');
    const itemOwners = items
      .flatMap((d) => [d.dependent, ...this.conjuncts(s, d.dependent)])
      .flatMap((i) => s.dependents(i, 'nmod:poss').slice(0, 1))
      .map((d) => d.dependent);
    const targets = on ? [on.dependent] : itemOwners.slice(0, 1);
    return this.mention(s, 'DEMAND', [n], verb ?? n, 'OCCURRED', 0.85, [
      ...this.parties(s, demander, 'DEMANDER'),
      ...targets.flatMap((t) => this.parties(s, t, 'TARGET')),
    ]);
  }

  /** "Kyiv has rejected those demands", "terms that Kyiv has repeatedly rejected": a rejecter of the demand before. */
  private rejection(s: ParsedSentence, v: number): EventMention | undefined {
    const subject = s.dependents(v, 'nsubj')[0];
    const parent = s.parent(v);
    const what = [
      ...s.dependents(v, 'obj').map((d) => d.dependent),
      ...(parent && /^(acl|dep)/.test(parent.dep) ? [parent.governor] : []),
    ];
    const type = what.map((w) => this.rejectedType(s, w)).find(Boolean);
    if (!subject || !type) return;
    const m = this.mention(s, type, [v], v, 'OCCURRED', 0.85, this.parties(s, subject.dependent, 'REJECTER'));
    return { ...m, joinsLast: true };
  }

  /** The type a rejected noun names, looking through "a series of demands" and appositions. */
  private rejectedType(s: ParsedSentence, noun: number): EventType | undefined {
    let at: number | undefined = noun;
    for (let hops = 0; at !== undefined && hops < 3; hops++) {
      const inner = this.throughSeries(s, at, true);
      const type = REJECTED_NOUNS[lemma(s, inner)] ?? REJECTED_NOUNS[lemma(s, at)];
      if (type) return type;
      const up = s.parent(at);
      at = up && /^(appos|nmod|obj)/.test(up.dep) && isNoun(s, up.governor) ? up.governor : undefined;
    }
    return undefined;
  }

  // --- Sanctions, pledges, appointments, meetings, agreements, attacks ---

  /** "EU governments approved an 18th package of sanctions against Russia". */
  private sanctions(s: ParsedSentence, v: number): EventMention | undefined {
    const object = s.dependents(v, 'obj')[0]?.dependent;
    if (object === undefined || this.hypothetical(s, v)) return;
    const noun = /^(sanction|tariff)$/.test(lemma(s, object))
      ? object
      : s.dependents(object, 'nmod').find((d) => /^(sanction|tariff)$/.test(lemma(s, d.dependent)))?.dependent;
    if (noun === undefined) return;
    const against = [...s.dependents(noun, 'nmod'), ...s.dependents(v, 'obl')].find((d) =>
      /^(against|on)$/.test(s.caseOf(d.dependent) ?? ''),
    );
    const participants = [
      ...this.parties(s, subjectOf(s, v), 'ISSUER'),
      ...this.parties(s, against?.dependent, 'TARGET'),
    ];
    const type = lemma(s, noun) === 'tariff' ? 'TARIFFS' : 'SANCTIONS';
    return this.mention(s, type, [v, noun], v, 'OCCURRED', 0.85, participants);
  }

  /** "Trump pledged to escalate military aid to Ukraine", "announced that Washington would send weapons to Kyiv". */
  private pledge(s: ParsedSentence, v: number): EventMention | undefined {
    const given = s.dependents(v, 'xcomp', 'ccomp').find((d) => GIVING_VERBS.test(lemma(s, d.dependent)));
    if (!given || this.hypothetical(s, v)) return;
    const g = given.dependent;
    const object = s.dependents(g, 'obj')[0]?.dependent;
    const to = [...s.dependents(g, 'obl', 'iobj'), ...(object ? s.dependents(object, 'nmod') : [])].find(
      (d) => d.dep === 'iobj' || s.caseOf(d.dependent) === 'to',
    );
    // "supply Ukraine with weapons": the object is the recipient when what is given comes with "with".
    const withWhat = s.dependents(g, 'obl').some((d) => s.caseOf(d.dependent) === 'with');
    const recipient = to?.dependent ?? (withWhat ? object : undefined);
    return this.mention(s, 'PLEDGE', [v], v, 'OCCURRED', 0.85, [
      ...this.parties(s, subjectOf(s, v), 'PLEDGER'),
      ...this.parties(s, recipient, 'RECIPIENT'),
    ]);
  }

  /** "Umerov … was appointed last week to head …"; "the president appointed X". Not "the newly appointed secretary". */
  private appointment(s: ParsedSentence, v: number): EventMention | undefined {
    if (s.parent(v)?.dep === 'amod' || this.hypothetical(s, v)) return;
    const passive = s.dependents(v, 'nsubj:pass')[0];
    const appointee = passive?.dependent ?? s.dependents(v, 'obj')[0]?.dependent;
    const agent = passive
      ? s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'by')?.dependent
      : s.dependents(v, 'nsubj')[0]?.dependent;
    if (appointee === undefined) return;
    return this.mention(s, 'APPOINTMENT', [v], v, 'OCCURRED', 0.9, [
      ...this.parties(s, this.antecedent(s, appointee), 'APPOINTEE'),
      ...this.parties(s, agent, 'APPOINTER'),
    ]);
  }

  /** "where he was meeting NATO Secretary General Mark Rutte", "X met with Y": people who met. */
  private meeting(s: ParsedSentence, v: number): EventMention | undefined {
    const subject = s.dependents(v, 'nsubj')[0]?.dependent;
    const other =
      s.dependents(v, 'obj')[0]?.dependent ??
      s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'with')?.dependent;
    if (subject === undefined || other === undefined || this.hypothetical(s, v)) return;
    const participants = [...this.parties(s, subject, 'PARTICIPANT'), ...this.parties(s, other, 'PARTICIPANT')];
    const type = participants.some((p) => p.referent.actor.kind === 'PERSON') ? 'MEETING' : 'NEGOTIATIONS';
    return this.mention(s, type, [v], v, this.clauseStatus(s, v), 0.85, participants);
  }

  /** "Russia and Ukraine agreed on Wednesday to exchange 1,200 prisoners": each subject a party to the agreement. */
  private agreement(s: ParsedSentence, v: number): EventMention | undefined {
    const subject = s.dependents(v, 'nsubj')[0]?.dependent;
    if (subject === undefined || s.dependents(v, 'xcomp').length === 0 || this.hypothetical(s, v)) return;
    return this.mention(s, 'AGREEMENT', [v], v, 'OCCURRED', 0.85, this.parties(s, subject, 'PARTY'));
  }

  /** "Ukraine attacked an airbase in Crimea", with the actors on both sides. */
  private attack(s: ParsedSentence, v: number): EventMention | undefined {
    const subject = s.dependents(v, 'nsubj')[0]?.dependent;
    const target = s.dependents(v, 'obj')[0]?.dependent;
    if (subject === undefined || target === undefined || this.hypothetical(s, v)) return;
    const participants = [...this.parties(s, subject, 'ATTACKER'), ...this.parties(s, target, 'TARGET')];
    return this.mention(s, 'MILITARY_ACTION', [v], v, 'OCCURRED', 0.8, participants);
  }

  // --- Invitations, talks and delegations ---

  /** "Turkey invited both sides to Istanbul". */
  private invitationVerb(s: ParsedSentence, v: number): EventMention | undefined {
    const invitee = s.dependents(v, 'obj')[0]?.dependent;
    if (invitee === undefined || this.hypothetical(s, v)) return;
    return this.mention(s, 'INVITATION', [v], v, 'OCCURRED', 0.85, [
      ...this.parties(s, subjectOf(s, v), 'INVITER'),
      ...this.parties(s, invitee, 'INVITEE'),
    ]);
  }

  /**
   * Talks, and a meeting that states or bodies hold: "talks between X and Y", "a proposal for talks", "offered
   * Russia to hold a meeting", "ready to host talks", "agreed … at a round of talks".
   */
  private talks(s: ParsedSentence, n: number): EventMention | undefined {
    const head = this.roundOf(s, n);
    const between = [...s.dependents(n, 'nmod'), ...s.dependents(head, 'nmod')];
    const withCase = (c: string) => between.filter((d) => s.caseOf(d.dependent) === c).map((d) => d.dependent);
    const context = this.talksContext(s, head, withCase('with'));
    const participants = [
      ...context.participants,
      ...(context.status === 'PROPOSED' ? [] : withCase('between').flatMap((b) => this.parties(s, b, 'PARTICIPANT'))),
    ];
    const meetingNoun = MEETING_NOUNS.test(lemma(s, n));
    // "a meeting between the presidents": people meet, named or by their titles.
    const people =
      participants.some((p) => p.referent.actor.kind === 'PERSON') ||
      [...withCase('between'), ...withCase('with')].some(
        (t) => /^(PERSON|TITLE)$/.test(s.token(t).ner) || PERSON_NOUNS.test(lemma(s, t)),
      );
    // A meeting of people proposed is what a statement says, not an event; a meeting noun with no one named is no event.
    if (meetingNoun && (participants.length === 0 || (people && context.status === 'PROPOSED'))) return;
    const type = meetingNoun && people ? 'MEETING' : 'NEGOTIATIONS';
    const m = this.mention(s, type, [n], context.anchor, context.status, 0.85, participants);
    return participants.length > 0 ? m : { ...m, bare: true };
  }

  /** What the clause around talks says of them: who proposes, hosts, invites or holds them, and whether they happened. */
  private talksContext(
    s: ParsedSentence,
    head: number,
    withWhom: number[],
  ): { participants: FoundParticipant[]; status?: EventStatus; anchor: number } {
    const up = s.parent(head);
    const governor = up?.governor ?? 0;
    if (
      up &&
      up.dep.startsWith('nmod') &&
      (PROPOSAL_NOUNS.test(lemma(s, governor)) || lemma(s, governor) === 'invitation')
    ) {
      const verb = this.handedOverBy(s, governor);
      const proposal = PROPOSAL_NOUNS.test(lemma(s, governor));
      const proposer =
        s.dependents(governor, 'nmod:poss')[0]?.dependent ??
        (proposal && verb !== undefined ? subjectOf(s, verb) : undefined);
      const invitees = [this.recipientOf(s, governor, verb), ...withWhom];
      return {
        participants: [
          ...(proposal ? this.parties(s, proposer, 'PROPOSER') : []),
          ...invitees.flatMap((i) => this.parties(s, i, 'INVITEE')),
        ],
        status: 'PROPOSED',
        anchor: verb ?? governor,
      };
    }
    if (!up || !isVerb(s, governor)) return { participants: [], anchor: head };
    const verb = governor;
    const proposing = PROPOSE_VERBS.test(lemma(s, verb))
      ? verb
      : s.parent(verb)?.dep === 'xcomp' && PROPOSE_VERBS.test(lemma(s, s.parent(verb)!.governor))
        ? s.parent(verb)!.governor
        : undefined;
    if (up.dep === 'obj' && proposing !== undefined) {
      const invitee = s.dependents(proposing, 'obj', 'iobj').find((d) => d.dependent !== head)?.dependent;
      return {
        participants: [
          ...this.parties(s, subjectOf(s, proposing), 'PROPOSER'),
          ...[invitee, ...withWhom].flatMap((i) => this.parties(s, i, 'INVITEE')),
        ],
        status: 'PROPOSED',
        anchor: verb,
      };
    }
    if (up.dep === 'obj' && lemma(s, verb) === 'host' && !this.hypothetical(s, verb))
      return {
        participants: this.parties(s, subjectOf(s, verb), 'HOST'),
        status: this.clauseStatus(s, verb),
        anchor: verb,
      };
    if (up.dep.startsWith('obl') && /^(at|in|during)$/.test(s.caseOf(head) ?? '') && !this.hypothetical(s, verb))
      return { participants: this.heldBy(s, verb), status: this.clauseStatus(s, verb), anchor: verb };
    return { participants: [], anchor: verb };
  }

  /** Who held talks a clause is set in: "Umerov led Ukraine's delegation in …", "Russia and Ukraine agreed at …". */
  private heldBy(s: ParsedSentence, verb: number): FoundParticipant[] {
    const delegation = s.dependents(verb, 'obj').find((d) => lemma(s, d.dependent) === 'delegation');
    const subject = subjectOf(s, verb);
    if (delegation && /^(lead|head)$/.test(lemma(s, verb)))
      return [...this.parties(s, subject, 'DELEGATION_LEADER'), ...this.delegationOwner(s, delegation.dependent)];
    // People in talks are named by their part in them (a delegation's leader); states and bodies take part.
    return this.parties(s, subject, 'PARTICIPANT').filter((p) => p.referent.actor.kind !== 'PERSON');
  }

  /** "Ukraine's delegation will be led by Rustem Umerov", "Umerov led Ukraine's delegation": the talks before it. */
  private delegationLed(s: ParsedSentence, v: number): EventMention | undefined {
    const passive = s.dependents(v, 'nsubj:pass')[0];
    const delegation = passive ?? s.dependents(v, 'obj')[0];
    if (!delegation || lemma(s, delegation.dependent) !== 'delegation') return;
    // "led Ukraine's delegation in two rounds of talks" is read with the talks (talksContext).
    if (!passive && s.dependents(v, 'obl').some((d) => TALKS_NOUNS.test(lemma(s, this.innerTalks(s, d.dependent)))))
      return;
    const leader = passive
      ? s.dependents(v, 'obl').find((d) => s.caseOf(d.dependent) === 'by')?.dependent
      : s.dependents(v, 'nsubj')[0]?.dependent;
    return this.delegationMention(s, v, leader, delegation.dependent);
  }

  /** "Rustem Umerov, the head of Ukraine's delegation", "The head of the Russian delegation, Vladimir Medinsky". */
  private delegationHead(s: ParsedSentence, n: number): EventMention | undefined {
    const delegation = s
      .dependents(n, 'nmod')
      .find((d) => s.caseOf(d.dependent) === 'of' && lemma(s, d.dependent) === 'delegation');
    if (!delegation) return;
    const up = s.parent(n);
    const person = up?.dep === 'appos' ? up.governor : s.dependents(n, 'appos')[0]?.dependent;
    return this.delegationMention(s, n, person, delegation.dependent);
  }

  private delegationMention(s: ParsedSentence, trigger: number, leader: number | undefined, delegation: number) {
    const reasoning = 'A delegation named after talks is read as a delegation to those talks.';
    const participants = [...this.parties(s, leader, 'DELEGATION_LEADER'), ...this.delegationOwner(s, delegation)].map(
      (p) => ({ ...p, reasoning: p.reasoning ?? reasoning }),
    );
    if (!participants.some((p) => p.part === 'DELEGATION_LEADER')) return undefined;
    const m = this.mention(s, 'NEGOTIATIONS', [trigger], trigger, undefined, 0.8, participants);
    return { ...m, joinsLast: true };
  }

  /** "Ukraine's delegation", "the Russian delegation": the state that sends it takes part, if the talks are held. */
  private delegationOwner(s: ParsedSentence, delegation: number): FoundParticipant[] {
    const owner = s.dependents(delegation, 'nmod:poss', 'amod')[0]?.dependent;
    return this.parties(s, owner, 'PARTICIPANT')
      .filter((p) => p.referent.actor.kind !== 'PERSON')
      .map((p) => ({ ...p, ifHeld: true, reasoning: 'The state whose delegation attends takes part in the talks.' }));
  }

  // --- Shared readings ---

  private bare(s: ParsedSentence, n: number, type: EventType): EventMention {
    const words = s.subtree(n, (d) => OTHER_CLAUSE.test(d.dep) || d.dep.startsWith('acl'));
    return {
      type,
      sentence: s,
      triggers: [n],
      evidence: trimSpan(s.text, s.spanOf(words)),
      participants: [],
      dateAnchor: n,
      confidence: 0.5,
      bare: true,
    };
  }

  private mention(
    s: ParsedSentence,
    type: EventType,
    triggers: number[],
    anchor: number,
    status: EventStatus | undefined,
    confidence: number,
    participants: FoundParticipant[],
    reasoning?: string,
  ): EventMention {
    const clause = isVerb(s, anchor) ? anchor : triggers[0]!;
    const words = s.subtree(clause, (d) => /^(punct|parataxis|advcl|conj|cc)$/.test(d.dep) && d.governor === clause);
    const evidence = trimSpan(s.text, s.spanOf([...words, ...triggers]));
    return {
      type,
      sentence: s,
      triggers,
      evidence,
      status,
      participants: participants.map((p) => ({ ...p, evidence })),
      dateAnchor: anchor,
      confidence,
      ...(reasoning ? { reasoning } : {}),
    };
  }

  /** The actors a token and its conjuncts name ("Russia and Ukraine"), each in one part. */
  private parties(s: ParsedSentence, token: number | undefined, part: string): FoundParticipant[] {
    if (token === undefined) return [];
    return [token, ...this.conjuncts(s, token)].flatMap((t) => {
      const referent = this.actorAt(s, this.antecedent(s, t));
      return referent ? [{ referent, part, evidence: s.spanOf([t]) }] : [];
    });
  }

  /** A known actor named by the whole phrase ("Russian representatives"), else whoever the word stands for. */
  private actorAt(s: ParsedSentence, token: number): Referent | undefined {
    const phrase = s.subtree(token, (d) => d.dep !== 'amod' && d.dep !== 'compound');
    if (phrase.length > 1) {
      const known = this.resolver.existing(s.text.slice(s.spanOf(phrase).start, s.spanOf(phrase).end));
      if (known && known.kind === 'GROUP') return { actor: known, basis: 'STATED', confidence: 0.9 };
    }
    return this.referents.of(s, token, { groups: false });
  }

  /** "who" in "Umerov, the former minister who was appointed" is Umerov. */
  private antecedent(s: ParsedSentence, token: number): number {
    let at = token;
    const up = s.parent(s.parent(at)?.governor ?? 0);
    if (/^(who|that|which)$/i.test(s.token(at).word) && up?.dep === 'acl:relcl') at = up.governor;
    const appos = s.parent(at);
    return appos?.dep === 'appos' && !isVerb(s, appos.governor) ? appos.governor : at;
  }

  private conjuncts(s: ParsedSentence, token: number): number[] {
    return s.dependents(token, 'conj').map((d) => d.dependent);
  }

  /** "a series of demands" is the demands; with `inward`, from the series to the demands. */
  private throughSeries(s: ParsedSentence, n: number, inward = false): number {
    if (inward) {
      const inner = s.dependents(n, 'nmod').find((d) => s.caseOf(d.dependent) === 'of');
      return inner && /^(series|set|list|number|range|raft)$/.test(lemma(s, n)) ? inner.dependent : n;
    }
    const up = s.parent(n);
    return up?.dep === 'nmod' && /^(series|set|list|number|range|raft)$/.test(lemma(s, up.governor)) ? up.governor : n;
  }

  /** "a third round of talks" is the talks' phrase in the clause. */
  private roundOf(s: ParsedSentence, n: number): number {
    const up = s.parent(n);
    return up?.dep === 'nmod' && /^(round|series)$/.test(lemma(s, up.governor)) ? up.governor : n;
  }

  private innerTalks(s: ParsedSentence, n: number): number {
    return s.dependents(n, 'nmod').find((d) => TALKS_NOUNS.test(lemma(s, d.dependent)))?.dependent ?? n;
  }

  /** The verb that hands a thing over ("issued an ultimatum", "sent Moscow a proposal"), if its object is the noun. */
  private handedOverBy(s: ParsedSentence, noun: number): number | undefined {
    const up = s.parent(this.throughSeries(s, noun));
    return up?.dep === 'obj' && HAND_OVER_VERBS.test(lemma(s, up.governor)) ? up.governor : undefined;
  }

  /** To whom a thing is handed: "an ultimatum to Russia", "sent Moscow a proposal". */
  private recipientOf(s: ParsedSentence, noun: number, verb: number | undefined): number | undefined {
    const to = [...s.dependents(noun, 'nmod'), ...(verb !== undefined ? s.dependents(verb, 'obl') : [])].find(
      (d) => s.caseOf(d.dependent) === 'to',
    );
    return to?.dependent ?? (verb !== undefined ? s.dependents(verb, 'iobj')[0]?.dependent : undefined);
  }

  /** A clause that may not have happened: "would let …", "if it agrees", "did not meet". */
  private hypothetical(s: ParsedSentence, verb: number): boolean {
    let at: number | undefined = verb;
    for (let hops = 0; at !== undefined && hops < 4; hops++) {
      const words = [...s.dependents(at, 'aux', 'mark', 'advmod')].map((d) => s.token(d.dependent).word.toLowerCase());
      if (words.some((w) => HYPOTHETICAL_AUX.test(w) || CONDITION_MARKS.test(w) || NEGATION.test(w))) return true;
      const up = s.parent(at);
      at =
        up && /^(xcomp|ccomp|acl)/.test(up.dep) && isVerb(s, up.governor) && !isSpeechVerb(s, up.governor)
          ? up.governor
          : undefined;
    }
    return false;
  }

  /** Planned when the clause looks ahead ("will host", "is ready to host"), else held when it is in the past. */
  private clauseStatus(s: ParsedSentence, verb: number): EventStatus | undefined {
    const aux = s.dependents(verb, 'aux').map((d) => s.token(d.dependent).word.toLowerCase());
    const up = s.parent(verb);
    if (
      aux.some((w) => /^(will|shall|'ll)$/.test(w)) ||
      (up?.dep === 'xcomp' && /^(ready|plan|prepare|set|due)$/.test(lemma(s, up.governor)))
    )
      return 'PLANNED';
    const pos = s.token(verb).pos;
    return pos === 'VBD' || pos === 'VBN' || aux.some((w) => /^(was|were|had|has|have)$/.test(w))
      ? 'OCCURRED'
      : undefined;
  }

  private words(s: ParsedSentence, v: number): string {
    const words = s.subtree(v, (d) => /^(punct|nsubj|obl|conj|cc|parataxis|advcl)$/.test(d.dep) && d.governor === v);
    return s.text.slice(s.spanOf(words).start, s.spanOf(words).end);
  }
}
