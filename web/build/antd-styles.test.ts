import { describe, expect, it } from 'vitest';
import { antdStylesheet, topLevelBlocks, withoutBlocksOf } from './antd-styles';
import { firstPageComponents } from './first-page-components';

describe('antd styles in two sheets', () => {
  it('puts every component the first pages draw into the sheet the first paint waits for, and no other page’s', async () => {
    const first = await firstPageComponents();
    // Sign-in's cards, the layout's menu, drawer and language select, home's statistics and month picker, the district
    // home's table with its pagination, and what App.useApp() shows (messages, notifications, confirm dialogs).
    for (const name of ['Card', 'Typography', 'Menu', 'Drawer', 'Select', 'Statistic', 'DatePicker', 'Table'])
      expect(first).toContain(name);
    for (const name of ['Pagination', 'message', 'notification', 'Modal']) expect(first).toContain(name);
    // Forms, timelines and uploads are on the other pages only: they wait for the rest.
    for (const name of ['Form', 'Timeline', 'Upload', 'Steps']) expect(first).not.toContain(name);
  });

  it('leaves out of the rest what the first sheet has, and keeps every other rule once', async () => {
    const [first, all] = await Promise.all([antdStylesheet(['Button']), antdStylesheet(['Button', 'Tag'])]);
    const rest = withoutBlocksOf(all, first);
    expect(rest).toContain('.ant-tag');
    expect(rest).not.toContain('.ant-btn{');
    const firstBlocks = new Set(topLevelBlocks(first));
    expect(new Set([...firstBlocks, ...topLevelBlocks(rest)])).toEqual(new Set(topLevelBlocks(all)));
    expect(topLevelBlocks(rest).filter((block) => firstBlocks.has(block))).toEqual([]);
  });

  it('splits a stylesheet into its top-level rules, at-rules included, and refuses one cut short', () => {
    expect(topLevelBlocks('a{b:c}@media (x){d{e:f}}g[h="}"]{i:j}')).toEqual([
      'a{b:c}',
      '@media (x){d{e:f}}',
      'g[h="}"]{i:j}',
    ]);
    expect(() => topLevelBlocks('a{b:c}d{')).toThrow(/unbalanced/);
  });
});
