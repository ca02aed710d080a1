import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useRegisterStyles } from '../registers/registers.styles';
import { Notice } from '../registers/feedback';
import { useMeldenStyles } from './melden.styles';

/** Props of {@link ChannelInfo}. */
export interface ChannelInfoProps {
  /** The names of the integrity contacts. */
  contacts: readonly string[];
}

/**
 * What the channel is for and what goes elsewhere, that Comité P is the external channel, and what the app can honestly
 * promise about the reporter's identity (SharePoint records who created an item) with the ways around it.
 */
export function ChannelInfo(props: ChannelInfoProps): React.ReactElement {
  const a = useStrings().melden.about;
  const styles = useMeldenStyles();
  const shared = useRegisterStyles();
  return (
    <div className={styles.columns}>
      <section className={shared.card} aria-labelledby="melden-for">
        <h3 id="melden-for" className={shared.subheading}>{a.forHeading}</h3>
        <p className={styles.prose}>{a.forBody}</p>
        <h3 className={shared.subheading}>{a.elsewhereHeading}</h3>
        <ul className={shared.list}>
          {a.elsewhere.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className={shared.card} aria-labelledby="melden-identity">
        <h3 id="melden-identity" className={shared.subheading}>{a.identityHeading}</h3>
        <p className={styles.prose}>{a.identityBody}</p>
        <p className={styles.prose}>{a.identityAlternative}</p>
        <h3 className={shared.subheading}>{a.contactsHeading}</h3>
        {props.contacts.length ? (
          <ul className={shared.list}>
            {props.contacts.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p className={shared.muted}>{a.noContacts}</p>
        )}
      </section>
      <section className={shared.card} aria-labelledby="melden-external">
        <h3 id="melden-external" className={shared.subheading}>{a.externalHeading}</h3>
        <p className={styles.prose}>{a.externalBody}</p>
        <Notice intent="info">{a.protection}</Notice>
      </section>
    </div>
  );
}
