import type { SearchHitResolvers } from '../__generated__/resolvers-types.js';
import { captionOf } from './caption.js';

export const SearchHit: SearchHitResolvers = {
  caption: (hit) => captionOf(hit.node),
};
