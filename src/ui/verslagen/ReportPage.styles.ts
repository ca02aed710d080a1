import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** The class of the part of the page a printout holds (the report alone, without the app's navigation). */
export const PRINT_AREA = 'carma-print-area';

/**
 * The print stylesheet: only the report is printed, on the page's full width, in black on white, without buttons;
 * on the SharePoint page as in the Teams tab, whatever surrounds the web part.
 */
export const usePrintStyles = makeStaticStyles(`
@media print {
  body * { visibility: hidden; }
  .${PRINT_AREA}, .${PRINT_AREA} * { visibility: visible; color: #000 !important; background: transparent !important; }
  .${PRINT_AREA} { position: absolute; left: 0; top: 0; width: 100%; }
  .${PRINT_AREA} button, .${PRINT_AREA} [data-print="hide"] { display: none !important; }
  .${PRINT_AREA} a { text-decoration: none; }
  .${PRINT_AREA} li { break-inside: avoid; }
}
`);

/** Styles of a published report's page. */
export const useReportPageStyles = makeStyles({
  meta: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
});
