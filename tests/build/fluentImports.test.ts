import { namedImports, reExports, rewriteImports, type Definition } from '../../tools/fluentImports';

describe("the tab build's Fluent import rewriting (tools/fluentImports.ts)", () => {
  it('reads what a module re-exports, from where and under which name, skipping types and comments', () => {
    const index = `/* export { Hidden } from './hidden.js'; */
export { Badge, badgeClassNames } from "./components/Badge/index.js";
export { tokens as themeTokens, type Theme } from '@fluentui/tokens';
export const own = 1;`;
    expect([...reExports(index)]).toEqual([
      ['Badge', { from: './components/Badge/index.js', name: 'Badge' }],
      ['badgeClassNames', { from: './components/Badge/index.js', name: 'badgeClassNames' }],
      ['themeTokens', { from: '@fluentui/tokens', name: 'tokens' }],
    ]);
  });

  it('points value imports at their defining modules, keeps aliases, type imports and names it does not know', () => {
    const source = `import { Badge, Caption1 as Small, type BadgeProps, Unknown } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import * as React from 'react';`;
    expect(namedImports(source)).toEqual([
      { from: '@fluentui/react-components', name: 'Badge' },
      { from: '@fluentui/react-components', name: 'Caption1' },
      { from: '@fluentui/react-components', name: 'Unknown' },
    ]);
    const defined: Record<string, Definition> = {
      Badge: { file: '/nm/react-badge/lib/components/Badge/Badge.js', name: 'Badge' },
      Caption1: { file: '/nm/react-text/lib/components/presets/Caption1/Caption1.js', name: 'Caption1' },
    };
    const out = rewriteImports(source, (_from, name) => defined[name]);
    expect(out).toContain('import { Badge } from "/nm/react-badge/lib/components/Badge/Badge.js";');
    expect(out).toContain('import { Caption1 as Small } from "/nm/react-text/lib/components/presets/Caption1/Caption1.js";');
    expect(out).toContain("import { type BadgeProps, Unknown } from \"@fluentui/react-components\";");
    expect(out).toContain("import type { Theme } from '@fluentui/react-components';");
    expect(out).toContain("import * as React from 'react';");
  });

  it('leaves a statement alone when no name moves', () => {
    const source = `import { useId } from "@fluentui/react-utilities";`;
    expect(rewriteImports(source, () => undefined)).toBe(source);
  });
});
