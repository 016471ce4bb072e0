import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IntakeSettingsDto } from './case-types';
import { getAs } from './read-as';

/** The collective-visit threshold of the rule version in force on the date. */
export function getIntakeSettings(on: string | undefined, signal?: AbortSignal): Promise<IntakeSettingsDto> {
  return getAs<IntakeSettingsDto>(`/api/cases/intake-settings${on ? `?on=${on}` : ''}`, signal);
}

export const intakeSettingsQueryOptions = (on: string | undefined) =>
  queryOptions({
    queryKey: ['cases', 'intake-settings', on ?? ''],
    queryFn: ({ signal }) => getIntakeSettings(on, signal),
  });

export function useIntakeSettings(on: string | undefined) {
  return useQuery(intakeSettingsQueryOptions(on));
}
