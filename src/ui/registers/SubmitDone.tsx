import * as React from 'react';
import { Button, Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { RegisterKind, SubmitOutcome } from '../../data/registers/RegistersRepository';
import { Notice } from './feedback';
import { useRegisterStyles } from './registers.styles';
import { detailRoute } from './routes';

/** Props of {@link SubmitDone}. */
export interface SubmitDoneProps {
  kind: RegisterKind;
  outcome: SubmitOutcome;
  /** What the register says on receipt. */
  message: string;
  viewLabel: string;
  /** A warning to add (e.g. the photo was not saved). */
  warning?: string;
}

/** After a declaration: stored (with a link to it) or kept in the outbox until SharePoint is reachable. */
export function SubmitDone(props: SubmitDoneProps): React.ReactElement {
  const strings = useStrings();
  const styles = useRegisterStyles();
  const { navigate } = useNavigation();
  const { outcome } = props;
  return (
    <div className={styles.section}>
      {outcome.status === 'created' ? (
        <Notice intent="success">
          {props.message}{' '}
          <Link
            href="#"
            onClick={(ev) => {
              ev.preventDefault();
              navigate({ view: 'registers', item: detailRoute(props.kind, outcome.id) });
            }}
          >
            {props.viewLabel}
          </Link>
        </Notice>
      ) : (
        <Notice intent="warning">{strings.registers.common.queued}</Notice>
      )}
      {props.warning && <Notice intent="warning">{props.warning}</Notice>}
      <div className={styles.actions}>
        <Button onClick={() => navigate({ view: 'registers' })}>{strings.registers.common.back}</Button>
      </div>
    </div>
  );
}
