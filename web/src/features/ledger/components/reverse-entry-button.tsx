import { Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: 'fine' | 'reward';
  busy: boolean;
  /** Resolves once the reversal is written (the dialog closes), rejects to keep it open. */
  onReverse: (reason: string) => Promise<unknown>;
}

/** 冲销 with a reason: the OK button stays disabled until a reason of two characters or more is written. */
export function ReverseEntryButton({ kind, busy, onReverse }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const valid = reason.trim().length >= 2;
  return (
    <>
      <Button size="small" danger data-testid="entry-reverse" onClick={() => setOpen(true)}>
        {t('ledger.reverse.button')}
      </Button>
      <Modal
        open={open}
        title={t('ledger.reverse.title', { kind: t(`ledger.kind.${kind}`) })}
        okText={t('ledger.reverse.ok')}
        cancelText={t('ledger.issue.cancel')}
        okButtonProps={{ danger: true, disabled: !valid, loading: busy, 'data-testid': 'entry-reverse-ok' }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          void onReverse(reason.trim())
            .then(() => {
              setOpen(false);
              setReason('');
            })
            .catch(() => undefined)
        }
      >
        <label htmlFor="reverse-reason">{t('ledger.reverse.reason')}</label>
        <Input.TextArea
          id="reverse-reason"
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('ledger.reverse.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
        />
        {!valid && <Typography.Text type="secondary">{t('ledger.reverse.reasonRequired')}</Typography.Text>}
      </Modal>
    </>
  );
}
