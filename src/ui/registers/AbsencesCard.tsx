import * as React from 'react';
import { Button, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import type { AbsenceRecord, RegisterPage } from '../../data/registers/RegistersRepository';
import { ErrorMessage } from '../common/Status';
import { AbsenceForm } from './AbsenceForm';
import { SaveError } from './feedback';
import { TextField } from './FormFields';
import { RecordTable } from './RecordTable';
import { useRegisterStyles } from './registers.styles';
import { usePaged } from './usePaged';
import { useRegistersRepository } from './useRegisters';
import { useReloadOnConflict, useSave } from './useSave';

/** Props of {@link AbsencesCard}. */
export interface AbsencesCardProps {
  /** The first page, read with the registers' overview. */
  first: RegisterPage<AbsenceRecord> | null;
  /** Reads the overview again (after someone else changed an absence meanwhile). */
  onReload(): void;
}

/**
 * HR's register of absences (its own list, apart from the side activities): registering an absence of a staff member
 * and its last day. A suspending absence suspends that member's side activities by itself; HR never touches them.
 */
export function AbsencesCard(props: AbsencesCardProps): React.ReactElement {
  const s = useStrings().registers;
  const a = s.absences;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const headingId = useId('absences');
  const today = brusselsDateOf(new Date());
  const paged = usePaged(props.first, React.useCallback((after: number) => repo.loadAbsences(after), [repo]));
  const [added, setAdded] = React.useState<AbsenceRecord[]>([]);
  const [changed, setChanged] = React.useState<{ [id: string]: AbsenceRecord }>({});
  const [formOpen, setFormOpen] = React.useState(false);
  const [ends, setEnds] = React.useState<{ [id: string]: string }>({});
  const [ended, end] = useSave((absence: AbsenceRecord, day: string) => repo.endAbsence(absence, day));
  useReloadOnConflict(ended, props.onReload);
  React.useEffect(() => {
    setAdded([]);
    setChanged({});
  }, [props.first]);
  const shown = added.concat(paged.items.filter((x) => !added.some((y) => y.id === x.id))).map((x) => changed[x.id] || x);

  const onEnd = async (absence: AbsenceRecord): Promise<void> => {
    const next = await end(absence, ends[absence.id] || today);
    if (next) setChanged((c) => ({ ...c, [next.id]: next }));
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {a.title}
      </h3>
      <p className={styles.muted}>{a.intro}</p>
      {formOpen ? (
        <AbsenceForm onRegistered={(x) => setAdded((list) => [x].concat(list))} onClose={() => setFormOpen(false)} />
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => setFormOpen(true)}>
            {a.register}
          </Button>
        </div>
      )}
      <RecordTable
        caption={a.title}
        items={shown}
        rowKey={(x) => x.id}
        empty={a.empty}
        onLoadMore={paged.hasMore ? paged.loadMore : undefined}
        loadingMore={paged.loading}
        columns={[
          { key: 'member', header: a.member, render: (x) => x.member.name },
          { key: 'kind', header: a.kind, render: (x) => a.kinds[x.kind] },
          { key: 'start', header: a.start, render: (x) => formatDateBE(x.start) },
          {
            key: 'end',
            header: a.end,
            render: (x) =>
              x.end ? (
                formatDateBE(x.end)
              ) : (
                <div className={styles.actions}>
                  <TextField label={`${a.endOn} (${x.member.name})`} type="date" value={ends[x.id] || today} onChange={(v) => setEnds((e) => ({ ...e, [x.id]: v }))} />
                  <Button onClick={() => void onEnd(x)} disabled={ended.status === 'saving'}>
                    {a.registerEnd}
                  </Button>
                </div>
              ),
          },
        ]}
      />
      {ended.status === 'error' && <SaveError error={ended.error} />}
      {paged.error ? <ErrorMessage error={paged.error} /> : null}
    </section>
  );
}
