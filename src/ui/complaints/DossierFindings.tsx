import * as React from 'react';
import { Badge, Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import { COMPLAINT_OUTCOMES, FINDING_KINDS, type CheckedFinding, type ComplaintOutcome, type FindingKind } from '../../domain/complaints';
import type { ComplaintRecord } from '../../data/complaints/ComplaintsRepository';
import type { Membership } from '../../domain/membership';
import { format } from '../../loc';
import { Notice, SaveError, problemsOf } from '../registers/feedback';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { formatDateTimeBE } from '../registers/formatTime';
import { useSave } from '../registers/useSave';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link DossierFindings}. */
export interface DossierFindingsProps {
  dossier: ComplaintRecord;
  me: Membership;
  findings: CheckedFinding[];
}

/** The investigator's findings (each with its SharePoint author, and whether it counts) and, for the investigator, the form to add one. */
export function DossierFindings(props: DossierFindingsProps): React.ReactElement {
  const strings = useStrings();
  const c = strings.registers.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const { dossier, me } = props;
  const [findings, setFindings] = React.useState(props.findings);
  const [kind, setKind] = React.useState<FindingKind | ''>('Bevinding');
  const [text, setText] = React.useState('');
  const [outcome, setOutcome] = React.useState<ComplaintOutcome | ''>('');
  const [sentOn, setSentOn] = React.useState(brusselsDateOf(new Date()));
  const [saved, add] = useSave(() =>
    repo.addFinding(dossier, me, { kind: kind || 'Bevinding', text, outcome: outcome || null, feedbackSentOn: kind === 'Terugkoppeling' ? sentOn : null }),
  );
  const mine = dossier.investigator !== null && dossier.investigator.id === String(me.userId) && dossier.disciplinaryOpenedOn === null;
  const feedback = kind === 'Terugkoppeling';
  const problems = saved.status === 'error' ? problemsOf<{ text: string; outcome: string; feedbackSentOn: string }>(saved.error) : {};

  const fillTemplate = (): void =>
    setText(
      format(c.feedbackTemplate, {
        complainant: dossier.complainant.name || c.complainantTitle,
        receivedOn: formatDateBE(dossier.receivedOn),
        reference: dossier.reference,
        investigator: me.name,
        outcome: outcome ? c.outcomes[outcome].toLowerCase() : '…',
      }),
    );

  const onSubmit = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    const next = await add();
    if (next) {
      setFindings(next);
      setText('');
    }
  };

  return (
    <section className={styles.card} aria-label={c.sectionFindings}>
      <h3 className={styles.subheading}>{c.sectionFindings}</h3>
      <p className={styles.muted}>{c.findingsIntro}</p>
      {findings.length === 0 ? (
        <p className={styles.muted}>{c.findingsEmpty}</p>
      ) : (
        <ol className={styles.list} aria-label={c.sectionFindings}>
          {findings.map((f) => (
            <li key={f.id}>
              <strong>{c.findingKinds[f.kind]}</strong> · {format(c.findingBy, { date: formatDateTimeBE(f.at), author: f.author.name })}
              {f.outcome && ` (${c.outcomes[f.outcome]}${f.feedbackSentOn ? `, ${formatDateBE(f.feedbackSentOn)}` : ''})`}
              {!f.counts && (
                <>
                  {' '}
                  <Badge appearance="tint" color="danger" className={styles.wrappingBadge}>
                    {format(c.findingNotCounted, { author: f.author.name })}
                  </Badge>
                </>
              )}
              <p className={styles.muted}>{f.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mine && (
        <form className={styles.form} onSubmit={onSubmit} aria-label={c.addFinding} noValidate>
          <ChoiceField<FindingKind> label={c.findingKind} value={kind} options={FINDING_KINDS} placeholder={false} labelOf={(k) => c.findingKinds[k]} onChange={setKind} />
          {feedback && (
            <ChoiceField<ComplaintOutcome> label={c.outcome} required value={outcome} options={COMPLAINT_OUTCOMES} labelOf={(o) => c.outcomes[o]} onChange={setOutcome} problem={problems.outcome} />
          )}
          {feedback && <TextField label={c.feedbackDate} required type="date" value={sentOn} onChange={setSentOn} problem={problems.feedbackSentOn} />}
          <div className={styles.wide}>
            <TextField label={feedback ? c.feedbackText : c.findingText} required multiline rows={feedback ? 14 : 5} value={text} onChange={setText} problem={problems.text} />
            {feedback && <Button onClick={fillTemplate}>{c.useTemplate}</Button>}
          </div>
          {saved.status === 'error' && (
            <div className={styles.wide}>
              <SaveError error={saved.error} refusals={c.refusals} />
            </div>
          )}
          {saved.status === 'done' && <Notice intent="success">{c.findingAdded}</Notice>}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={saved.status === 'saving'}>
              {c.addFinding}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
