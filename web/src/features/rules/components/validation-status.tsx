import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleIssue, RuleTestResult } from '../api/types';

interface Props {
  checking: boolean;
  issues: readonly RuleIssue[] | undefined;
  /** Problems no single row owns (gaps: kinds of visit no row covers). */
  tableIssues: readonly RuleIssue[];
  /** The saved test cases' results, shown as "n/m pass". */
  tests: readonly RuleTestResult[] | undefined;
}

/** The validation verdict over the matrix: checking, valid, or how many problems and the table-wide ones. */
export function ValidationStatus({ checking, issues, tableIssues, tests }: Props) {
  const { t } = useTranslation();
  const passed =
    tests && t('rules.tests.passed', { passed: tests.filter((r) => r.passed).length, total: tests.length });
  if (issues === undefined) return <Alert type="info" showIcon title={t('rules.editor.checking')} />;
  if (issues.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="rule-validation"
        title={checking ? t('rules.editor.checking') : t('rules.editor.valid')}
        description={passed}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rule-validation"
      title={t('rules.editor.issues', { count: issues.length })}
      description={
        <>
          {tableIssues.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {tableIssues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          )}
          {passed}
        </>
      }
    />
  );
}
