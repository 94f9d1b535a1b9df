'use client';

// Saving, changing and deleting marks on the shared map. Each change is asked of the rules first
// (`can`, with the live session's lock and phase), exactly as the collab server will judge it, so no
// edit it would refuse is ever sent.
import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';

import type { ShownMark } from '@/components/annotations/use-workspace-marks';
import { savePrivateMark } from '@/components/live/private-marks-store';
import type { ProcessRules } from '@/components/process/process-context';
import { annotationSchema, newAnnotationId, type Annotation, type AnnotationPatch } from '@/lib/collab/annotation';
import { checkGeometry, type Geometry } from '@/lib/geo/geometry';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { SessionState } from '@/lib/live/session-state';
import type { ProcessView } from '@/lib/schemas/process';

import { markChange } from './mark-change';
import type { WorkspaceEvent, WorkspaceState } from './workspace-mode';

type Shared = {
  editable: boolean;
  add: (annotation: Annotation) => unknown;
  update: (id: string, patch: AnnotationPatch) => unknown;
  /** The live session's state: in private mode a participant's new mark is saved apart (components/live/private-marks-store.ts). */
  session?: Pick<SessionState, 'privateMode' | 'sessionId'>;
};
/** `rules`: the workspace's, joined with the live session's lock and phase. */
type Options = { process: ProcessView; rules: ProcessRules; state: WorkspaceState; dispatch: Dispatch<WorkspaceEvent>; shared: Shared; scenarioId: string | null; scheduleDelete: (id: string) => void };

export function useMarkActions({ process, rules, state, dispatch, shared, scenarioId, scheduleDelete }: Options) {
  const t = useTranslations();
  const { can, viewer, phase } = rules;
  const errorText = useErrorText();
  // Facilitators' marks always go on the shared map; participants' go apart while private mode is on.
  const privateSession = shared.session?.privateMode && !can('session.run') ? shared.session.sessionId : null;

  const explain = (geometry: Geometry) => {
    const check = checkGeometry(geometry, process.bounds);
    return check.ok ? null : t(`annotations.problems.${check.problem}`);
  };
  const mayChange = (mark: ShownMark) => markChange(rules, mark, shared.editable) === 'open';
  /** Why this person may not change their mark for now (the live session's phase), or null. */
  const changeOffReason = (mark: ShownMark) => (markChange(rules, mark, shared.editable) === 'heldByPhase' && phase ? t('annotations.card.offInPhase', { phase: phase.title }) : null);
  /** Refuses (with the words shown) unless allowed; true when the change may go ahead. */
  const check = (allowedNow: boolean, geometry?: Geometry, mark?: ShownMark) => {
    const problem = !allowedNow ? ((mark && changeOffReason(mark)) ?? t('annotations.refused.reasons.notAllowed')) : geometry ? explain(geometry) : null;
    if (problem) dispatch({ type: 'problemFound', problem });
    return !problem;
  };

  const saveNew = (values: { category: string; text: string }) => {
    const { mode } = state;
    if (mode.name !== 'placing' || !viewer) return;
    const { shape } = mode;
    if (!check(shared.editable && can('annotation.create'), shape.geometry)) return;
    const now = Date.now();
    const refs = { ...(shape.about ? { layerId: shape.about.layerId, featureId: shape.about.featureId } : {}), ...(scenarioId ? { scenarioId } : {}) };
    const annotation = annotationSchema.safeParse({ id: newAnnotationId(), kind: shape.kind, geometry: shape.geometry, ...values, ...refs, authorId: viewer.id, authorName: viewer.name, createdAt: now, updatedAt: now });
    if (!annotation.success) return dispatch({ type: 'problemFound', problem: t('annotations.problems.invalid') });
    if (privateSession) {
      // The shape stays on screen until it is saved, so a refusal can be read and the mark tried again.
      void savePrivateMark(process.slug, privateSession, annotation.data).then(
        () => dispatch({ type: 'cancelled' }),
        (error: unknown) => dispatch({ type: 'problemFound', problem: errorText(error) }),
      );
      return;
    }
    shared.add(annotation.data);
    dispatch({ type: 'markCreated', id: annotation.data.id });
  };

  const saveText = (mark: ShownMark, values: { category: string; text: string }) => {
    if (!check(mayChange(mark), undefined, mark)) return;
    shared.update(mark.id, values);
    dispatch({ type: 'editFinished' });
  };

  const saveShape = (mark: ShownMark) => {
    if (state.mode.name !== 'reshaping' || !check(mayChange(mark), state.mode.geometry, mark)) return;
    shared.update(mark.id, { geometry: state.mode.geometry });
    dispatch({ type: 'reshapeFinished' });
  };

  const remove = (mark: ShownMark) => {
    if (!check(mayChange(mark), undefined, mark)) return;
    scheduleDelete(mark.id);
    dispatch({ type: 'markGone', id: mark.id });
  };

  return { explain, mayChange, changeOffReason, saveNew, saveText, saveShape, remove };
}
