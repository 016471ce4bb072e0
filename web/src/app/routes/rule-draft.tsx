import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DraftEditor } from '../../features/rules/components/draft-editor';

/** /rules/drafts/:id: the draft's matrix editor, validation as the admin types, and publishing. */
export function RuleDraftRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.editor.title')}
        </Typography.Title>
        <Link to="/rules">{t('rules.editor.backToRules')}</Link>
      </Flex>
      <DraftEditor draftId={id} />
    </Flex>
  );
}
