import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { classifyError } from '../../data/errors';
import { draftProblems, nextVersion, versionLabel, type DraftProblem } from '../../domain/policy/directiveRules';
import { DuplicateDirectiveNumberError } from '../../data/policy/PolicyRepository';
import { htmlToText } from '../../domain/policy/richText';
import type { Directive, DirectiveDraft, Theme, VersionChange } from '../../data/policy/types';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { useDirectiveEditorStyles } from './DirectiveEditor.styles';
import { PageHeader } from './PageHeader';
import { usePolicyRepository } from './PolicyRepositoryContext';
import { policyRoutes } from './routes';

/** Props of {@link DirectiveEditor}. */
export interface DirectiveEditorProps {
  /** The concept to edit (Richtlijnconcepten); a new concept when absent. */
  conceptId?: number;
}

/** What the editor starts from: the themes and, when editing, the concept. */
interface EditorData {
  themes: Theme[];
  directive?: Directive;
}

/**
 * Creates a concept korpsrichtlijn or edits one. A concept of a new version of a published korpsrichtlijn keeps its
 * number and says whether its publication will be a minor or a new major version.
 */
export function DirectiveEditor(props: DirectiveEditorProps): React.ReactElement {
  const repository = usePolicyRepository();
  const strings = useStrings().policy;
  const state = useAsync<EditorData>(
    () =>
      props.conceptId === undefined
        ? repository.loadThemes().then((themes) => ({ themes }))
        : repository.loadConcept(props.conceptId).then((detail) => ({ themes: detail.themes, directive: detail.directive })),
    [repository, props.conceptId],
  );
  // kept here, not in the form: a conflict reloads the form with the fresh state and the message must outlive that
  const [conflict, setConflict] = React.useState(false);
  const backLink = { label: strings.editor.cancel, route: props.conceptId === undefined ? policyRoutes.directives() : policyRoutes.concept(props.conceptId) };
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader heading={strings.editor.newHeading} back={backLink} />
        <ErrorMessage error={state.error} onRetry={state.reload} />
      </>
    );
  }
  const reload = (): void => {
    setConflict(true);
    state.reload();
  };
  return <DirectiveForm key={state.data.directive ? state.data.directive.etag : 'new'} data={state.data} conflict={conflict} onConflict={reload} />;
}

/** Props of {@link DirectiveForm}. */
export interface DirectiveFormProps {
  data: EditorData;
  /** Someone else changed the directive while it was being edited: the form shows the fresh state. */
  conflict: boolean;
  /** Reloads the fresh state after a 412. */
  onConflict(): void;
}

function draftOf(directive: Directive | undefined): DirectiveDraft {
  if (!directive) return { number: '', title: '', summary: '', body: '', themeIds: [], requiresAcknowledgement: true };
  return {
    number: directive.number,
    title: directive.title,
    summary: directive.summary,
    body: htmlToText(directive.body),
    themeIds: directive.themeIds.slice(),
    requiresAcknowledgement: directive.requiresAcknowledgement,
  };
}

