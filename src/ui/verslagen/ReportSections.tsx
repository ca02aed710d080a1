import * as React from 'react';
import { Body1, Caption1, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import type { ReportContent, ReportText } from '../../domain/verslagen/content';
import { reportKind, type ReportKind } from '../../domain/verslagen/kinds';
import { format } from '../../loc';
import { RouteLink } from '../common/RouteLink';
import { outcomeText } from './labels';
import { useReportSectionsStyles } from './ReportSections.styles';

/** Props of {@link ReportSections}. */
export interface ReportSectionsProps {
  kind: ReportKind;
  content: ReportContent;
  /** The texts to show; a draft's editor shows its own fields instead. */
  text?: ReportText;
}

/** A titled section of a report. */
function Section(props: { heading: string; children: React.ReactNode }): React.ReactElement {
  const styles = useReportSectionsStyles();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{props.heading}</h3>
      {props.children}
    </section>
  );
}

/**
 * What a report records, section by section: the decisions on proposals (what, why, a link to each proposal), the
 * fixed agenda item and the comités' feedback where the kind has them, the text; for a newsletter also the month's
 * messages and korpsrichtlijnen.
 */
export function ReportSections(props: ReportSectionsProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = useReportSectionsStyles();
  const { kind, content, text } = props;
  const info = reportKind(kind);
  const newsletter = kind === 'nieuwsbrief';
  const paragraph = (value: string) => (
    <Body1 as="p" className={styles.text}>
      {value}
    </Body1>
  );
  return (
    <>
      {text && newsletter && text.body && <Section heading={v.sections.newsletterIntro}>{paragraph(text.body)}</Section>}
      {(info.generated !== null || content.entries.length > 0) && (
        <Section heading={v.sections.decisions}>
          {content.entries.length === 0 ? (
            <Body1>{v.sections.noDecisions}</Body1>
          ) : (
            <ul className={styles.list}>
              {content.entries.map((e) => (
                <li key={e.decisionId} className={styles.entry}>
                  <RouteLink route={{ view: 'voorstellen', item: `voorstel/${e.proposalId}` }}>{format(v.proposal, { id: e.proposalId, title: e.proposalTitle })}</RouteLink>
                  <Text weight="semibold">{outcomeText(strings, e)}</Text>
                  <Caption1>
                    {formatDateBE(e.at)}
                    {e.dienst ? ` · ${e.dienst}` : ''}
                  </Caption1>
                  {e.reason && (
                    <Body1 as="p" className={styles.text}>
                      <Text weight="semibold">{v.reason}: </Text>
                      {e.reason}
                    </Body1>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {newsletter && content.messages.length > 0 && (
        <Section heading={v.sections.messages}>
          <ul className={styles.list}>
            {content.messages.map((m) => (
              <li key={m.id} className={styles.entry}>
                <Text weight="semibold">{m.title}</Text>
                <Caption1>{formatDateBE(m.publishedAt)}</Caption1>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {newsletter && content.directives.length > 0 && (
        <Section heading={v.sections.directives}>
          <ul className={styles.list}>
            {content.directives.map((d) => (
              <li key={d.id} className={styles.entry}>
                <RouteLink route={{ view: 'beleid', item: `richtlijn/${d.id}` }}>
                  {d.number}: {d.title}
                </RouteLink>
                <Caption1>
                  {format(v.sections.directiveVersion, { version: d.version })} · {formatDateBE(d.publishedAt)}
                </Caption1>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {text && info.fixedItem && <Section heading={v.sections.fixedItem[info.fixedItem]}>{paragraph(text.fixedItem)}</Section>}
      {text && info.comiteFeedback && <Section heading={v.sections.comiteFeedback}>{paragraph(text.comiteFeedback)}</Section>}
      {text && !newsletter && text.body && <Section heading={v.sections.body}>{paragraph(text.body)}</Section>}
    </>
  );
}
