/**
 * Every mutation's response carries its commit's bookmark in `extensions.bookmark`: a client sends it back
 * as `x-actorgraph-bookmark` to read at least that state through any replica (src/db/requestBookmarks.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { formatBookmarks } from '../db/requestBookmarks.js';

export const BOOKMARK_HEADER = 'x-actorgraph-bookmark';

export function bookmarkExtensionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const bookmarks = contextValue.bookmarks;
          if (!bookmarks || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, bookmark: formatBookmarks(bookmarks) };
        },
      };
    },
  };
}
