// Browser APIs every browser the app runs in has but jsdom lacks (only for jsdom test files).
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  // Fluent's MessageBar measures itself with a ResizeObserver
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}
