import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarOverrides } from '../../features/settings/components/calendar-overrides';
import { HonoursCard } from '../../features/settings/components/honours-card';

/** /settings (township admin): calendar overrides (调休) and model-township titles. */
export function SettingsRoute() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <CalendarOverrides />
        </Col>
        <Col xs={24} xl={10}>
          <HonoursCard />
        </Col>
      </Row>
    </Flex>
  );
}
