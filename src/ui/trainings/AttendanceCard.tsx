import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Attendance, Training } from '../../data/trainings/types';
import type { Membership } from '../../domain/membership';
import type { PersonRef } from '../../domain/resistance';
import { ATTENDANCE_KINDS, canOrganise, type AttendanceKind } from '../../domain/trainings';
import { formatCount } from '../../loc';
import { SaveError } from '../registers/feedback';
import { ChoiceField } from '../registers/FormFields';
import { RecordTable } from '../registers/RecordTable';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useTrainingsRepository } from './useTrainings';

/** Props of {@link AttendanceCard}. */
export interface AttendanceCardProps {
  me: Membership;
  training: Training;
  /** What the user may read: every row for HR and Cel GWB, their own for a member. */
  attendance: Attendance[];
  staff: PersonRef[];
  onChanged(attendance: Attendance[]): void;
  onConflict(): void;
}

/** The attendance of a session; HR and Cel GWB record it per member (a member reads only their own row). */
export function AttendanceCard(props: AttendanceCardProps): React.ReactElement {
  const strings = useStrings();
  const t = strings.trainings;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const [memberId, setMemberId] = React.useState('');
  const [kind, setKind] = React.useState<AttendanceKind | ''>('Aanwezig');
  const [state, save] = useSave((member: PersonRef, k: AttendanceKind, existing: Attendance | null) => repo.recordAttendance(props.me, props.training, member, k, existing));
  useReloadOnConflict(state, props.onConflict);
  const organiser = canOrganise(props.me);
  const open = props.training.status === 'Gepland' || props.training.status === 'Gegeven';
  return (
    <section className={styles.card} aria-label={t.attendance.heading}>
      <h3 className={styles.subheading}>{t.attendance.heading}</h3>
      {organiser && <p className={styles.muted}>{formatCount(strings, t.attendance.count, props.attendance.length)}</p>}
      <RecordTable
        caption={t.attendance.heading}
        items={props.attendance}
        rowKey={(a) => a.id}
        empty={t.attendance.none}
        columns={[
          { key: 'member', header: t.attendance.member, render: (a) => a.member.name },
          { key: 'kind', header: t.attendance.kind, render: (a) => t.attendanceKinds[a.attendance] },
        ]}
      />
      {organiser && open && (
        <form
          className={styles.actions}
          aria-label={t.attendance.record}
          onSubmit={async (ev) => {
            ev.preventDefault();
            const member = props.staff.filter((p) => p.id === memberId)[0];
            if (!member || !kind) return;
            const existing = props.attendance.filter((a) => a.member.id === member.id)[0] || null;
            const saved = await save(member, kind, existing);
            if (saved) props.onChanged(existing ? props.attendance.map((a) => (a.id === saved.id ? saved : a)) : props.attendance.concat([saved]));
          }}
        >
          <ChoiceField label={t.attendance.member} value={memberId} options={props.staff.map((p) => p.id)} labelOf={(id) => (props.staff.filter((p) => p.id === id)[0] || { name: id }).name} onChange={setMemberId} />
          <ChoiceField<AttendanceKind> label={t.attendance.kind} value={kind} options={ATTENDANCE_KINDS} labelOf={(k) => t.attendanceKinds[k]} onChange={setKind} placeholder={false} />
          <Button type="submit" appearance="primary" disabled={state.status === 'saving' || !memberId}>
            {state.status === 'saving' ? t.attendance.recording : t.attendance.record}
          </Button>
        </form>
      )}
      {state.status === 'error' && <SaveError error={state.error} refusals={t.refusals} />}
    </section>
  );
}
