import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  initialCode?: string;
  loading: boolean;
  onSubmit: (code: string) => void;
}

/** The one field of the page: the query code, typed as the petitioner likes (any case, spaces, dashes). */
export function TrackCodeForm({ initialCode, loading, onSubmit }: Props) {
  const { t } = useTranslation();
  return (
    <Form
      layout="vertical"
      initialValues={{ code: initialCode ?? '' }}
      onFinish={(values: { code: string }) => onSubmit(values.code.trim())}
      requiredMark={false}
    >
      <Form.Item
        name="code"
        label={t('track.codeLabel')}
        rules={[{ required: true, whitespace: true, message: t('track.codeRequired') }]}
      >
        <Input
          size="large"
          placeholder={t('track.codePlaceholder')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          data-testid="track-code"
          style={{ fontFamily: 'monospace', letterSpacing: 1 }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="track-submit">
        {t('track.submit')}
      </Button>
    </Form>
  );
}
