import { z } from 'zod';
import { Id, IsoDate, Name, ShortText } from './primitives';

/** 办事处 office · 村 village (belongs to one office) · 部门 department. */
export const UnitKind = z.enum(['office', 'village', 'department']);
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = z
  .object({
    id: Id,
    name: Name,
    kind: UnitKind,
    /** The office a village belongs to; required for villages, absent otherwise. */
    officeId: Id.optional(),
    population: z.number().int().nonnegative().default(0),
    /** The township's petition office (信访室) receives the model-township reward. */
    isPetitionOffice: z.boolean().optional(),
  })
  .refine((u) => (u.kind === 'village') === (u.officeId !== undefined), {
    message: '村必须属于一个办事处；办事处和部门不能有上级办事处',
    path: ['officeId'],
  });
export type Unit = z.infer<typeof Unit>;

export const Person = z.object({
  id: Id,
  name: Name,
  title: ShortText.optional(),
  /** 工资在镇财政发放: pays fines within 3 working days of the notice. */
  financePaid: z.boolean(),
  /** 科级干部: a leading cadre of the township. */
  leadingCadre: z.boolean().default(false),
});
export type Person = z.infer<typeof Person>;

/**
 * main = 主要责任人 of a unit (secretary / head); liaison = a leading cadre's 联系 of an office or village;
 * supervision = a leading cadre's 分管 of a department; case_leader = 包案 of a case; staff = 具体责任人 of a case.
 */
export const AssignmentRole = z.enum(['main', 'liaison', 'supervision', 'case_leader', 'staff']);
export type AssignmentRole = z.infer<typeof AssignmentRole>;

export const Assignment = z
  .object({
    id: Id,
    personId: Id,
    role: AssignmentRole,
    unitId: Id.optional(),
    caseId: Id.optional(),
    from: IsoDate,
    /** Inclusive last day; open-ended when absent. */
    to: IsoDate.optional(),
  })
  .refine((a) => (a.role === 'case_leader' || a.role === 'staff' ? a.caseId : a.unitId) !== undefined, {
    message: '单位职务需要 unitId，包案和具体责任人需要 caseId',
    path: ['unitId'],
  })
  .refine((a) => a.to === undefined || a.to >= a.from, { message: '结束日期不能早于开始日期', path: ['to'] });
export type Assignment = z.infer<typeof Assignment>;

export const Township = z.object({
  id: Id,
  name: Name,
  districtId: Id,
  population: z.number().int().nonnegative().default(0),
});
export type Township = z.infer<typeof Township>;

export const Org = z.object({
  township: Township,
  units: z.array(Unit),
  people: z.array(Person),
  assignments: z.array(Assignment),
});
export type Org = z.infer<typeof Org>;
