import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/api/types';
import { DistrictTownships } from '../../features/tenancy/components/district-townships';
import { HomeHeader } from './home-header';

/** A district user's home (overseer, district auditor): the district's townships. */
export function DistrictHome({ me }: { me: Me | undefined }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <HomeHeader me={me} place={t('home.districtPlace')} />
      <DistrictTownships />
    </Flex>
  );
}
