/**
 * Who a phrase names, as participants of an event: the one place the event families turn tokens into
 * actors, through the sentence's referents (pronouns, titles) and the known actors (group names).
 */
import type { ParsedSentence } from '../parsedText.js';
import type { ActorResolver } from '../resolveActors.js';
import type { Referent, Referents } from '../speakers.js';
import { antecedent, conjuncts } from './clauseReading.js';
import type { FoundParticipant } from './mention.js';

export class ParticipantReader {
  constructor(
    private readonly referents: Referents,
    private readonly resolver: ActorResolver,
  ) {}

  /** The actors a token and its conjuncts name ("Russia and Ukraine"), each in one part. */
  parties(s: ParsedSentence, token: number | undefined, part: string): FoundParticipant[] {
    if (token === undefined) return [];
    return [token, ...conjuncts(s, token)].flatMap((t) => {
      const referent = this.actorAt(s, antecedent(s, t));
      return referent ? [{ referent, part, evidence: s.spanOf([t]) }] : [];
    });
  }

  /**
   * The two sides most events have: one who acts (issues, demands, pledges, attacks) and one it is aimed at,
   * in that order. `parts` names them when they are not ISSUER and TARGET.
   */
  issuerTarget(
    s: ParsedSentence,
    issuer: number | undefined,
    target: number | undefined,
    [issuerPart, targetPart]: readonly [string, string] = ['ISSUER', 'TARGET'],
  ): FoundParticipant[] {
    return [...this.parties(s, issuer, issuerPart), ...this.parties(s, target, targetPart)];
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
}
