import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import { DraftInvalidError } from '../../domain/registers/drafts';
import { RuleRefusedError } from '../../data/registers/ruleRefused';
import type { Strings } from '../../loc';
import { errorText } from '../common/Status';

/** What went wrong with a save, in the user's language: a refusal by the rules, bad input, or a SharePoint error. */
export function saveErrorText(strings: Strings, error: unknown, refusals: { [code: string]: string } = {}): string {
  if (error instanceof DraftInvalidError) return strings.registers.common.fixProblems;
  if (error instanceof RuleRefusedError) return refusals[error.refusal.code] || strings.errors.generic;
  if (classifyError(error) === 'conflict') return strings.registers.common.conflict;
  return errorText(strings, error);
}

/** Props of {@link Notice}. */
export interface NoticeProps {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  children: React.ReactNode;
}

/** A message bar that screen readers announce (errors assertively, the rest politely). */
export function Notice(props: NoticeProps): React.ReactElement {
  return (
    <MessageBar intent={props.intent} role={props.intent === 'error' ? 'alert' : 'status'} politeness={props.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Props of {@link SaveError}. */
export interface SaveErrorProps {
  error: unknown;
  refusals?: { [code: string]: string };
}

/** The error of a failed save. */
export function SaveError(props: SaveErrorProps): React.ReactElement {
  const strings = useStrings();
  return <Notice intent="error">{saveErrorText(strings, props.error, props.refusals)}</Notice>;
}

/** The field problems of a refused draft, or none. */
export function problemsOf<T>(error: unknown): DraftInvalidError<T>['problems'] {
  return error instanceof DraftInvalidError ? (error.problems as DraftInvalidError<T>['problems']) : {};
}

/** Whether a save failed on bad input (the form marks the fields) rather than on SharePoint or the rules. */
export const isDraftError = (error: unknown): boolean => error instanceof DraftInvalidError;
