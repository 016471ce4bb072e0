import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, VISIT_LEVELS } from '../api/case-types';
import type { CaseFilters } from '../lib/case-filters';

interface Props {
  filters: CaseFilters;
  units: { id: string; name: string }[];
  /** A unit reporter sees only their unit: no unit picker. */
  showUnit: boolean;
  onChange: (next: CaseFilters) => void;
}

const DUE_CHOICES = ['3', '5', '10'] as const satisfies readonly `${number}`[];
type DeadlineChoice = NonNullable<CaseFilters['deadline']> | 'any';

/** Status, level, unit, deadline, backlog, notice and search; every change goes to the URL and back to page 1. */
export function CaseFiltersBar({ filters, units, showUnit, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CaseFilters>) => {
    const next: CaseFilters = { ...filters, ...patch };
    for (const key of Object.keys(patch) as (keyof CaseFilters)[]) if (patch[key] === undefined) delete next[key];
    onChange(next);
  };
  const noticeValue = filters.noticed === undefined ? 'any' : String(filters.noticed);
  return (
    <Flex wrap gap={8} align="center" data-testid="case-filters">
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        placeholder={t('cases.search')}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 260, maxWidth: '100%' }}
        aria-label={t('cases.search')}
      />
      <Select
        allowClear
        placeholder={t('cases.allStatuses')}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
        style={{ width: 120 }}
        aria-label={t('cases.allStatuses')}
      />
      <Select
        allowClear
        placeholder={t('cases.allLevels')}
        value={filters.level}
        onChange={(level) => set({ level })}
        options={VISIT_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        style={{ width: 120 }}
        aria-label={t('cases.allLevels')}
      />
      {showUnit ? (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('cases.allUnits')}
          value={filters.unitId}
          onChange={(unitId) => set({ unitId })}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          style={{ width: 150 }}
          aria-label={t('cases.allUnits')}
        />
      ) : null}
      <Select<DeadlineChoice>
        value={filters.deadline ?? 'any'}
        onChange={(v) => set({ deadline: v === 'any' ? undefined : v })}
        options={[
          { value: 'any', label: t('cases.deadlineAny') },
          { value: 'overdue', label: t('cases.deadlineOverdue') },
          ...DUE_CHOICES.map((d) => ({ value: d, label: t('cases.deadlineDueWithin', { days: d }) })),
        ]}
        style={{ width: 170 }}
        aria-label={t('cases.deadlineAny')}
        data-testid="filter-deadline"
      />
      <Select
        value={noticeValue}
        onChange={(v) => set({ noticed: v === 'any' ? undefined : v === 'true' })}
        options={[
          { value: 'any', label: t('cases.anyNotice') },
          { value: 'true', label: t('cases.noticed') },
          { value: 'false', label: t('cases.notNoticed') },
        ]}
        style={{ width: 130 }}
        aria-label={t('cases.anyNotice')}
      />
      <Flex align="center" gap={4}>
        <Switch size="small" checked={filters.backlog === true} onChange={(on) => set({ backlog: on || undefined })} />
        <Typography.Text>{t('cases.backlogOnly')}</Typography.Text>
      </Flex>
      <Button type="link" onClick={() => onChange({})}>
        {t('cases.clearFilters')}
      </Button>
    </Flex>
  );
}
