import { Select } from 'antd';
import type { SelectProps } from 'antd';
import type { CaseOption } from '../api/types';

/** A case picker that shows the case's number and summary and searches both. */
export function CaseSelect({
  cases,
  ...rest
}: { cases: CaseOption[] } & Omit<SelectProps<string | string[]>, 'options'>) {
  return (
    <Select
      showSearch
      optionFilterProp="label"
      options={cases.map((c) => ({ value: c.id, label: `${c.number ?? c.id} ${c.summary}` }))}
      {...rest}
    />
  );
}
