/** A 64-bit SharePoint BasePermissions mask as two unsigned 32-bit halves. */
export interface Mask {
  high: number;
  low: number;
}
