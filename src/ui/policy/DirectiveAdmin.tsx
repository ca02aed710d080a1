import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle1,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { directiveActions } from '../../data/policy/directiveRules';
import type { Directive } from '../../data/policy/types';
import { useDirectiveAdminStyles } from './DirectiveAdmin.styles';
import { policyRoutes } from './routes';

/** A status change an author confirms. */
export type DirectiveTransition = 'publish' | 'archive';

/** Props of {@link DirectiveAdmin}. */
export interface DirectiveAdminProps {
  directive: Directive;
  busy: boolean;
  onTransition(transition: DirectiveTransition): void;
}

/** The Juridische dienst's actions on a korpsrichtlijn: edit, publish a concept, archive a published one (each confirmed). */
export function DirectiveAdmin(props: DirectiveAdminProps): React.ReactElement | null {
  const { directive } = props;
  const strings = useStrings().policy.directive;
  const styles = useDirectiveAdminStyles();
  const { navigate } = useNavigation();
  const [asking, setAsking] = React.useState<DirectiveTransition | undefined>(undefined);
  const actions = directiveActions(directive.status);
  if (!actions.edit && !actions.publish && !actions.archive) return null;
  const confirm = (): void => {
    if (asking) props.onTransition(asking);
    setAsking(undefined);
  };
  return (
    <section className={styles.root}>
      <Subtitle1 as="h3" className={styles.heading}>
        {strings.authorActions}
      </Subtitle1>
      <div className={styles.buttons}>
        {actions.edit && (
          <Button disabled={props.busy} onClick={() => navigate(policyRoutes.editDirective(directive.id))}>
            {strings.edit}
          </Button>
        )}
        {actions.publish && (
          <Button appearance="primary" disabled={props.busy} onClick={() => setAsking('publish')}>
            {strings.publish}
          </Button>
        )}
        {actions.archive && (
          <Button disabled={props.busy} onClick={() => setAsking('archive')}>
            {strings.archive}
          </Button>
        )}
      </div>
      <Dialog open={asking !== undefined} onOpenChange={(_ev, data) => !data.open && setAsking(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{asking === 'publish' ? strings.publishTitle : strings.archiveTitle}</DialogTitle>
            <DialogContent>
              <Body1>{asking === 'publish' ? strings.publishBody : strings.archiveBody}</Body1>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirm}>
                {strings.confirm}
              </Button>
              <Button onClick={() => setAsking(undefined)}>{strings.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
