import * as React from 'react';
import { Badge, Body1, Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { excerpt, plainText } from '../../domain/policy/richText';
import type { Theme } from '../../data/policy/types';
import { format } from '../../loc';
import { policyRoutes } from './routes';
import { useThemeCardStyles } from './ThemeCard.styles';

/** Props of {@link ThemeCard}. */
export interface ThemeCardProps {
  theme: Theme;
}

/** Characters of the theme's opening sentence shown on its card. */
const INTRO_LENGTH = 150;

/** One of the 10 themes on the Beleid home: number, title (opens the theme), the opening of its text. */
export function ThemeCard(props: ThemeCardProps): React.ReactElement {
  const { theme } = props;
  const strings = useStrings().policy;
  const styles = useThemeCardStyles();
  const { navigate } = useNavigation();
  const action = { Geschenk: strings.theme.actionGift, Nevenactiviteit: strings.theme.actionSideActivity, Materiaalschade: strings.theme.actionDamage, Geen: '' }[
    theme.action
  ];
  return (
    // a plain outlined box: Fluent's Card adds focus and selection handling this card has no use for (and 8 KB)
    <div className={styles.root}>
      <div className={styles.header}>
        <span className={styles.number} aria-hidden="true">
          {theme.number}
        </span>
        <div className={styles.heading}>
          <Subtitle2 as="h4" className={styles.title}>
            <Link className={styles.link} onClick={() => navigate(policyRoutes.theme(theme.number))}>
              {theme.title}
            </Link>
          </Subtitle2>
          <Caption1>{format(strings.home.themeNumber, { number: theme.number })}</Caption1>
        </div>
      </div>
      <Body1 className={styles.intro}>{excerpt(plainText(theme.body), INTRO_LENGTH)}</Body1>
      {action && (
        <div>
          <Badge appearance="tint" color="brand">
            {action}
          </Badge>
        </div>
      )}
    </div>
  );
}
