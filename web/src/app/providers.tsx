import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n';
import { THEME } from './theme';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;
// The stylesheet is made at build time from THEME (web/build/antd-styles.ts): nothing is computed on the page.
const RUNTIME_THEME = { ...THEME, zeroRuntime: true };
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', en: 'en' } as const;

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false },
    },
  });
}

/** Everything the app hangs off: the query cache and antd in the user's language. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { t, i18n } = useTranslation();
  const lang = toLanguage(i18n.language);

  useEffect(() => {
    dayjs.locale(DAYJS_LOCALES[lang]);
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={ANTD_LOCALES[lang]} theme={RUNTIME_THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
