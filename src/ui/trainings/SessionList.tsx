import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Training } from '../../data/trainings/types';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import { RecordTable } from '../registers/RecordTable';
import { StatusBadge } from '../registers/StatusBadge';
import { trainingRoute } from './routes';

/** Props of {@link SessionList}. */
export interface SessionListProps {
  caption: string;
  trainings: Training[];
  empty: string;
  /** The user's attendance per training id, when the list shows their own trainings. */
  attendance?: { [trainingId: string]: string };
}

/** Trainings with their date, theme, dienst and state; each opens its page. */
export function SessionList(props: SessionListProps): React.ReactElement {
  const strings = useStrings();
  const t = strings.trainings;
  const { navigate } = useNavigation();
  const tone = (status: Training['status']) => (status === 'Gegeven' ? 'done' : status === 'Geannuleerd' ? 'stopped' : status === 'Behoefte' ? 'waiting' : 'info');
  return (
    <RecordTable
      caption={props.caption}
      items={props.trainings}
      rowKey={(training) => training.id}
      empty={props.empty}
      columns={[
        { key: 'when', header: t.fields.when, render: (training) => (training.startsAt ? formatDateBE(brusselsDateOf(training.startsAt)) : strings.registers.common.none) },
        {
          key: 'title',
          header: t.fields.title,
          render: (training) => (
            <Link
              href="#"
              onClick={(ev) => {
                ev.preventDefault();
                navigate({ view: 'opleidingen', item: trainingRoute(training.id) });
              }}
            >
              {training.title}
            </Link>
          ),
        },
        { key: 'theme', header: t.theme, render: (training) => t.themes[training.theme] },
        { key: 'dienst', header: t.dienst, render: (training) => training.dienst || t.wholeCorps },
        {
          key: 'status',
          header: strings.registers.common.status,
          render: (training) => <StatusBadge label={props.attendance ? props.attendance[training.id] || t.statuses[training.status] : t.statuses[training.status]} tone={tone(training.status)} />,
        },
      ]}
    />
  );
}
