import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';

interface Props {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed query, explained in the user's language, with a retry when one makes sense. */
export function ErrorAlert({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
