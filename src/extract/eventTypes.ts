/**
 * The words that report an event of one of the common types (issue 10), and the parts actors play in them.
 * Types and parts are the facts files' codes (docs/facts-files.md): a type the graph already knows is the
 * type a reader looks for ("NEGOTIATIONS", not "TALKS").
 */

export type EventType =
  | 'ULTIMATUM'
  | 'INVITATION'
  | 'NEGOTIATIONS'
  | 'SANCTIONS'
  | 'TARIFFS'
  | 'APPOINTMENT'
  | 'DEMAND'
  | 'PLEDGE'
  | 'MEETING'
  | 'AGREEMENT'
  | 'MILITARY_ACTION';

export type EventStatus = 'OCCURRED' | 'PROPOSED' | 'PLANNED';

/** Nouns that name an event of a type wherever they stand ("the talks", "the sanctions"): mentions, not parties. */
export const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  ultimatum: 'ULTIMATUM',
  talk: 'NEGOTIATIONS',
  talks: 'NEGOTIATIONS',
  negotiation: 'NEGOTIATIONS',
  sanction: 'SANCTIONS',
  tariff: 'TARIFFS',
  demand: 'DEMAND',
  invitation: 'INVITATION',
  appointment: 'APPOINTMENT',
  pledge: 'PLEDGE',
};

/** Talks between delegations: the nouns, and "meeting" when states or bodies hold it. */
export const TALKS_NOUNS = /^(talk|talks|negotiation|negotiations)$/;
export const MEETING_NOUNS = /^(meeting|summit)$/;
/** Nouns for people by their office: "a meeting between the presidents" is a meeting of people. */
export const PERSON_NOUNS = /^(president|leader|minister|premier|chancellor|king|envoy|official|counterpart|diplomat)$/;
/** "a proposal for talks", "an offer of talks": the talks are proposed, and who proposes them is their proposer. */
export const PROPOSAL_NOUNS = /^(proposal|offer|plan)$/;
/** Verbs that propose what follows them ("offered to restart talks", "proposed a meeting"). */
export const PROPOSE_VERBS = /^(offer|propose|suggest)$/;
/** Verbs that hand over a thing said or written ("issued an ultimatum", "sent a proposal", "extended an invitation"). */
export const HAND_OVER_VERBS = /^(issue|give|deliver|set|send|present|put|extend|make|submit|hand|table|lay)$/;
/** Verbs that put sanctions or tariffs in force. */
export const IMPOSE_VERBS = /^(impose|approve|adopt|introduce|slap|announce|unveil|levy|extend|agree)$/;
/** Verbs of commitment whose complement is what is promised ("pledged to send", "announced that X would supply"). */
export const PLEDGE_VERBS = /^(pledge|promise|vow|commit|announce)$/;
/** What is given in a pledge of aid: "send weapons", "supply Ukraine with arms", "escalate military aid". */
export const GIVING_VERBS = /^(send|supply|provide|deliver|give|escalate|increase|boost|expand|transfer)$/;
export const APPOINT_VERBS = /^(appoint|nominate)$/;
export const ATTACK_VERBS = /^(attack|strike|shell|bomb|invade|shoot)$/;
/** What a rejection can be of: the demand reported with it ("terms that Kyiv rejected", "rejected those demands"). */
export const REJECTED_NOUNS: Readonly<Record<string, EventType>> = {
  demand: 'DEMAND',
  condition: 'DEMAND',
  term: 'DEMAND',
  ultimatum: 'ULTIMATUM',
};
/** Nouns for something announced, whose possessor said it ("Trump's announcement that …"). */
export const ANNOUNCEMENT_NOUNS = /^(announcement|statement|declaration|warning|threat|message|remark)$/;
/** Auxiliaries and markers that make a clause a possibility, not a report of what happened. */
export const HYPOTHETICAL_AUX = /^(would|could|might|may|should|can)$/;
export const CONDITION_MARKS = /^(if|unless|until|whether)$/;

/**
 * Parts a second actor does not take once an actor plays it: a later mention that names another issuer of the
 * same ultimatum ("the Kremlin" for Russia) is another way of naming the first, not a second issuer.
 */
export const SINGLE_PARTS = new Set([
  'ISSUER',
  'TARGET',
  'DEMANDER',
  'PROPOSER',
  'INVITER',
  'HOST',
  'PLEDGER',
  'APPOINTEE',
  'APPOINTER',
  'ATTACKER',
]);

/** How a title reads a type. */
export const TYPE_LABELS: Readonly<Record<EventType, string>> = {
  ULTIMATUM: 'Ultimatum',
  INVITATION: 'Invitation',
  NEGOTIATIONS: 'Negotiations',
  SANCTIONS: 'Sanctions',
  TARIFFS: 'Tariffs',
  APPOINTMENT: 'Appointment',
  DEMAND: 'Demand',
  PLEDGE: 'Pledge',
  MEETING: 'Meeting',
  AGREEMENT: 'Agreement',
  MILITARY_ACTION: 'Military action',
};
