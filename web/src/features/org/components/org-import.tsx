import { UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { downloadTemplate, toBase64, useCommitImport, usePreviewImport } from '../api/import-org';
import type { OrgImportPreview, OrgImportResult } from '../api/types';
import { ImportPreview } from './import-preview';

type Stage = 'pick' | 'reading' | 'preview' | 'writing' | 'done';
const PERCENT: Record<Stage, number> = { pick: 0, reading: 25, preview: 50, writing: 75, done: 100 };

/** Excel import of units and people: template, upload, preview with per-row errors, confirm, result. */
export function OrgImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const [stage, setStage] = useState<Stage>('pick');
  const [file, setFile] = useState<{ data: string; key: string; name: string }>();
  const [shown, setShown] = useState<OrgImportPreview>();
  const [result, setResult] = useState<OrgImportResult>();
  const [failure, setFailure] = useState<string>();

  const read = async (picked: File) => {
    setFailure(undefined);
    setResult(undefined);
    setStage('reading');
    try {
      const data = await toBase64(picked);
      setFile({ data, key: `org-import-${crypto.randomUUID()}`, name: picked.name });
      setShown(await preview.mutateAsync(data));
      setStage('preview');
    } catch (error) {
      setFailure(errorMessage(error, t));
      setStage('pick');
    }
  };

  const confirm = async () => {
    if (!file) return;
    setStage('writing');
    try {
      setResult(await commit.mutateAsync({ file: file.data, key: file.key }));
      setStage('done');
    } catch (error) {
      setFailure(errorMessage(error, t));
      setStage('preview');
    }
  };

  const toCreate = shown
    ? shown.units.filter((u) => u.action === 'create').length + shown.people.filter((p) => p.action === 'create').length
    : 0;
  const current = stage === 'pick' || stage === 'reading' ? 0 : stage === 'done' ? 2 : 1;

  return (
    <Flex vertical gap={16} data-testid="org-import">
      <Steps
        size="small"
        current={current}
        items={[{ title: t('org.import.step1') }, { title: t('org.import.step2') }, { title: t('org.import.step3') }]}
      />
      <Progress
        percent={PERCENT[stage]}
        status={stage === 'reading' || stage === 'writing' ? 'active' : 'normal'}
        data-testid="import-progress"
      />
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void downloadTemplate().catch((e: unknown) => message.error(errorMessage(e, t)))}
        >
          {t('org.import.template')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(picked) => {
            void read(picked);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={stage === 'reading'} data-testid="import-upload">
            {file ? t('org.import.another') : t('org.import.pick')}
          </Button>
        </Upload>
      </Flex>
      <Alert type="info" showIcon title={t('org.import.hint')} />
      {failure && <Alert type="error" showIcon title={failure} />}
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="import-result"
          title={t('org.import.done', { units: result.created.units, people: result.created.people })}
          description={
            result.errors.length > 0
              ? t('org.import.doneWithErrors', { count: result.errors.length })
              : t('org.import.doneExisting', { units: result.existing.units, people: result.existing.people })
          }
        />
      )}
      {shown && stage !== 'done' && (
        <>
          <ImportPreview preview={shown} />
          <div>
            <Button
              type="primary"
              disabled={shown.problems.length > 0 || toCreate === 0}
              loading={stage === 'writing'}
              onClick={() => void confirm()}
              data-testid="import-confirm"
            >
              {t('org.import.confirm', { count: toCreate })}
            </Button>
          </div>
        </>
      )}
    </Flex>
  );
}
