import { App, Button, Card, Flex, Input, Skeleton, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateZh } from '../../../lib/format';
import { useDraft } from '../api/get-draft';
import { useRuleVersions } from '../api/get-rule-versions';
import { useImportRuleWorkbook } from '../api/import-rule-workbook';
import { usePublishDraft } from '../api/publish-draft';
import { useSaveDraft } from '../api/save-draft';
import type { RuleDraft, RuleSet } from '../api/types';
import { useRuleValidation } from '../api/validate-rule-set';
import { issuesByRow } from '../lib/matrix-columns';
import { retroactiveChangeOf } from '../lib/retroactive-change';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { MatrixEditor } from './matrix-editor';
import { PublishPanel } from './publish-panel';
import { ValidationStatus } from './validation-status';
import { WhatIfPanel } from './what-if-panel';

/** The draft editor: loads the draft, then edits a local copy; a save updates the draft under it, the copy stays. */
export function DraftEditor({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const draft = useDraft(draftId);
  if (draft.isPending) return <Skeleton active />;
  if (draft.isError)
    return <ErrorAlert title={t('rules.loadFailed')} error={draft.error} onRetry={() => void draft.refetch()} />;
  return <LoadedDraftEditor key={draft.data.draftId} draft={draft.data} />;
}

function LoadedDraftEditor({ draft }: { draft: RuleDraft }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [ruleSet, setRuleSet] = useState<RuleSet>(draft.ruleSet);
  const settled = useDebouncedValue(ruleSet, 300);
  const validation = useRuleValidation(settled);
  const versions = useRuleVersions();
  const save = useSaveDraft(draft.draftId);
  const publish = usePublishDraft(draft.draftId);
  const importer = useImportRuleWorkbook(draft.draftId);
  const readOnly = draft.status === 'published';
  const dirty = JSON.stringify(ruleSet) !== JSON.stringify(draft.ruleSet);
  const current = settled === ruleSet && !validation.isFetching && !validation.isPlaceholderData;
  const issues = current ? validation.data?.issues : undefined;
  const shownIssues = validation.data?.issues ?? [];
  const { table } = issuesByRow(ruleSet.penaltyRows, shownIssues);
  const canPublish = !readOnly && current && validation.data?.valid === true;

  // The API re-scores and publishes the saved draft: unsaved edits are saved first.
  const ensureSaved = async () => (dirty ? await save.mutateAsync({ version: draft.version, ruleSet }) : draft);

  const onImport = async (file: Blob) => {
    const saved = await ensureSaved();
    const imported = await importer.mutateAsync({ version: saved.version, file });
    setRuleSet(imported.ruleSet);
    void message.success(t('rules.excel.imported'));
  };

  const retroactive = retroactiveChangeOf(publish.error);
  const onPublish = async (effectiveFrom: string, confirmRetroactive = false) => {
    const saved = await ensureSaved();
    const version = await publish.mutateAsync({ version: saved.version, effectiveFrom, confirmRetroactive });
    void message.success(t('rules.editor.publishedOk', { date: formatDateZh(effectiveFrom) }));
    void navigate(`/rules?version=${encodeURIComponent(version.versionId)}`);
  };

  return (
    <Flex vertical gap={12} data-testid="rule-draft-editor">
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Input
            style={{ maxWidth: 420 }}
            value={ruleSet.name}
            disabled={readOnly}
            aria-label={t('rules.version')}
            onChange={(e) => setRuleSet({ ...ruleSet, name: e.target.value })}
          />
          {readOnly ? (
            <Tag color="green">{t('rules.editor.readOnly')}</Tag>
          ) : (
            <>
              <Button
                disabled={!dirty}
                loading={save.isPending}
                data-testid="rule-draft-save"
                onClick={() => save.mutate({ version: draft.version, ruleSet })}
              >
                {t('rules.editor.save')}
              </Button>
              <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="rule-draft-dirty">
                {dirty ? t('rules.editor.unsaved') : t('rules.editor.saved')}
              </Typography.Text>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  void onImport(file).catch(() => undefined);
                  return false;
                }}
              >
                <Button loading={importer.isPending} data-testid="rule-import-xlsx">
                  {t('rules.excel.import')}
                </Button>
              </Upload>
            </>
          )}
        </Flex>
      </Card>
      {save.isError && <ErrorAlert title={t('rules.editor.save')} error={save.error} />}
      {publish.isError && !retroactive && <ErrorAlert title={t('rules.editor.publish')} error={publish.error} />}
      {importer.isError && <ErrorAlert title={t('rules.excel.failed')} error={importer.error} />}
      {validation.isError ? (
        <ErrorAlert title={t('rules.loadFailed')} error={validation.error} onRetry={() => void validation.refetch()} />
      ) : (
        <ValidationStatus
          checking={!current}
          issues={issues ?? (shownIssues.length > 0 ? shownIssues : undefined)}
          tableIssues={table}
          tests={validation.data?.tests}
        />
      )}
      <Typography.Text type="secondary">{t('rules.editor.hint')}</Typography.Text>
      <MatrixEditor
        rows={ruleSet.penaltyRows}
        onChange={(penaltyRows) => setRuleSet({ ...ruleSet, penaltyRows })}
        issues={shownIssues}
        readOnly={readOnly}
      />
      <Card size="small" title={t('rules.whatIf.title')}>
        <WhatIfPanel draftId={draft.draftId} ensureSaved={readOnly ? async () => draft : ensureSaved} />
      </Card>
      {!readOnly && (
        <Card size="small" title={t('rules.editor.publishTitle')}>
          <PublishPanel
            latestEffectiveFrom={versions.data?.items.at(-1)?.effectiveFrom}
            allowed={canPublish}
            publishing={save.isPending || publish.isPending}
            onPublish={(date, confirm) => void onPublish(date, confirm).catch(() => undefined)}
            retroactive={retroactive}
          />
        </Card>
      )}
    </Flex>
  );
}
