import * as React from 'react';
import { Body1, Button, Caption1, Dropdown, Field, Option, SearchBox, Spinner } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { isDirectiveAuthor } from '../../domain/policy/directiveRules';
import type { PolicyRepository } from '../../data/policy/PolicyRepository';
import type { DirectiveListData, DirectivePage, DirectiveQuery, DirectiveStatus } from '../../data/policy/types';
import { DIRECTIVE_STATUSES } from '../../data/schema';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DirectiveLinks } from './DirectiveLinks';
import { useDirectiveListStyles } from './DirectiveList.styles';
import { PageHeader } from './PageHeader';
import { usePolicyRepository } from './PolicyRepositoryContext';
import { policyRoutes } from './routes';

/** What staff see first: the published korpsrichtlijnen. */
const FIRST_QUERY: DirectiveQuery = { status: 'Gepubliceerd' };
/** Typing pauses this long before a search is sent. */
const SEARCH_DELAY_MS = 300;

/** The korpsrichtlijnen: search by number, title or text, filter by theme (and, for authors, by status), page on. */
export function DirectiveList(): React.ReactElement {
  const repository = usePolicyRepository();
  const state = useAsync(() => repository.loadDirectiveList(FIRST_QUERY), [repository]);
  const strings = useStrings().policy;
  const header = <PageHeader heading={strings.directives.heading} back={{ label: strings.theme.back, route: policyRoutes.home() }} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        {header}
        <ErrorMessage error={state.error} onRetry={state.reload} />
      </>
    );
  }
  return (
    <>
      {header}
      <DirectiveSearch repository={repository} initial={state.data} />
    </>
  );
}

/** The state of a search: the query, what was found so far, and what is under way. */
interface SearchState {
  query: DirectiveQuery;
  page: DirectivePage;
  busy: boolean;
  error?: unknown;
}

/** Props of {@link DirectiveSearch}. */
export interface DirectiveSearchProps {
  repository: PolicyRepository;
  initial: DirectiveListData;
}

/** The search form and results of the korpsrichtlijnen list, starting from the first paint's data. */
export function DirectiveSearch(props: DirectiveSearchProps): React.ReactElement {
  const { repository, initial } = props;
  const strings = useStrings().policy;
  const styles = useDirectiveListStyles();
  const { navigate } = useNavigation();
  const author = isDirectiveAuthor(initial.me);
  const [text, setText] = React.useState('');
  const [search, setSearch] = React.useState<SearchState>({ query: FIRST_QUERY, page: initial.page, busy: false });
  const latest = React.useRef(0);

  const run = React.useCallback(
    (query: DirectiveQuery, after?: string) => {
      const ticket = ++latest.current;
      setSearch((s) => ({ ...s, query, busy: true, error: undefined }));
      repository.findDirectives(query, after).then(
        (page) => {
          if (ticket !== latest.current) return;
          setSearch((s) => ({ query, busy: false, page: after ? { items: s.page.items.concat(page.items), next: page.next } : page }));
        },
        (error: unknown) => ticket === latest.current && setSearch((s) => ({ ...s, busy: false, error })),
      );
    },
    [repository],
  );

  // a search starts when typing pauses; filters apply at once
  React.useEffect(() => {
    if ((search.query.text || '') === text.trim()) return undefined;
    const timer = setTimeout(() => run({ ...search.query, text: text.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const themeOptions = initial.themes.map((t) => ({ value: String(t.id), label: `${t.number}. ${t.title}` }));
  const selectedTheme = themeOptions.filter((o) => o.value === String(search.query.themeId))[0];
  const { query, page } = search;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="search">
        <Field label={strings.directives.searchLabel} className={styles.search}>
          <SearchBox
            value={text}
            placeholder={strings.directives.searchPlaceholder}
            dismiss={{ 'aria-label': strings.directives.searchClear }}
            onChange={(_ev, data) => setText(data.value)}
          />
        </Field>
        <Field label={strings.directives.themeLabel} className={styles.filter}>
          <Dropdown
            value={selectedTheme ? selectedTheme.label : strings.directives.allThemes}
            selectedOptions={[selectedTheme ? selectedTheme.value : '']}
            onOptionSelect={(_ev, data) => run({ ...query, themeId: data.optionValue ? Number(data.optionValue) : undefined })}
          >
            <Option value="">{strings.directives.allThemes}</Option>
            {themeOptions.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {author && (
          <Field label={strings.directives.statusLabel} className={styles.filter}>
            <Dropdown
              value={strings.status[query.status]}
              selectedOptions={[query.status]}
              onOptionSelect={(_ev, data) => run({ ...query, status: data.optionValue as DirectiveStatus })}
            >
              {DIRECTIVE_STATUSES.map((status) => (
                <Option key={status} value={status}>
                  {strings.status[status]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {author && (
          <Button className={styles.newButton} appearance="primary" onClick={() => navigate(policyRoutes.newDirective())}>
            {strings.directives.newDirective}
          </Button>
        )}
      </div>
      {search.error !== undefined && <ErrorMessage error={search.error} onRetry={() => run(query)} />}
      <div aria-live="polite">
        {search.busy ? (
          <Spinner size="tiny" label={strings.directives.searchLabel} />
        ) : (
          <Caption1 className={styles.count}>{format(strings.directives.shown, { count: page.items.length })}</Caption1>
        )}
      </div>
      {page.items.length ? (
        <DirectiveLinks directives={page.items} showSummary showStatus={author} />
      ) : (
        !search.busy && <Body1>{strings.directives.noResults}</Body1>
      )}
      {page.next && (
        <Button className={styles.more} disabled={search.busy} onClick={() => run(query, page.next)}>
          {page.items.length ? strings.directives.more : strings.directives.searchOn}
        </Button>
      )}
    </div>
  );
}
