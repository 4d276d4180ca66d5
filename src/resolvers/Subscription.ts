import type { SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import type { FactsChangeRecord } from '../repositories/changeFeedRepository.js';

export const Subscription: SubscriptionResolvers = {
  factsChanged: {
    // Only graphql-ws runs subscribe (HTTP refuses subscriptions in validation), and its context has the feed.
    subscribe: (_root, { actor, types }, ctx) => ctx.changes!.subscribe({ actor: actor ?? null, types: types ?? null }),
    resolve: (change: FactsChangeRecord) => change,
  },
};
