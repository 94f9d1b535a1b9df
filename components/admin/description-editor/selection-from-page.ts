import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

// The editor learns of a selection moved by the browser (End, Shift+arrows) from "selectionchange",
// which comes a task later: a key read before it (Enter, Ctrl+K) would act on the old selection, e.g.
// Enter after End would delete the words selected a moment ago. Each key first reads the page's selection.
export function takeSelectionFromPage(view: EditorView) {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  const current = view.state.selection;
  if (current.anchor === anchor && current.head === head) return;
  const { doc } = view.state;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
}

/** First among the editor's key handlers, so every shortcut sees the selection the person sees. */
export const SelectionFromPage = Extension.create({
  name: 'selectionFromPage',
  priority: 1000,
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleKeyDown: (view) => (takeSelectionFromPage(view), false) } })];
  },
});
