import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a report on screen; the browser's own print of the page leaves the buttons out. */
export const useReportStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    '@media print': { display: 'none' },
  },
  paragraph: { margin: 0 },
  table: {
    minWidth: '480px',
    '@media print': { minWidth: 'auto' },
  },
});
