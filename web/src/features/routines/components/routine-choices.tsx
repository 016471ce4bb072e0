import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useCadres, useCaseOptions } from '../api/get-choices';
import type { Cadre, CaseOption } from '../api/types';

export interface Choices {
  cases: CaseOption[];
  cadres: Cadre[];
}

/** The cases and leading cadres a routine form picks from. A page asks for them on load, so its form opens at once. */
export function useRoutineChoices() {
  const cases = useCaseOptions();
  const cadres = useCadres();
  const error = cases.isError ? cases.error : cadres.isError ? cadres.error : undefined;
  const data: Choices | undefined = cases.data && cadres.data ? { cases: cases.data, cadres: cadres.data } : undefined;
  return { data, error };
}

/** The form once its choices have come; until then a skeleton, or what went wrong. */
export function RoutineChoices({
  choices,
  children,
}: {
  choices: ReturnType<typeof useRoutineChoices>;
  children: (choices: Choices) => ReactNode;
}) {
  const { t } = useTranslation();
  if (choices.error) return <ErrorAlert title={t('routines.loadFailed')} error={choices.error} />;
  if (!choices.data) return <Skeleton active />;
  return children(choices.data);
}
