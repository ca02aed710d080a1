import * as React from 'react';
import { Badge, Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import type { DossierAdministration } from '../../data/complaints/ComplaintsRepository';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { RecordTable, type Column } from '../registers/RecordTable';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { usePaged } from '../registers/usePaged';
import { AdministrationForm } from './AdministrationForm';
import { useComplaintsRepository } from './useComplaints';

/**
 * The dossiers' administration for the CaLog support role (and Intern Toezicht and the korpsleiding): number, date of
 * receipt, next deadline, documents; the substance of a dossier is in a list this role cannot read.
 */
export function AdministrationPage(): React.ReactElement {
  const c = useStrings().registers.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const state = useAsync(() => repo.loadAdministration(null), [repo]);
  const paged = usePaged(
    state.status === 'ready' ? state.data.page : null,
    React.useCallback((after: number) => repo.loadAdministration(after).then((r) => r.page), [repo]),
  );
  const [editing, setEditing] = React.useState<number | null>(null);
  const [saved, setSaved] = React.useState<{ [id: number]: DossierAdministration }>({});
  const today = brusselsDateOf(new Date());
  const current = (r: DossierAdministration): DossierAdministration => saved[r.id] || r;
  const columns: Column<DossierAdministration>[] = [
    { key: 'number', header: c.adminNumber, render: (r) => current(r).number },
    { key: 'received', header: c.adminReceivedOn, render: (r) => formatDateBE(current(r).receivedOn) },
    {
      key: 'deadline',
      header: c.adminNextDeadline,
      render: (r) => {
        const x = current(r);
        if (!x.nextDeadline) return null;
        return (
          <>
            {formatDateBE(x.nextDeadline)}
            {x.nextDeadline < today && !x.archivedOn && (
              <>
                {' '}
                <Badge appearance="tint" color="danger" className={styles.wrappingBadge}>
                  {c.adminOverdue}
                </Badge>
              </>
            )}
            {x.deadlineNote && <div className={styles.muted}>{x.deadlineNote}</div>}
          </>
        );
      },
    },
    { key: 'archived', header: c.adminArchivedOn, render: (r) => (current(r).archivedOn ? formatDateBE(current(r).archivedOn as string) : null) },
    {
      key: 'edit',
      header: c.adminEdit,
      render: (r) => (
        <Button size="small" onClick={() => setEditing(r.id)} aria-label={`${c.adminEdit} ${current(r).number}`}>
          {c.adminEdit}
        </Button>
      ),
    },
  ];
  const body = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    const record = editing === null ? null : paged.items.filter((r) => r.id === editing)[0] || null;
    return (
      <>
        {record && (
          <section className={styles.card} aria-label={`${c.adminEdit} ${current(record).number}`}>
            <h3 className={styles.subheading}>{current(record).number}</h3>
            <AdministrationForm
              key={current(record).etag}
              record={current(record)}
              onSaved={(next) => {
                setSaved((all) => ({ ...all, [next.id]: next }));
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
              onConflict={state.reload}
            />
          </section>
        )}
        <RecordTable
          caption={c.administrationTitle}
          items={paged.items}
          columns={columns}
          rowKey={(r) => String(r.id)}
          empty={c.administrationEmpty}
          onLoadMore={paged.hasMore ? paged.loadMore : undefined}
          loadingMore={paged.loading}
        />
        {paged.error ? <ErrorMessage error={paged.error} /> : null}
      </>
    );
  };
  return (
    <RegisterPage heading={c.administrationTitle} back={{ view: 'klachten' }}>
      <p className={styles.muted}>{c.administrationIntro}</p>
      {body()}
    </RegisterPage>
  );
}
