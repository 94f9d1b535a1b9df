'use client';

// Preparing a session: its title and its phases (the usual workshop to start from), each with its
// instructions and what it lets participants do; phases can be added, removed and reordered.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { DEFAULT_PHASES, PHASE_ALLOWS, PHASES_MAX, type Phase } from '@/lib/live/phases';

export type SessionDraft = { title: string; phases: Phase[] };
type Props = { onCreate: (draft: SessionDraft, start: boolean) => Promise<void>; busy: boolean };

export function AgendaEditor({ onCreate, busy }: Props) {
  const t = useTranslations('live');
  const [title, setTitle] = useState('');
  const [phases, setPhases] = useState<Phase[]>(() =>
    DEFAULT_PHASES.map(({ id, allows }) => ({ id, allows: [...allows], title: t(`defaultPhases.${id}.title`), instructions: t(`defaultPhases.${id}.instructions`) })),
  );
  const change = (index: number, patch: Partial<Phase>) => setPhases((list) => list.map((phase, at) => (at === index ? { ...phase, ...patch } : phase)));
  const move = (index: number, by: -1 | 1) =>
    setPhases((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const add = () => setPhases((list) => [...list, { id: `phase-${Date.now().toString(36)}`, title: t('agenda.newPhase'), instructions: '', allows: [] }]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') !== 'later';
    void onCreate({ title: title.trim(), phases }, start);
  };

  return (
    <form className="form agenda-editor" onSubmit={submit} aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.heading')}</h2>
      <label>
        {t('agenda.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} required />
      </label>
      <ol className="agenda-phases">
        {phases.map((phase, index) => (
          <li key={phase.id} className="agenda-phase">
            <fieldset>
              <legend>{t('agenda.phaseNumber', { number: index + 1 })}</legend>
              <label>
                {t('agenda.phaseTitle')}
                <input value={phase.title} onChange={(event) => change(index, { title: event.target.value })} maxLength={80} required />
              </label>
              <label>
                {t('agenda.instructions')}
                <textarea value={phase.instructions} onChange={(event) => change(index, { instructions: event.target.value })} maxLength={500} rows={2} />
              </label>
              <div className="agenda-allows" role="group" aria-label={t('agenda.allows')}>
                {PHASE_ALLOWS.map((what) => (
                  <label key={what} className="checkbox">
                    <input type="checkbox" checked={phase.allows.includes(what)} onChange={(event) => change(index, { allows: event.target.checked ? [...phase.allows, what] : phase.allows.filter((entry) => entry !== what) })} />
                    {t(`allows.${what}`)}
                  </label>
                ))}
              </div>
              <div className="agenda-phase-actions">
                <button type="button" className="button button-quiet" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('agenda.up')}
                  <span className="visually-hidden"> {phase.title}</span>
                </button>
                <button type="button" className="button button-quiet" disabled={index === phases.length - 1} onClick={() => move(index, 1)}>
                  {t('agenda.down')}
                  <span className="visually-hidden"> {phase.title}</span>
                </button>
                <button type="button" className="button button-quiet" disabled={phases.length === 1} onClick={() => setPhases((list) => list.filter((_, at) => at !== index))}>
                  {t('agenda.remove')}
                  <span className="visually-hidden"> {phase.title}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-quiet" onClick={add} disabled={phases.length >= PHASES_MAX}>
        {t('agenda.add')}
      </button>
      <div className="agenda-submit">
        <button type="submit" name="start" value="now" className="button" disabled={busy}>
          {t('agenda.createAndStart')}
        </button>
        <button type="submit" name="start" value="later" className="button button-quiet" disabled={busy}>
          {t('agenda.createLater')}
        </button>
      </div>
    </form>
  );
}
