// The rules API's shapes, as the API's own types (z.infer of its schemas): a change there fails the web's type-check.
import type {
  PenaltyRow,
  RetroactiveChange,
  RuleDiff,
  RuleDraftView,
  RuleSet,
  RuleTestCase,
  RuleTestResultView,
  RuleTestSuiteView,
  RuleValidation,
  RuleVersion,
  RuleVersionList,
  RuleWhatIfResult,
  Sanction,
  VisitForm,
  VisitLevel,
} from '@xinfang/api';

export type {
  PenaltyRow,
  RetroactiveChange,
  RuleDiff,
  RuleSet,
  RuleTestCase,
  RuleValidation,
  RuleVersion,
  RuleVersionList,
  Sanction,
  VisitForm,
  VisitLevel,
};
export type RuleDraft = RuleDraftView;
export type WhatIfResult = RuleWhatIfResult;
export type RuleIssue = RuleValidation['issues'][number];
export type RuleVersionHeader = RuleVersionList['items'][number];
export type RuleTestSuite = RuleTestSuiteView;
export type RuleTestResult = RuleTestResultView;
