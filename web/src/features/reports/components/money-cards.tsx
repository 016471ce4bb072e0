import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';

interface Props {
  finesFen: number;
  fineCount?: number;
  rewardsFen: number;
  vetoes: number;
}

const SPAN = { xs: 12, sm: 8 } as const;

/** Fines, rewards (integer fen, shown as yuan) and vetoes of a period. */
export function MoneyCards({ finesFen, fineCount, rewardsFen, vetoes }: Props) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} data-testid="report-money">
      <Col {...SPAN}>
        <Card>
          <Statistic
            title={fineCount === undefined ? t('reports.fines') : `${t('reports.fines')}（${fineCount}）`}
            value={formatYuan(finesFen)}
          />
        </Card>
      </Col>
      <Col {...SPAN}>
        <Card>
          <Statistic title={t('reports.rewards')} value={formatYuan(rewardsFen)} />
        </Card>
      </Col>
      <Col {...SPAN}>
        <Card>
          <Statistic title={t('reports.vetoes')} value={vetoes} />
        </Card>
      </Col>
    </Row>
  );
}
