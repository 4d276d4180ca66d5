/**
 * To whom a statement is made: "told X", "said to X", "urged X", "called on X", "in a call with X", and the
 * actor a demand or an appeal is made of ("The Russian side must stop …").
 */
import type { ParsedSentence, Span } from './parsedText.js';
import type { Referent, Referents } from './speakers.js';

export interface Addressee {
  referent: Referent;
  /** The words that name the addressee, with the verb. */
  evidence: Span;
}

const OBJECT_ADDRESSED = /^(tell|urge|warn|ask|accuse|inform|assure|remind|brief|invite|order|appeal|press|implore)$/;
const CONVERSATION = /^(call|conversation|talk|talks|meeting|phone|letter|message|interview)$/;
const DEMAND_MODALS = /^(must|should|need|needs|ought|has|have)$/;

export function attributionAddressees(s: ParsedSentence, verb: number, referents: Referents): Addressee[] {
  const out: Addressee[] = [];
  const add = (token: number) => {
    const referent = referents.of(s, token);
    if (referent) out.push({ referent, evidence: s.spanOf([verb, token]) });
  };
  const lemma = s.token(verb).lemma.toLowerCase();
  for (const d of s.dependents(verb, 'obj', 'iobj')) {
    if (OBJECT_ADDRESSED.test(lemma)) add(d.dependent);
    // "issued an ultimatum to Russia"
    for (const n of s.dependents(d.dependent, 'nmod')) if (s.caseOf(n.dependent) === 'to') add(n.dependent);
  }
  for (const d of s.dependents(verb, 'obl')) {
    const marker = s.caseOf(d.dependent);
    if (marker === 'to' || (marker === 'on' && /^(call|appeal)$/.test(lemma))) add(d.dependent);
    // "in a call with X", "during talks with X"
    if (CONVERSATION.test(s.token(d.dependent).lemma.toLowerCase()))
      for (const n of s.dependents(d.dependent, 'nmod')) if (s.caseOf(n.dependent) === 'with') add(n.dependent);
  }
  return out;
}

/** The subject of a demand inside what was said: "X must …", "X should …". */
export function demandAddressees(
  s: ParsedSentence,
  clauseRoot: number,
  referents: Referents,
  speakerId: string,
): Addressee[] {
  const modal = s
    .dependents(clauseRoot, 'aux')
    .some((d) => DEMAND_MODALS.test(s.token(d.dependent).word.toLowerCase()));
  if (!modal) return [];
  const subject = s.dependents(clauseRoot, 'nsubj')[0];
  if (!subject) return [];
  const referent = referents.of(s, subject.dependent);
  if (!referent || referent.actor.id === speakerId) return [];
  const reasoning = `A demand that ${referent.actor.name} act is read as addressed to ${referent.actor.name}.`;
  return [
    {
      referent: {
        ...referent,
        basis: 'INFERRED',
        reasoning: referent.reasoning ? `${referent.reasoning} ${reasoning}` : reasoning,
      },
      evidence: s.spanOf(s.subtree(clauseRoot, (d) => d.dep === 'punct')),
    },
  ];
}
