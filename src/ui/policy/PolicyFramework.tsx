import * as React from 'react';
import { Body1, mergeClasses, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { PolicyText, PolicyTextSection } from '../../data/policy/types';
import { Chevron } from '../common/Chevron';
import { usePolicyFrameworkStyles } from './PolicyFramework.styles';
import { RichText } from './RichText';

/** Props of {@link PolicyFramework}. */
export interface PolicyFrameworkProps {
  texts: readonly PolicyText[];
}

/**
 * The framework of the policy, one disclosure each (the browser's own `details`, several open at once): introduction,
 * legal framework, beleidslijnen, instruments, interne zaken.
 */
export function PolicyFramework(props: PolicyFrameworkProps): React.ReactElement {
  const strings = useStrings().policy.home;
  const styles = usePolicyFrameworkStyles();
  const of = (section: PolicyTextSection): PolicyText[] => props.texts.filter((t) => t.section === section);
  const byKey = (key: string): PolicyText | undefined => props.texts.filter((t) => t.key === key)[0];
  const intro = of('Inleiding')[0];
  const instrumentsIntro = byKey('complementaire-instrumenten-inleiding');
  // legal texts and instruments open with their own title; beleidslijnen have a title only; roles need both
  const list = (texts: PolicyText[], show: 'title' | 'body' | 'both', ordered = false): React.ReactElement => {
    const items = texts.map((t) => (
      <li key={t.id}>
        {show !== 'body' && (show === 'title' ? <Body1>{t.title}</Body1> : <Text className={styles.itemTitle}>{t.title}</Text>)}
        {show !== 'title' && <RichText html={t.body} />}
      </li>
    ));
    return ordered ? <ol className={styles.list}>{items}</ol> : <ul className={styles.list}>{items}</ul>;
  };
  const parts: { value: string; title: string; content: React.ReactNode; shown: boolean }[] = [
    {
      value: 'inleiding',
      title: strings.introduction,
      shown: !!intro,
      content: intro && (
        <>
          <RichText html={intro.body} />
          {intro.detail && <Text className={styles.signature}>{intro.detail}</Text>}
        </>
      ),
    },
    { value: 'wettelijk-kader', title: strings.legalFramework, shown: of('Wettelijk kader').length > 0, content: list(of('Wettelijk kader'), 'body') },
    { value: 'beleidslijnen', title: strings.policyLines, shown: of('Beleidslijn').length > 0, content: list(of('Beleidslijn'), 'title', true) },
    {
      value: 'instrumenten',
      title: strings.instruments,
      shown: of('Instrument').length > 0,
      content: (
        <>
          {instrumentsIntro && <RichText html={instrumentsIntro.body} />}
          {list(of('Instrument'), 'body')}
        </>
      ),
    },
    { value: 'interne-zaken', title: strings.internalAffairs, shown: of('Interne zaken').length > 0, content: list(of('Interne zaken'), 'both') },
  ];
  return (
    <div>
      {parts
        .filter((p) => p.shown)
        .map((p) => (
          <details key={p.value} className={styles.part}>
            <summary className={mergeClasses(styles.summary, styles.focusRing)}>
              <Chevron />
              <h4 className={styles.title}>{p.title}</h4>
            </summary>
            <div className={styles.panel}>{p.content}</div>
          </details>
        ))}
    </div>
  );
}
