import type { TFunction } from 'i18next';
import type { RuleTestCase } from '../api/types';
import { sanctionsText } from './rule-text';
import { fenToYuanText } from '../../../lib/yuan';

/** "个人访·进京·重复2次·经区级通报（村）": the visit a case describes. */
export function testVisitText(tc: RuleTestCase, t: TFunction): string {
  const unit = t(
    `rules.tests.unit${tc.unit === 'village' ? 'Village' : tc.unit === 'office' ? 'Office' : 'Department'}`,
  );
  return (
    [
      t(`form.${tc.form}`),
      t(`level.${tc.level}`),
      t('rules.tests.repeatsText', { n: tc.repeats }),
      t(tc.notified ? 'rules.tests.notifiedYes' : 'rules.tests.notifiedNo'),
    ].join('·') + `（${unit}）`
  );
}

/** "村主要责任人2000元；科级干部不罚款；通报批评": what a case expects. */
export function testExpectText(tc: RuleTestCase, t: TFunction): string {
  const parts: string[] = [];
  const roles = [
    ['villageHeadFen', 'rules.tests.roleVillage'],
    ['officeHeadFen', 'rules.tests.roleOffice'],
    ['leadingCadreFen', 'rules.tests.roleCadre'],
  ] as const;
  for (const [key, roleKey] of roles) {
    const fen = tc.expect[key];
    if (fen === undefined) continue;
    const role = t(roleKey);
    parts.push(
      fen === null
        ? t('rules.tests.expectNone', { role })
        : t('rules.tests.expectAmount', { role, amount: fenToYuanText(fen) }),
    );
  }
  if (tc.expect.sanctions) parts.push(sanctionsText(tc.expect.sanctions, t));
  return parts.join('；');
}
