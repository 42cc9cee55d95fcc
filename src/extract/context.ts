/** What every extractor receives: the document view, where to put warnings, and what is known so far. */
import type { DocumentView } from '../model/blocks.js';
import type { Messages } from '../model/messages.js';
import type { SourceMeta } from '../model/types.js';
import type { Family, Kind } from '../schema.js';
import type { TableKinds } from './tables.js';
import type { SentenceLayer } from '../annotate/index.js';

export interface ExtractContext {
  view: DocumentView;
  tables: TableKinds;
  messages: Messages;
  meta: SourceMeta;
  kind: Kind;
  family: Family;
  /** The sentence layer (absent only where an extractor is called on a bare view in a test). */
  layer?: SentenceLayer;
}
