/**
 * SharePoint's REST errors: an HTTP status plus the `"<HRESULT>, <.NET type>"` code and message SharePoint Online sends
 * (sp-rest-surface.md §4). Handlers throw these; the router renders them as `odata.error` (or verbose `error`).
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';
const SECURITY_VALIDATION =
  'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.';

/** 404 for `lists/getByTitle('x')` and any list the caller cannot see. */
export const listNotFound = (title: string, siteUrl: string): SpError =>
  new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`);

/** 404 for an item that does not exist or that the caller cannot see. */
export const itemNotFound = (): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');

/** 404 for an unknown field, view, group, user or role definition. */
export const notFound = (what: string): SpError =>
  new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `${what} does not exist. It may have been deleted by another user.`);

/** 404 for a path segment the server does not know. */
export const resourceNotFound = (segment: string): SpError =>
  new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);

/** 403 for a read or write without the right. */
export const accessDenied = (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED);

/** 401 for a request without a valid session or bearer token. */
export const unauthenticated = (): SpError =>
  new SpError(401, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED, {
    'WWW-Authenticate': 'Bearer realm="local-sharepoint", client_id="00000003-0000-0ff1-ce00-000000000000"',
  });

/** 403 for a cookie-authenticated write whose `X-RequestDigest` is missing, wrong or expired. */
export const invalidDigest = (reason: 'missing' | 'invalid' | 'expired'): SpError => {
  const hresult = { missing: '-2146232832', invalid: '-2130575251', expired: '-2130575252' }[reason];
  return new SpError(403, `${hresult}, Microsoft.SharePoint.SPException`, SECURITY_VALIDATION);
};

/** 412 when `If-Match` does not match the item's version. */
export const etagMismatch = (sent: string, current: string): SpError =>
  new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`,
  );

/** 500 for a query over the list view threshold (5,000 items). */
export const thresholdExceeded = (): SpError =>
  new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );

/** 400 for a query option or body SharePoint cannot parse. */
export const badRequest = (message: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

/** 400 for `$filter`/`$orderby` on a column the list does not have. */
export const columnNotFound = (name: string): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`);

/** 400 for `$select` of a property the entity does not have. */
export const propertyNotFound = (name: string): SpError =>
  badRequest(`The field or property '${name}' does not exist.`);

/** 400 for a body property the entity type does not define. */
export const unknownBodyProperty = (name: string, type: string): SpError =>
  badRequest(
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
  );

/** 500 for a write that breaks an EnforceUniqueValues column (what SPO answers, observed). */
export const duplicateValue = (): SpError =>
  new SpError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
  );

/** A generic SharePoint exception (500), e.g. a duplicate list title or an invalid operation. */
export const spException = (message: string, hresult = '-2146232832'): SpError =>
  new SpError(500, `${hresult}, Microsoft.SharePoint.SPException`, message);
