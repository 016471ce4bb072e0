import { StoreError } from '../store-error';

/** A township without a published rule version has nothing to judge visits by. */
export class NoRulesPublishedError extends StoreError {
  constructor(readonly tenantId: string) {
    super('unprocessable', 'no_rules', '本乡镇尚未发布规则，无法计算台账');
  }
}

/** The township has no profile: it was never onboarded (or the token names one that does not exist). */
export class TownshipNotOnboardedError extends StoreError {
  constructor(readonly tenantId: string) {
    super('not_found', 'township_not_found', '本乡镇尚未开通');
  }
}
