import { afterEach, describe, expect, it } from 'vitest';
import { i18n, switchLanguage } from './index';

describe('switching the language', () => {
  afterEach(async () => {
    await switchLanguage('zh-CN');
  });

  it('starts in Chinese and loads English only when someone chooses it', async () => {
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.cases')).toBe('信访事项');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await switchLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.cases')).toBe('Cases');

    await switchLanguage('zh-CN');
    expect(i18n.t('nav.cases')).toBe('信访事项');
  });
});
