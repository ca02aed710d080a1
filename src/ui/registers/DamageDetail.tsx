import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { HANDLING_STATUSES, type HandlingStatus } from '../../domain/registers';
import { isIn } from '../../domain/membership';
import type { DamageHandling, DamageRecord } from '../../data/registers/RegistersRepository';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { FormFooter } from './FormFooter';
import { ChoiceField, TextField } from './FormFields';
import { DamagePhoto } from './DamagePhoto';
import { Details, RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { formatDateTimeBE } from './formatTime';
import { StatusBadge } from './StatusBadge';
import { useRegistersRepository } from './useRegisters';
import { useReloadOnConflict, useSave } from './useSave';

/** Props of {@link DamageDetail}. */
export interface DamageDetailProps {
  id: string;
}

/** One damage report: what the reporter declared, the photos, and the handling by Logistiek (which the reporter follows). */
export function DamageDetail(props: DamageDetailProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const d = s.damage;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const state = useAsync(() => repo.loadDamageReport(props.id), [repo, props.id]);
  const [report, setReport] = React.useState<DamageRecord | null>(null);
  const [handling, setHandling] = React.useState<DamageHandling>({ status: 'Gemeld', notes: '' });
  const loaded = state.status === 'ready' ? state.data.report : null;
  React.useEffect(() => {
    setReport(loaded);
    if (loaded) setHandling({ status: loaded.status, notes: loaded.handlingNote || '' });
  }, [loaded]);
  const [saved, save] = useSave((r: DamageRecord, h: DamageHandling) => repo.handleDamage(r, h));
  useReloadOnConflict(saved, state.reload);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const current = report || state.data.report;
  const handles = isIn(state.data.me, 'logistiek', 'beheerders');

  const onSave = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    const next = await save(current, handling);
    if (next) setReport(next);
  };

  return (
    <RegisterPage heading={current.what} back={{ view: 'registers' }}>
      <Details
        rows={[
          [s.common.status, <StatusBadge key="s" status={current.status} label={s.common.handlingStatus[current.status]} />],
          [d.category, d.categories[current.category]],
          [d.location, current.location],
          [d.occurredOn, formatDateTimeBE(current.occurredAt)],
          [d.object, current.object],
          [d.description, current.description],
          [s.common.dienst, current.dienst],
          [s.common.reportedBy, `${current.reporter.name} · ${formatDateBE(current.reportedAt)}`],
          [d.handlingNotes, current.handlingNote],
          [
            d.photos,
            current.photos.length ? (
              <span className={styles.actions}>
                {current.photos.map((p) => (
                  <DamagePhoto key={p.name} reportId={current.id} name={p.name} alt={`${current.what} (${p.name})`} />
                ))}
              </span>
            ) : null,
          ],
        ]}
      />
      {handles && (
        <form className={styles.card} onSubmit={onSave} aria-label={d.handlingTitle}>
          <h3 className={styles.subheading}>{d.handlingTitle}</h3>
          <div className={styles.form}>
            <ChoiceField<HandlingStatus>
              label={s.common.status}
              value={handling.status}
              options={HANDLING_STATUSES}
              placeholder={false}
              labelOf={(v) => s.common.handlingStatus[v]}
              onChange={(v) => v && setHandling((h) => ({ ...h, status: v }))}
            />
            <TextField className={styles.wide} label={d.handlingNotes} multiline value={handling.notes} onChange={(v) => setHandling((h) => ({ ...h, notes: v }))} />
          </div>
          <FormFooter problems={{}} state={saved} submitLabel={s.common.save} busyLabel={s.common.saving} confirm />
        </form>
      )}
    </RegisterPage>
  );
}
