import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { flagsUnder, type GiftFlag } from '../../domain/registers';
import { format } from '../../loc';
import { Notice } from './feedback';

/** Props of {@link GiftRulesNotice}. */
export interface GiftRulesNoticeProps {
  flags: readonly GiftFlag[];
}

/** What aandachtspunt 1 says of a flagged gift: never accepted at all, or (a New Year gift) not accepted personally. */
export function GiftRulesNotice(props: GiftRulesNoticeProps): React.ReactElement | null {
  const s = useStrings().registers.gifts;
  const never = flagsUnder('neverAccepted', props.flags);
  const personal = flagsUnder('notPersonally', props.flags);
  if (!never.length && !personal.length) return null;
  const named = (flags: GiftFlag[]): string => flags.map((f) => s.flags[f]).join(', ');
  return (
    <Notice intent="warning" title={s.flagsTitle}>
      {never.length > 0 && format(s.flagsNeverBody, { flags: named(never) })}
      {never.length > 0 && personal.length > 0 && ' '}
      {personal.length > 0 && format(s.flagsPersonalBody, { flags: named(personal) })}
    </Notice>
  );
}
