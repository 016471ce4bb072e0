import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage, switchLanguage, toLanguage, type Language } from '../../i18n';

/** 简体中文 / English; the choice is remembered for the next visit. `compact` for phone headers. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const change = (lang: Language) => {
    rememberLanguage(lang);
    void switchLanguage(lang);
  };
  return (
    <Select<Language>
      aria-label={t('header.language')}
      size="small"
      variant="borderless"
      value={toLanguage(i18n.language)}
      onChange={change}
      prefix={<GlobalOutlined />}
      options={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
      style={{ width: compact ? 96 : 130 }}
    />
  );
}
