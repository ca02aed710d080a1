import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import type { IntegrityFinding } from '../../domain/proposal/integrity';
import { format } from '../../loc';

/** Props of {@link IntegrityFindings}. */
export interface IntegrityFindingsProps {
  findings: readonly IntegrityFinding[];
}

/** What SharePoint recorded on a proposal that the flow does not explain, said plainly ("gewijzigd buiten de app"). */
export function IntegrityFindings(props: IntegrityFindingsProps): React.ReactElement | null {
  const strings = useStrings();
  const s = strings.proposals;
  if (props.findings.length === 0) return null;
  const line = (f: IntegrityFinding): string => {
    switch (f.kind) {
      case 'statusOutsideApp':
        return format(s.detail.findingStatus, { to: s.status[f.to], name: f.editorName, date: formatDateBE(f.at) });
      case 'unentitledEntry':
        return format(s.detail.findingEntry, { name: f.authorName });
      case 'otherName':
        return format(s.detail.findingName, { name: f.authorName, named: f.namedAs });
      case 'unentitledFeedback':
        return format(s.detail.findingFeedback, { name: f.authorName, step: s.cascade[f.step] });
    }
  };
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.detail.outsideAppHeading}</MessageBarTitle> {s.detail.outsideAppIntro}
        <ul>
          {props.findings.map((f, i) => (
            <li key={i}>{line(f)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
