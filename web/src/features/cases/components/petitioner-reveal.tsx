import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useRevealPetitioner } from '../api/get-petitioner';

/** 查看信访人信息: only on an explicit, confirmed click, saying that the read is logged. */
export function PetitionerReveal({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const reveal = useRevealPetitioner(caseId);
  if (reveal.data) {
    return (
      <div data-testid="petitioner">
        <Descriptions
          size="small"
          column={1}
          title={t('cases.detail.petitionerTitle')}
          items={[
            { key: 'name', label: t('cases.new.petitionerName'), children: reveal.data.name },
            { key: 'contact', label: t('cases.new.petitionerContact'), children: reveal.data.contact ?? '—' },
            { key: 'address', label: t('cases.new.petitionerAddress'), children: reveal.data.address ?? '—' },
          ]}
        />
        <Typography.Text type="secondary">{t('cases.detail.petitionerLogged')}</Typography.Text>
      </div>
    );
  }
  return (
    <>
      <Popconfirm
        title={t('cases.detail.petitioner')}
        description={<div style={{ maxWidth: 260 }}>{t('cases.detail.petitionerConfirm')}</div>}
        okText={t('cases.detail.yes')}
        cancelText={t('cases.detail.cancel')}
        onConfirm={() => reveal.mutate()}
      >
        <Button icon={<EyeOutlined />} loading={reveal.isPending} data-testid="reveal-petitioner">
          {t('cases.detail.petitioner')}
        </Button>
      </Popconfirm>
      {reveal.isError ? (
        <Alert
          style={{ marginTop: 8 }}
          type={reveal.error instanceof ApiError && reveal.error.status === 404 ? 'info' : 'error'}
          title={
            reveal.error instanceof ApiError && reveal.error.status === 404
              ? t('cases.detail.petitionerNone')
              : `${t('cases.detail.petitionerFailed')}：${errorMessage(reveal.error, t)}`
          }
        />
      ) : null}
    </>
  );
}
