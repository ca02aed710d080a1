import * as React from 'react';
import { Body1, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { DirectiveSummary } from '../../data/policy/types';
import { DirectiveLinks } from './DirectiveLinks';
import { useToReadStyles } from './ToRead.styles';

/** Props of {@link ToRead}. */
export interface ToReadProps {
  directives: readonly DirectiveSummary[];
}

/** "Nog te lezen": the published korpsrichtlijnen the reader has not acknowledged in their current major version. */
export function ToRead(props: ToReadProps): React.ReactElement {
  const strings = useStrings().policy.home;
  const styles = useToReadStyles();
  const id = useId('nog-te-lezen');
  if (!props.directives.length) {
    return (
      <Body1 as="p" role="status" className={styles.done}>
        {strings.allRead}
      </Body1>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Title3 as="h3" id={id} className={styles.heading}>
        {strings.toReadHeading} ({props.directives.length})
      </Title3>
      <Body1>{strings.toReadIntro}</Body1>
      <DirectiveLinks directives={props.directives} />
    </section>
  );
}
