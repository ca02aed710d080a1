import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ComplaintRecord } from '../../data/complaints/ComplaintsRepository';
import type { Membership } from '../../domain/membership';
import { Notice, SaveError } from '../registers/feedback';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave } from '../registers/useSave';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link LegalSupportCard}. */
export interface LegalSupportCardProps {
  dossier: ComplaintRecord;
  me: Membership;
  onChanged(next: ComplaintRecord): void;
}

/** Asking the Juridische dienst's legal support: from then on it reads the dossier, until the dossier is closed. */
export function LegalSupportCard(props: LegalSupportCardProps): React.ReactElement {
  const c = useStrings().registers.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const [state, ask] = useSave(() => repo.requestLegalSupport(props.dossier, props.me));
  const onAsk = async (): Promise<void> => {
    const next = await ask();
    if (next) props.onChanged(next);
  };
  return (
    <section className={styles.card} aria-label={c.legalSupportHeading}>
      <h3 className={styles.subheading}>{c.legalSupportHeading}</h3>
      {props.dossier.legalSupport ? (
        <Notice intent="success">{c.legalSupportAsked}</Notice>
      ) : (
        <>
          <p className={styles.muted}>{c.legalSupportIntro}</p>
          <div className={styles.actions}>
            <Button onClick={() => void onAsk()} disabled={state.status === 'saving'}>
              {c.legalSupportAsk}
            </Button>
          </div>
        </>
      )}
      {state.status === 'error' && <SaveError error={state.error} refusals={c.refusals} />}
    </section>
  );
}
