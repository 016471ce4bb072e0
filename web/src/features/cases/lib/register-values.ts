import type { Dayjs } from 'dayjs';
import type { Channel, RegisterCaseInput, VisitForm, VisitLevel, CaseType } from '../api/case-types';

/** The register form's values as antd holds them (dates as dayjs). */
export interface RegisterFormValues {
  caseType: CaseType;
  category: string;
  summary: string;
  originUnitId: string;
  responsibleUnitIds: string[];
  caseLeaderId?: string;
  registeredOn: Dayjs;
  firstRegisteredOn?: Dayjs | null;
  firstVisit: { channel: Channel; level: VisitLevel; form: VisitForm; headcount: number; on?: Dayjs | null };
  petitioner?: { name?: string; contact?: string; address?: string };
  note?: string;
}

/** The form field names the API's error paths may name (for problem+json → field mapping). */
export const REGISTER_FIELDS = [
  'caseType',
  'category',
  'summary',
  'originUnitId',
  'responsibleUnitIds',
  'caseLeaderId',
  'registeredOn',
  'firstRegisteredOn',
  'firstVisit.channel',
  'firstVisit.level',
  'firstVisit.form',
  'firstVisit.headcount',
  'firstVisit.on',
  'petitioner.name',
  'petitioner.contact',
  'petitioner.address',
  'note',
] as const;

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const text = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The request body: blanks dropped, dates as ISO, the petitioner only when a name is given. */
export function toRegisterInput(v: RegisterFormValues): RegisterCaseInput {
  const name = text(v.petitioner?.name);
  const contact = text(v.petitioner?.contact);
  const address = text(v.petitioner?.address);
  const note = text(v.note);
  return {
    caseType: v.caseType,
    category: v.category.trim(),
    summary: v.summary.trim(),
    originUnitId: v.originUnitId,
    responsibleUnitIds: v.responsibleUnitIds,
    registeredOn: day(v.registeredOn),
    ...(v.firstRegisteredOn ? { firstRegisteredOn: day(v.firstRegisteredOn) } : {}),
    ...(v.caseLeaderId ? { caseLeaderId: v.caseLeaderId } : {}),
    firstVisit: {
      channel: v.firstVisit.channel,
      level: v.firstVisit.level,
      form: v.firstVisit.form,
      headcount: v.firstVisit.headcount,
      ...(v.firstVisit.on ? { on: day(v.firstVisit.on) } : {}),
    },
    ...(name ? { petitioner: { name, ...(contact ? { contact } : {}), ...(address ? { address } : {}) } } : {}),
    ...(note ? { note } : {}),
  };
}
