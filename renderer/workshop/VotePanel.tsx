import { useReactFlow } from '@xyflow/react';
import { X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_VOTES_EACH, MAX_PARTICIPANTS, MAX_VOTES_EACH, PARTICIPANT_NAME_MAX } from '../../shared/model/vote';
import { cleanParticipants } from '../../shared/workshop/votes';
import { selectOnly, useEditor } from '../canvas/store';
import { setVotingAs } from './deviceState';
import { closeVotePanel } from './ui';
import { addParticipant, closeVoteSession, reopenVoteSession, startVoteSession, useVoteView } from './votes';

/**
 * The dot vote, floating over the canvas's top left corner: the facilitator names the
 * participants and their dots; then picks who is voting (each participant in turn clicks
 * elements); the results list stays sorted as dots come in, each with who gave them.
 */
export function VotePanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const session = useVoteView((s) => s.session);
  const [setup, setSetup] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const showSetup = setup || !session;
  return (
    <section className="vote-panel" aria-labelledby={headingId} onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && closeVotePanel()}>
      <header className="vote-panel__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('workshop.vote.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('workshop.vote.close')} title={t('workshop.vote.close')} onClick={closeVotePanel}>
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      {showSetup ? <VoteSetup onDone={() => setSetup(false)} canCancel={!!session} /> : <VoteSession onNew={() => setSetup(true)} />}
    </section>
  );
}

function VoteSetup({ onDone, canCancel }: { onDone: () => void; canCancel: boolean }) {
  const { t } = useTranslation();
  const ids = { question: useId(), people: useId(), each: useId(), error: useId() };
  const [question, setQuestion] = useState('');
  const [people, setPeople] = useState('');
  const [each, setEach] = useState(String(DEFAULT_VOTES_EACH));
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = cleanParticipants(people.split(/[\n,;，、；]/)).map((n) => n.slice(0, PARTICIPANT_NAME_MAX)).slice(0, MAX_PARTICIPANTS);
    if (names.length === 0) return setError(true);
    const votesEach = Math.min(MAX_VOTES_EACH, Math.max(1, Math.round(Number(each)) || DEFAULT_VOTES_EACH));
    startVoteSession(question, names, votesEach);
    onDone();
  };
  return (
    <form className="vote-panel__setup" onSubmit={submit} noValidate>
      <label htmlFor={ids.question}>{t('workshop.vote.setup.question')}</label>
      <input id={ids.question} value={question} maxLength={200} placeholder={t('workshop.vote.setup.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} />
      <label htmlFor={ids.people}>{t('workshop.vote.setup.participants')}</label>
      <textarea
        id={ids.people}
        rows={4}
        value={people}
        aria-describedby={error ? ids.error : undefined}
        aria-invalid={error || undefined}
        placeholder={t('workshop.vote.setup.participantsHint')}
        onChange={(e) => {
          setPeople(e.target.value);
          setError(false);
        }}
      />
      {error && (
        <p id={ids.error} className="vote-panel__error" role="alert">
          {t('workshop.vote.setup.noParticipants')}
        </p>
      )}
      <label htmlFor={ids.each}>{t('workshop.vote.setup.votesEach')}</label>
      <input id={ids.each} type="number" inputMode="numeric" min={1} max={MAX_VOTES_EACH} value={each} onChange={(e) => setEach(e.target.value)} className="vote-panel__each" />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('workshop.vote.setup.start')}
        </button>
        {canCancel && (
          <button type="button" onClick={onDone}>
            {t('workshop.vote.setup.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function VoteSession({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const ids = { voters: useId(), results: useId(), add: useId() };
  const session = useVoteView((s) => s.session)!;
  const use = useVoteView((s) => s.use);
  const results = useVoteView((s) => s.results);
  const voter = useVoteView((s) => s.voter);
  const elements = useEditor((s) => s.elements);
  const [late, setLate] = useState('');

  const show = (elementId: string) => {
    selectOnly([elementId]);
    void flow.fitView({ nodes: [{ id: elementId }], duration: 300, maxZoom: 1.2, padding: 0.6 });
  };

  return (
    <div className="vote-panel__session">
      {session.title && <p className="vote-panel__question">{session.title}</p>}
      {session.closed ? (
        <p className="vote-panel__closed">{t('workshop.vote.finished')}</p>
      ) : (
        <fieldset className="vote-panel__voters">
          <legend id={ids.voters}>{t('workshop.vote.votingAs')}</legend>
          {use.map(({ participant, left }) => (
            <label key={participant} className={`vote-panel__voter${voter === participant ? ' is-chosen' : ''}`}>
              <input type="radio" name="voting-as" checked={voter === participant} onChange={() => setVotingAs(participant)} />
              <span className="vote-panel__name">{participant}</span>
              <span className="vote-panel__left">{t('workshop.vote.left', { count: left })}</span>
            </label>
          ))}
          <label className="vote-panel__voter">
            <input type="radio" name="voting-as" checked={!voter} onChange={() => setVotingAs(null)} />
            <span className="vote-panel__name">{t('workshop.vote.nobody')}</span>
          </label>
          {voter && <p className="vote-panel__hint">{t('workshop.vote.hint')}</p>}
        </fieldset>
      )}
      <h3 id={ids.results}>{t('workshop.vote.results')}</h3>
      {results.length === 0 ? (
        <p className="vote-panel__empty">{t('workshop.vote.noDots')}</p>
      ) : (
        <ol className="vote-results" aria-labelledby={ids.results}>
          {results.map((row) => {
            const element = elements[row.elementId];
            const title = element?.title || t('canvas.node.untitled');
            return (
              <li key={row.elementId}>
                <span className="vote-results__rank" aria-hidden="true">
                  {row.rank}.
                </span>
                <div className="vote-results__what">
                  <button type="button" className="quiet vote-results__title" title={t('workshop.vote.show', { title })} onClick={() => show(row.elementId)}>
                    {title}
                  </button>
                  <span className="vote-results__by">
                    {t('workshop.vote.by', { names: row.byParticipant.map((p) => (p.count > 1 ? `${p.participant} ×${p.count}` : p.participant)).join(', ') })}
                  </span>
                </div>
                <span className="vote-results__count">{t('workshop.vote.dots', { count: row.count })}</span>
              </li>
            );
          })}
        </ol>
      )}
      {!session.closed && (
        <form
          className="vote-panel__add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!late.trim()) return;
            addParticipant(late.slice(0, PARTICIPANT_NAME_MAX));
            setLate('');
          }}
        >
          <label htmlFor={ids.add} className="visually-hidden">
            {t('workshop.vote.addParticipant')}
          </label>
          <input id={ids.add} value={late} placeholder={t('workshop.vote.addParticipant')} onChange={(e) => setLate(e.target.value)} />
          <button type="submit" disabled={!late.trim() || session.participants.length >= MAX_PARTICIPANTS}>
            {t('workshop.vote.add')}
          </button>
        </form>
      )}
      <div className="button-row vote-panel__actions">
        {session.closed ? (
          <button type="button" onClick={reopenVoteSession}>
            {t('workshop.vote.reopen')}
          </button>
        ) : (
          <button type="button" onClick={closeVoteSession}>
            {t('workshop.vote.finish')}
          </button>
        )}
        <button type="button" onClick={onNew}>
          {t('workshop.vote.newVote')}
        </button>
      </div>
    </div>
  );
}
