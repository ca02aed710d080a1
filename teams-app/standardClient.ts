/**
 * msal-browser's standard public client (popup, redirect, hidden frame), which the tab needs only outside a Nested App
 * Authentication host: teams-app/nestableClient.ts loads this module on demand, so its chunk holds just this factory
 * and what it uses. The only value import of msal-browser's index in the tab (eslint.config.js): any other would
 * bring the standard client back into the first load.
 */
export { createStandardPublicClientApplication } from '@azure/msal-browser';
