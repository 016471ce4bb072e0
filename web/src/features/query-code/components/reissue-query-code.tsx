import { Alert, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useReissueQueryCode, type QueryCodeIssued } from '../api/reissue-query-code';
import { QueryCodeReceipt } from './query-code-receipt';

interface Props {
  caseId: string;
  /** A code just given (at registration), to print without reissuing. */
  issued?: QueryCodeIssued;
}

/** The officer's query-code panel of a case: the receipt of a code just given, and revoke-and-reissue. */
export function ReissueQueryCode({ caseId, issued }: Props) {
  const { t } = useTranslation();
  const reissue = useReissueQueryCode(caseId);
  const shown = reissue.data ?? issued;
  return (
    <Flex vertical gap={16} align="flex-start">
      <Alert className="no-print" type="info" showIcon title={shown ? t('queryCode.shownOnce') : t('queryCode.none')} />
      {shown && <QueryCodeReceipt issued={shown} />}
      <Popconfirm
        title={t('queryCode.reissueConfirm')}
        onConfirm={() => reissue.mutate()}
        okButtonProps={{ 'data-testid': 'query-code-reissue-ok' }}
      >
        <Button danger loading={reissue.isPending} data-testid="query-code-reissue">
          {t('queryCode.reissue')}
        </Button>
      </Popconfirm>
      {reissue.isError && <ErrorAlert title={t('queryCode.reissue')} error={reissue.error} />}
    </Flex>
  );
}
