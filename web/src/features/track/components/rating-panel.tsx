import { Alert, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useRateCase } from '../api/rate-case';
import { SATISFACTION_RESULTS, type PublicCaseView, type SatisfactionResult } from '../api/types';
import { ReviewRequest } from './review-request';

interface Props {
  code: string;
  view: PublicCaseView;
}

/** Once the case is closed: the rating form, or the rating given (and, if unsatisfied, how to ask for a review). */
export function RatingPanel({ code, view }: Props) {
  const { t } = useTranslation();
  const rate = useRateCase(code);
  if (view.rating) {
    return (
      <Flex vertical gap={12}>
        <Alert
          type={view.rating.result === 'unsatisfied' ? 'warning' : 'success'}
          showIcon
          data-testid="track-rating"
          title={t('track.rated', { label: t(`track.satisfaction.${view.rating.result}`), on: view.rating.on })}
          description={rate.isSuccess ? t('track.thanks') : undefined}
        />
        {view.reviewRequest && <ReviewRequest request={view.reviewRequest} />}
      </Flex>
    );
  }
  if (!view.canRate) return null;
  return (
    <Card size="small" title={t('track.rateTitle')}>
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(values: { result: SatisfactionResult; comment?: string }) =>
          rate.mutate({ result: values.result, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) })
        }
      >
        <Form.Item name="result" rules={[{ required: true, message: t('track.rateTitle') }]}>
          <Radio.Group block optionType="button" buttonStyle="solid" size="large" data-testid="track-rate-result">
            {SATISFACTION_RESULTS.map((r) => (
              <Radio.Button key={r} value={r}>
                {t(`track.satisfaction.${r}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="comment" label={t('track.comment')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="track-rate-comment" />
        </Form.Item>
        {rate.isError && (
          <Alert type="error" showIcon title={errorMessage(rate.error, t)} style={{ marginBottom: 12 }} />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={rate.isPending}
          data-testid="track-rate-submit"
        >
          {t('track.rateSubmit')}
        </Button>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('track.rateHint')}
        </Typography.Text>
      </Form>
    </Card>
  );
}
