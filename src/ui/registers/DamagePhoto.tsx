import * as React from 'react';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { useDamagePhotoStyles } from './DamagePhoto.styles';
import { useRegistersRepository } from './useRegisters';

/** Props of {@link DamagePhoto}. */
export interface DamagePhotoProps {
  reportId: string;
  name: string;
  /** The text alternative (what was damaged). */
  alt: string;
}

/** A photo of a damage report, read through SharePoint's API and shown inline. */
export function DamagePhoto(props: DamagePhotoProps): React.ReactElement {
  const styles = useDamagePhotoStyles();
  const repo = useRegistersRepository();
  const state = useAsync(() => repo.loadPhoto(props.reportId, props.name), [repo, props.reportId, props.name]);
  const url = React.useMemo(() => (state.status === 'ready' ? URL.createObjectURL(state.data) : null), [state.status === 'ready' ? state.data : null]);
  React.useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  return <img className={styles.photo} src={url || ''} alt={props.alt} />;
}
