import { RulesComparePage } from '../../features/district/components/rules-compare-page';

/** /district/rules: the townships' rule tables side by side, and a set of visits priced under each. */
export function DistrictRulesRoute() {
  return <RulesComparePage />;
}