/** The editor's form, once the themes (and the directive) are loaded. */
export function DirectiveForm(props: DirectiveFormProps): React.ReactElement {
  const { themes, directive } = props.data;
  const repository = usePolicyRepository();
  const strings = useStrings().policy;
  const e = strings.editor;
  const styles = useDirectiveEditorStyles();
  const { navigate } = useNavigation();
  const [draft, setDraft] = React.useState<DirectiveDraft>(() => draftOf(directive));
  const revision = directive ? directive.revision : undefined;
  const [change, setChange] = React.useState<VersionChange>(revision ? revision.change : 'minor');
  const [shownProblems, setShownProblems] = React.useState<{ [field in keyof DirectiveDraft]?: string }>({});
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  // the base a new version starts from: what "minor" and "major" make of it
  const base = revision ? { status: 'Gepubliceerd' as const, versionMajor: revision.baseMajor, versionMinor: revision.baseMinor } : undefined;
  const set = <K extends keyof DirectiveDraft>(field: K, value: DirectiveDraft[K]): void => setDraft((d) => ({ ...d, [field]: value }));
  const problemText = (problem: DraftProblem): string => e[problem];

  const save = (ev: React.FormEvent): void => {
    ev.preventDefault();
    const problems = draftProblems(draft, 'Concept');
    const texts: { [field in keyof DirectiveDraft]?: string } = {};
    (Object.keys(problems) as (keyof DirectiveDraft)[]).forEach((field) => {
      texts[field] = problemText(problems[field] as DraftProblem);
    });
    setShownProblems(texts);
    setError(undefined);
    if (Object.keys(texts).length) return;
    setSaving(true);
    const done: Promise<number> = directive
      ? repository.saveConcept(directive, draft, change).then(() => directive.id)
      : repository.createDirective(draft);
    done.then(
      (id) => navigate(policyRoutes.concept(id)),
      (failure: unknown) => {
        setSaving(false);
        if (failure instanceof DuplicateDirectiveNumberError) return setShownProblems({ number: format(e.numberTaken, { number: failure.number }) });
        if (classifyError(failure) !== 'conflict') return setError(failure);
        props.onConflict();
      },
    );
  };

  const heading = directive ? format(revision ? e.reviseHeading : e.editHeading, { number: directive.number }) : e.newHeading;
  const hasProblems = Object.keys(shownProblems).length > 0;
  return (
    <>
      <PageHeader heading={heading} back={{ label: e.cancel, route: directive ? policyRoutes.concept(directive.id) : policyRoutes.directives() }} />
      <form className={styles.form} onSubmit={save} noValidate>
        <MessageBar intent="info">
          <MessageBarBody>{revision ? e.revisionNote : e.conceptNote}</MessageBarBody>
        </MessageBar>
        {props.conflict && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{strings.directive.conflict}</MessageBarBody>
          </MessageBar>
        )}
        {hasProblems && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{e.fixFields}</MessageBarBody>
          </MessageBar>
        )}
        {error !== undefined && <ErrorMessage error={error} />}
        <div className={styles.row}>
          <Field label={e.number} required hint={e.numberHint} validationMessage={shownProblems.number}>
            <Input value={draft.number} disabled={revision !== undefined} maxLength={20} onChange={(_ev, data) => set('number', data.value.toUpperCase())} />
          </Field>
          <Field label={e.titleLabel} required validationMessage={shownProblems.title}>
            <Input value={draft.title} maxLength={255} onChange={(_ev, data) => set('title', data.value)} />
          </Field>
        </div>
        <Field label={e.summary} hint={e.summaryHint} validationMessage={shownProblems.summary}>
          <Input value={draft.summary} maxLength={255} onChange={(_ev, data) => set('summary', data.value)} />
        </Field>
        <fieldset className={styles.themes}>
          <legend className={styles.legend}>{e.themes}</legend>
          {themes.map((t) => (
            <Checkbox
              key={t.id}
              label={`${t.number}. ${t.title}`}
              checked={draft.themeIds.indexOf(t.id) >= 0}
              onChange={(_ev, data) =>
                set('themeIds', data.checked ? draft.themeIds.concat([t.id]) : draft.themeIds.filter((id) => id !== t.id))
              }
            />
          ))}
        </fieldset>
        <Field label={e.body} hint={e.bodyHint} validationMessage={shownProblems.body}>
          <Textarea rows={16} resize="vertical" value={draft.body} onChange={(_ev, data) => set('body', data.value)} />
        </Field>
        <Switch
          label={e.requiresAck}
          checked={draft.requiresAcknowledgement}
          onChange={(_ev, data) => set('requiresAcknowledgement', data.checked)}
        />
        {base && (
          <Field label={e.change} required>
            <RadioGroup value={change} onChange={(_ev, data) => setChange(data.value as VersionChange)}>
              <Radio value="minor" label={format(e.changeMinor, { version: versionLabel(nextVersion(base, 'minor')) })} />
              <Radio value="major" label={format(e.changeMajor, { version: versionLabel(nextVersion(base, 'major')) })} />
            </RadioGroup>
          </Field>
        )}
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
            {saving ? e.saving : e.save}
          </Button>
          <Button onClick={() => navigate(directive ? policyRoutes.concept(directive.id) : policyRoutes.directives())}>{e.cancel}</Button>
        </div>
      </form>
    </>
  );
}
