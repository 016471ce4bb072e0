import { Card, Descriptions, Flex, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicCaseView } from '../api/types';
import { RatingPanel } from './rating-panel';

interface Props {
  code: string;
  view: PublicCaseView;
}

/** The case as its petitioner sees it: the stage, dates and deadlines, handling units, the reply and the rating. */
export function CaseProgress({ code, view }: Props) {
  const { t } = useTranslation();
  const current = view.stages.findLastIndex((s) => s.reached);
  const rows: { key: string; label: string; value: string | undefined }[] = [
    { key: 'township', label: t('track.township'), value: view.township },
    { key: 'category', label: t('track.category'), value: view.category },
    { key: 'units', label: t('track.units'), value: view.handlingUnits.join('、') },
    { key: 'registeredOn', label: t('track.registeredOn'), value: view.registeredOn },
    { key: 'acceptedOn', label: t('track.acceptedOn'), value: view.acceptedOn },
    ...(view.acceptedOn
      ? []
      : [{ key: 'acceptanceDeadline', label: t('track.acceptanceDeadline'), value: view.acceptanceDeadline }]),
    ...(view.resolvedOn
      ? []
      : [{ key: 'resolutionDeadline', label: t('track.resolutionDeadline'), value: view.resolutionDeadline }]),
    { key: 'resolvedOn', label: t('track.resolvedOn'), value: view.resolvedOn },
    { key: 'reviewOn', label: t('track.reviewOn'), value: view.reviewOn },
    { key: 'reviewDeadline', label: t('track.reviewDeadline'), value: view.reviewDeadline },
  ];
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">{t('track.stage')}</Typography.Text>
            <Tag color="red" data-testid="track-stage" style={{ fontSize: 16, padding: '2px 10px' }}>
              {t(`track.stages.${view.stage}`)}
            </Tag>
          </Flex>
          <Steps
            size="small"
            responsive={false}
            titlePlacement="vertical"
            current={current}
            items={view.stages.map((s) => ({ title: t(`track.stages.${s.stage}`) }))}
          />
        </Flex>
      </Card>
      <Card size="small">
        <Descriptions
          column={1}
          size="small"
          items={rows.filter((r) => r.value).map((r) => ({ key: r.key, label: r.label, children: r.value }))}
        />
      </Card>
      {view.resolvedOn && (
        <Card size="small" title={t('track.reply')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="track-reply">
            {view.reply ?? t('track.noReply')}
          </Typography.Paragraph>
        </Card>
      )}
      <RatingPanel code={code} view={view} />
    </Flex>
  );
}
