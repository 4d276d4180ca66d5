/**
 * Each place a sentence reports an event of a common type, with the actors it names and the part each plays,
 * read from the dependency parse: the subject of "issued an ultimatum" is its issuer, "to Russia" its target;
 * "talks between X and Y" have X and Y as participants; "a proposal for talks" makes them proposed. events.ts
 * gathers the mentions of one happening into one event. Each family of events is read in its own file under
 * events/; this file picks, for each word, the readings that may apply to it.
 */
import {
  APPOINT_VERBS,
  ATTACK_VERBS,
  EVENT_NOUNS,
  IMPOSE_VERBS,
  MEETING_NOUNS,
  PLEDGE_VERBS,
  TALKS_NOUNS,
} from './eventTypes.js';
import { appointment } from './events/appointments.js';
import { attack } from './events/attacks.js';
import { isNoun, isVerb, lemma } from './events/clauseReading.js';
import { delegationHead, delegationLed } from './events/delegations.js';
import { demandNoun, demandVerb, rejection } from './events/demands.js';
import { handedOver, invitationVerb } from './events/handedOver.js';
import { agreement, meeting } from './events/meetingsAndAgreements.js';
import { bareMention, type EventMention } from './events/mention.js';
import { ParticipantReader } from './events/participants.js';
import { pledge, sanctions } from './events/sanctionsAndPledges.js';
import { talks } from './events/talks.js';
import { conditionalThreat, daysGiven, daysToAct } from './events/ultimatums.js';
import type { ParsedSentence } from './parsedText.js';
import type { ActorResolver } from './resolveActors.js';
import type { Referents } from './speakers.js';

export class EventMentionReader {
  private readonly participants: ParticipantReader;

  constructor(referents: Referents, resolver: ActorResolver) {
    this.participants = new ParticipantReader(referents, resolver);
  }

  /** Every event mention of a sentence, in token order; then the event nouns no reading used, as bare mentions. */
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
      if (type && isNoun(s, t.index) && !used.has(t.index)) out.push(bareMention(s, t.index, type));
    }
    return out;
  }

  private verbMentions(s: ParsedSentence, v: number): EventMention[] {
    const p = this.participants;
    const l = lemma(s, v);
    const rules = [
      l === 'give' && daysGiven(p, s, v),
      l === 'have' && daysToAct(p, s, v),
      l === 'threaten' && conditionalThreat(p, s, v),
      l === 'demand' && demandVerb(p, s, v),
      l === 'reject' && rejection(p, s, v),
      IMPOSE_VERBS.test(l) && sanctions(p, s, v),
      PLEDGE_VERBS.test(l) && pledge(p, s, v),
      APPOINT_VERBS.test(l) && appointment(p, s, v),
      l === 'meet' && meeting(p, s, v),
      l === 'agree' && agreement(p, s, v),
      l === 'invite' && invitationVerb(p, s, v),
      (l === 'lead' || l === 'head') && delegationLed(p, s, v),
      ATTACK_VERBS.test(l) && attack(p, s, v),
    ];
    return rules.filter((m): m is EventMention => !!m);
  }

  private nounMentions(s: ParsedSentence, n: number): EventMention[] {
    const p = this.participants;
    const l = lemma(s, n);
    const rules = [
      l === 'ultimatum' && handedOver(p, s, n, 'ULTIMATUM', ['ISSUER', 'TARGET']),
      l === 'demand' && demandNoun(p, s, n),
      l === 'invitation' && handedOver(p, s, n, 'INVITATION', ['INVITER', 'INVITEE']),
      (TALKS_NOUNS.test(l) || MEETING_NOUNS.test(l)) && talks(p, s, n),
      /^(head|leader|chief)$/.test(l) && delegationHead(p, s, n),
    ];
    return rules.filter((m): m is EventMention => !!m);
  }
}
