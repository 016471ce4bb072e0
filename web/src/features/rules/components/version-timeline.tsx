import { Button, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeZh, formatDateZh } from '../../../lib/format';
import type { RuleVersionList } from '../api/types';

interface Props {
  list: RuleVersionList;
  selectedId: string | undefined;
  onSelect: (versionId: string) => void;
}

/** Published versions on a timeline by effective date, newest first; each links to its diff with the one before. */
export function VersionTimeline({ list, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const inForceIndex = list.items.findIndex((v) => v.versionId === list.inForceId);
  const items = list.items.map((v, i) => {
    const state = i === inForceIndex ? 'inForce' : inForceIndex >= 0 && i > inForceIndex ? 'future' : 'past';
    const previous = list.items[i - 1];
    return {
      key: v.versionId,
      color: state === 'inForce' ? 'green' : state === 'future' ? 'blue' : 'gray',
      content: (
        <Flex vertical gap={2} data-testid={`rule-version-${v.versionId}`}>
          <Typography.Text strong>{formatDateZh(v.effectiveFrom)}</Typography.Text>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, textAlign: 'left', height: 'auto' }}
            onClick={() => onSelect(v.versionId)}
          >
            <Typography.Text underline={v.versionId === selectedId}>{v.name}</Typography.Text>
          </Button>
          <Flex gap={4} wrap align="center">
            <Tag color={state === 'inForce' ? 'green' : state === 'future' ? 'blue' : undefined}>
              {t(`rules.${state}`)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rules.publishedAt', { at: formatDateTimeZh(v.publishedAt) })}
            </Typography.Text>
          </Flex>
          {previous && (
            <Link
              to={`/rules/diff?from=${encodeURIComponent(previous.versionId)}&to=${encodeURIComponent(v.versionId)}`}
            >
              {t('rules.compareWithPrevious')}
            </Link>
          )}
        </Flex>
      ),
    };
  });
  return <Timeline data-testid="rule-history" items={items.reverse()} />;
}
