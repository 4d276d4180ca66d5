/**
 * Demands, as a verb ("Moscow has demanded that Ukraine …") or a noun ("Russia's demands on Ukraine"), and
 * their rejection ("Kyiv has rejected those demands"), which joins the demand before it.
 */
import { REJECTED_NOUNS, type EventType } from '../eventTypes.js';
import type { ParsedSentence } from '../parsedText.js';
import { subjectOf } from '../speechVerbs.js';
import { conjuncts, handedOverBy, hypothetical, isNoun, lemma, throughSeries } from './clauseReading.js';
import { mention, type EventMention } from './mention.js';
import type { ParticipantReader } from './participants.js';

const DEMANDER_TARGET = ['DEMANDER', 'TARGET'] as const;

/** "Moscow has demanded that Ukraine give up four regions". */
export function demandVerb(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const clause = s.dependents(v, 'ccomp')[0];
  const target = clause && s.dependents(clause.dependent, 'nsubj')[0];
  if (!target || hypothetical(s, v)) return;
  const participants = p.issuerTarget(s, subjectOf(s, v), target.dependent, DEMANDER_TARGET);
  return mention(s, 'DEMAND', [v], v, 'OCCURRED', 0.9, participants);
}

/** "presented a series of demands, including Ukraine's cession of …", "Russia's demands on Ukraine". */
export function demandNoun(p: ParticipantReader, s: ParsedSentence, n: number): EventMention | undefined {
  const verb = handedOverBy(s, throughSeries(s, n));
  const demander = s.dependents(n, 'nmod:poss')[0]?.dependent ?? (verb !== undefined ? subjectOf(s, verb) : undefined);
  if (demander === undefined) return;
  const participants = p.issuerTarget(s, demander, demandTarget(s, n), DEMANDER_TARGET);
  return mention(s, 'DEMAND', [n], verb ?? n, 'OCCURRED', 0.85, participants);
}

/** Whom a demand is made on: "demands on Ukraine", else the owner of its first item ("including Ukraine's cession"). */
function demandTarget(s: ParsedSentence, n: number): number | undefined {
  const on = s.dependents(n, 'nmod').find((d) => /^(on|of|from)$/.test(s.caseOf(d.dependent) ?? ''));
  if (on) return on.dependent;
  const items = s.dependents(n, 'nmod').filter((d) => s.caseOf(d.dependent) === 'including');
  return items
    .flatMap((d) => [d.dependent, ...conjuncts(s, d.dependent)])
    .flatMap((i) => s.dependents(i, 'nmod:poss').slice(0, 1))
    .map((d) => d.dependent)[0];
}

/** "Kyiv has rejected those demands", "terms that Kyiv has repeatedly rejected": a rejecter of the demand before. */
export function rejection(p: ParticipantReader, s: ParsedSentence, v: number): EventMention | undefined {
  const subject = s.dependents(v, 'nsubj')[0];
  const parent = s.parent(v);
  const what = [
    ...s.dependents(v, 'obj').map((d) => d.dependent),
    ...(parent && /^(acl|dep)/.test(parent.dep) ? [parent.governor] : []),
  ];
  const type = what.map((w) => rejectedType(s, w)).find(Boolean);
  if (!subject || !type) return;
  const m = mention(s, type, [v], v, 'OCCURRED', 0.85, p.parties(s, subject.dependent, 'REJECTER'));
  return { ...m, joinsLast: true };
}

/** The type a rejected noun names, looking through "a series of demands" and appositions. */
function rejectedType(s: ParsedSentence, noun: number): EventType | undefined {
  let at: number | undefined = noun;
  for (let hops = 0; at !== undefined && hops < 3; hops++) {
    const inner = throughSeries(s, at, true);
    const type = REJECTED_NOUNS[lemma(s, inner)] ?? REJECTED_NOUNS[lemma(s, at)];
    if (type) return type;
    const up = s.parent(at);
    at = up && /^(appos|nmod|obj)/.test(up.dep) && isNoun(s, up.governor) ? up.governor : undefined;
  }
  return undefined;
}
