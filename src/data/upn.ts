/**
 * A user's login in one form, lower case: the UPN (`i:0#.f|membership|x@y` → `x@y`). SharePoint's users carry the claims
 * login (the hosted tab reads it), a page context the plain one (the web part); keys of what a device keeps per user
 * take this form, so one person keeps one entry whichever host wrote it. `claimsOf` (./seedMembers) goes the other way.
 */
export function upnOf(login: string): string {
  return login
    .replace(/^i:0#\.f\|membership\|/i, '')
    .trim()
    .toLowerCase();
}
