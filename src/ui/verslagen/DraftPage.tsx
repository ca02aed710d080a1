import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PageHeader } from '../policy/PageHeader';
import { DraftEditor } from './DraftEditor';
import { reportTitle } from './labels';
import { verslagenRoutes } from './routes';

/** Props of {@link DraftPage}. */
export interface DraftPageProps {
  id: number;
}

/** A draft report or newsletter, for whoever writes or approves it (staff have no access: SharePoint refuses). */
export function DraftPage(props: DraftPageProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const { verslagen } = useServices();
  const state = useAsync(() => verslagen.draft(props.id), [verslagen, props.id]);
  const [notice, setNotice] = React.useState<string | null>(null);
  const { reload } = state;
  const changed = React.useCallback(
    (text: string) => {
      setNotice(text);
      reload();
    },
    [reload],
  );
  return (
    <AsyncContent state={state}>
      {(detail) => (
        <>
          <PageHeader
            heading={format(v.editor.draftOf, { title: reportTitle(strings, detail.draft.kind, detail.draft.text.meetingDate) })}
            back={{ label: v.back, route: verslagenRoutes.home() }}
          />
          {notice && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          <DraftEditor key={detail.draft.etag} detail={detail} onChanged={changed} />
        </>
      )}
    </AsyncContent>
  );
}
