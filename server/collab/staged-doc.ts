// The room's document as the guard sees it: what is stored, plus the accepted changes still on their
// way to storage. Each change is judged against it; the room's own document (what clients get)
// takes a change only once it is stored. Everything the room's document takes is mirrored here.
import * as Y from 'yjs';

export class StagedDoc {
  doc: Y.Doc;

  constructor(private readonly stored: Y.Doc) {
    this.doc = copyOf(stored);
    stored.on('update', (update: Uint8Array) => Y.applyUpdate(this.doc, update));
  }

  /** An accepted change on its way to storage: judged against from now on. */
  stage(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
  }

  /** Forgets every staged change (their write failed): back to what is stored. */
  reset(): void {
    this.doc.destroy();
    this.doc = copyOf(this.stored);
  }

  destroy(): void {
    this.doc.destroy();
  }
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
