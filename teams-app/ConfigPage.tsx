import * as React from 'react';
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Title3, type RadioGroupOnChangeData } from '@fluentui/react-components';
import { VIEW_KEYS, viewLabel, type ViewKey } from '../src/app/views';
import type { Strings } from '../src/loc';
import { useConfigPageStyles } from './ConfigPage.styles';
import type { TabStrings } from './strings';

/** Props of {@link ConfigPage}. */
export interface ConfigPageProps {
  strings: TabStrings['configPage'];
  appStrings: Strings;
  /** The view picked first (the tab's current view when its configuration is edited). */
  initialView: ViewKey;
  /** False outside Teams: the page then only explains where it belongs. */
  inTeams: boolean;
  onSelect: (view: ViewKey) => void;
}

/** The configuration page of the channel tab: which part of Integriteit CARMA the tab opens. */
export function ConfigPage(props: ConfigPageProps): React.ReactElement {
  const { strings, appStrings, onSelect } = props;
  const styles = useConfigPageStyles();
  const [view, setView] = React.useState<ViewKey>(props.initialView);
  const onChange = React.useCallback(
    (_ev: React.FormEvent<HTMLDivElement>, data: RadioGroupOnChangeData) => {
      setView(data.value as ViewKey);
      onSelect(data.value as ViewKey);
    },
    [onSelect],
  );
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.heading}>
        {strings.title}
      </Title3>
      {props.inTeams ? (
        <>
          <Text as="p" className={styles.intro}>
            {strings.intro}
          </Text>
          <Field label={strings.viewLabel}>
            <RadioGroup value={view} onChange={onChange}>
              {VIEW_KEYS.map((key) => (
                <Radio key={key} value={key} label={viewLabel(appStrings, key)} />
              ))}
            </RadioGroup>
          </Field>
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.outsideTeams}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
