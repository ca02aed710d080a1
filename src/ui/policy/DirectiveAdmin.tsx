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
import { directiveActions, versionLabel } from '../../domain/policy/directiveRules';
import type { Directive } from '../../data/policy/types';
import { format } from '../../loc';
import { useDirectiveAdminStyles } from './DirectiveAdmin.styles';
import { policyRoutes } from './routes';

/** An author's action on a korpsrichtlijn; all but `revise` are confirmed first. */
export type DirectiveTransition = 'publish' | 'archive' | 'discard' | 'revise';

/** Props of {@link DirectiveAdmin}. */
export interface DirectiveAdminProps {
  directive: Directive;
  busy: boolean;
  onTransition(transition: DirectiveTransition): void;
}

/**
 * The Juridische dienst's actions: on a concept edit, publish (a new korpsrichtlijn, or the new version of a published
 * one) and remove it; on a published korpsrichtlijn draft a new version (a concept) or archive it.
 */
export function DirectiveAdmin(props: DirectiveAdminProps): React.ReactElement | null {
  const { directive } = props;
  const strings = useStrings().policy.directive;
  const styles = useDirectiveAdminStyles();
  const { navigate } = useNavigation();
  const [asking, setAsking] = React.useState<DirectiveTransition | undefined>(undefined);
  const actions = directiveActions(directive.status);
  if (!actions.edit && !actions.publish && !actions.archive && !actions.revise) return null;
  const confirm = (): void => {
    if (asking) props.onTransition(asking);
    setAsking(undefined);
  };
  const revision = directive.revision;
  const dialog = (which: DirectiveTransition | undefined): { title: string; body: string } => {
    if (which === 'archive') return { title: strings.archiveTitle, body: strings.archiveBody };
    if (which === 'discard') return { title: strings.discardTitle, body: strings.discardBody };
    if (!revision) return { title: strings.publishTitle, body: strings.publishBody };
    const body = revision.change === 'major' ? strings.publishMajorBody : strings.publishMinorBody;
    return { title: strings.publishRevisionTitle, body: format(body, { number: directive.number, version: versionLabel(directive) }) };
  };
  const shown = dialog(asking);
  return (
    <section className={styles.root}>
      <Subtitle1 as="h3" className={styles.heading}>
        {strings.authorActions}
      </Subtitle1>
      <div className={styles.buttons}>
        {actions.edit && (
          <Button disabled={props.busy} onClick={() => navigate(policyRoutes.editConcept(directive.id))}>
            {strings.edit}
          </Button>
        )}
        {actions.publish && (
          <Button appearance="primary" disabled={props.busy} onClick={() => setAsking('publish')}>
            {strings.publish}
          </Button>
        )}
        {actions.discard && (
          <Button disabled={props.busy} onClick={() => setAsking('discard')}>
            {strings.discard}
          </Button>
        )}
        {actions.revise && (
          <Button disabled={props.busy} onClick={() => props.onTransition('revise')}>
            {strings.revise}
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
            <DialogTitle>{shown.title}</DialogTitle>
            <DialogContent>
              <Body1>{shown.body}</Body1>
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
