import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useMe } from '../../features/auth/api/get-me';
import { useRuleVersions } from '../../features/rules/api/get-rule-versions';
import { DraftList } from '../../features/rules/components/draft-list';
import { RuleTestsCard } from '../../features/rules/components/rule-tests-card';
import { RuleVersionView } from '../../features/rules/components/rule-version-view';
import { VersionTimeline } from '../../features/rules/components/version-timeline';

/**
 * /rules: the version in force (or the one picked on the timeline, ?version=…) read like the seed's table,
 * the history beside it, and the drafts. Only the township admin creates and edits drafts.
 */
export function RulesRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const versions = useRuleVersions();
  const [params, setParams] = useSearchParams();
  if (versions.isPending) return <Skeleton active />;
  if (versions.isError) {
    return <ErrorAlert title={t('rules.loadFailed')} error={versions.error} onRetry={() => void versions.refetch()} />;
  }
  const list = versions.data;
  const requested = params.get('version');
  const selected =
    list.items.find((v) => v.versionId === requested)?.versionId ?? list.inForceId ?? list.items.at(-1)?.versionId;
  const nameOf = (id: string) => list.items.find((v) => v.versionId === id)?.name ?? id;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.title')}
        </Typography.Title>
        {list.items.length > 1 && <Link to="/rules/diff">{t('rules.compare')}</Link>}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Flex vertical gap={16}>
            <Card>
              {selected ? <RuleVersionView versionId={selected} /> : <Empty description={t('rules.noVersion')} />}
            </Card>
            <RuleTestsCard canEdit={me.data?.role === 'township_admin'} />
          </Flex>
        </Col>
        <Col xs={24} xl={6}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('rules.history')}>
              <VersionTimeline list={list} selectedId={selected} onSelect={(id) => setParams({ version: id })} />
            </Card>
            <DraftList canEdit={me.data?.role === 'township_admin'} versionName={nameOf} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
