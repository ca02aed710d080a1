import * as React from 'react';
import { Link, Tooltip } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { settingsRoutes } from './routes';

/** "(keuze van de zone)": next to a term the app computes from a zone setting, a link to the settings with why in a tooltip. */
export function ZoneChoice(): React.ReactElement {
  const s = useStrings().settings;
  const { navigate } = useNavigation();
  return (
    <>
      {'('}
      <Tooltip content={s.zoneChoiceTip} relationship="description">
        <Link inline onClick={() => navigate(settingsRoutes.page())}>
          {s.zoneChoice}
        </Link>
      </Tooltip>
      {')'}
    </>
  );
}
