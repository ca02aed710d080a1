import * as React from 'react';
import { Body1, Field, Select } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { REPORT_KINDS, writableKinds, type ReportKind } from '../../domain/verslagen/kinds';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PageHeader } from '../policy/PageHeader';
import { DraftList } from './DraftList';
import { NewDraftForm } from './NewDraftForm';
import { PublishedList } from './PublishedList';
import { useReportsHomeStyles } from './ReportsHome.styles';

/** The home of the view: the published reports (filtered by kind) and, for who writes or approves them, the drafts. */
export function ReportsHome(): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = useReportsHomeStyles();
  const { verslagen } = useServices();
  const [kind, setKind] = React.useState<ReportKind | ''>('');
  const state = useAsync(() => verslagen.home(kind || null), [verslagen, kind]);
  return (
    <div>
      <PageHeader heading={v.title} />
      <div className={styles.intro}>
        <Body1 as="p">{v.intro}</Body1>
      </div>
      <AsyncContent state={state}>
        {(home) => {
          const kinds = writableKinds(home.me.groups);
          return (
            <>
              {(kinds.length > 0 || home.drafts.length > 0) && (
                <section className={styles.section} aria-labelledby="verslagen-drafts">
                  <h3 id="verslagen-drafts" className={styles.heading}>
                    {v.drafts.heading}
                  </h3>
                  <DraftList drafts={home.drafts} />
                  {kinds.length > 0 && <NewDraftForm kinds={kinds} />}
                </section>
              )}
              <section className={styles.section} aria-labelledby="verslagen-published">
                <h3 id="verslagen-published" className={styles.heading}>
                  {v.publishedHeading}
                </h3>
                <Field label={v.kindFilter} className={styles.filter}>
                  <Select value={kind} onChange={(_ev, data) => setKind(data.value as ReportKind | '')}>
                    <option value="">{v.allKinds}</option>
                    {REPORT_KINDS.map((k) => (
                      <option key={k.key} value={k.key}>
                        {v.kinds[k.key]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <PublishedList page={home.published} />
              </section>
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
