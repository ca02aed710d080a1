import * as React from 'react';
import { Body1, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { isIn } from '../../domain/membership';
import { ZONE_SETTING_RULES, ZONE_SETTING_TOPICS, type ZoneSettings } from '../../domain/settings';
import { Status } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PageHeader } from '../policy/PageHeader';
import { policyRoutes } from '../policy/routes';
import { SettingRow } from './SettingRow';
import { useSettingsViewStyles } from './SettingsView.styles';

/** The zone's settings: every reader sees them; the Integriteit Beheerders change them, one at a time, with the ETag read. */
export function SettingsView(): React.ReactElement {
  const strings = useStrings();
  const s = strings.settings;
  const styles = useSettingsViewStyles();
  const repo = useServices().settings;
  const page = useAsync(() => repo.page(), [repo]);
  const [notice, setNotice] = React.useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  // what was saved on this page since it was read: the other settings are checked against it (the reminders' order)
  const [savedHere, setSavedHere] = React.useState<Partial<ZoneSettings>>({});
  return (
    <div className={styles.root}>
      <PageHeader heading={s.title} back={{ label: s.back, route: policyRoutes.home() }} />
      <Body1>{s.intro}</Body1>
      <Body1>{s.fixedByPolicy}</Body1>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {page.status === 'loading' && <Status loading />}
      {page.status === 'error' && <Status error={page.error} onRetry={page.reload} />}
      {page.status === 'ready' && (
        <>
          {!isIn(page.data.me, 'beheerders') && (
            <MessageBar intent="info">
              <MessageBarBody>{s.readOnly}</MessageBarBody>
            </MessageBar>
          )}
          {ZONE_SETTING_TOPICS.map((topic) => (
            <section key={topic} className={styles.topic} aria-labelledby={`instellingen-${topic}`}>
              <Subtitle1 as="h3" id={`instellingen-${topic}`}>
                {s.topics[topic]}
              </Subtitle1>
              <ul className={styles.list}>
                {ZONE_SETTING_RULES.filter((rule) => rule.topic === topic).map((rule) => (
                  <SettingRow
                    key={rule.key}
                    rule={rule}
                    value={page.data.settings[rule.key]}
                    settings={{ ...page.data.settings, ...savedHere }}
                    stored={page.data.stored.filter((x) => x.key === rule.key)[0]}
                    editable={isIn(page.data.me, 'beheerders')}
                    onSaved={(text, value) => {
                      setSavedHere((saved) => ({ ...saved, [rule.key]: value }));
                      setNotice({ intent: 'success', text });
                    }}
                    onConflict={(text) => {
                      setNotice({ intent: 'warning', text });
                      setSavedHere({});
                      page.reload();
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
