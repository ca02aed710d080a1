/**
 * The grant of the stand-in for Teams' Nested App Authentication broker: the host (Teams), which holds the user's
 * session, asks the provider for an access token of the nested app (the tab's client id) for the scope the tab asked
 * for: `<SharePoint origin>/.default`, or `https://graph.microsoft.com/TeamsActivity.Send`. The token's `aud` is the
 * scope's resource, its `client_id` the tab's app, its `upn` the login. Test-only: Entra ID's broker protocol is private.
 */
export const NAA_BROKER_GRANT = 'urn:carma:params:oauth:grant-type:naa-broker';
