import { z } from '@hono/zod-openapi';
import { Assignment, AssignmentRole, Id, IsoDate, Person, Township, Unit } from '@xinfang/domain';
import { named } from '../../http/named-schema';
import { ApiDate, API_YEARS_MESSAGE, inApiYears } from '../../http/dates';

// Request and response shapes reuse the domain's org schemas; only `version` (optimistic concurrency) is added.
// The domain's own instances may carry no `.openapi()` (built before @hono/zod-openapi extended zod), so they are
// named with `named` (see named-schema.ts); the `.extend`ed ones are new instances and get `.openapi` names.
const Version = z.number().int().positive().openapi({ description: '乐观并发版本号：修改时提交读取到的版本' });

export const UnitSchema = named(Unit, 'Unit');
export const VersionedUnitSchema = Unit.extend({ version: Version }).openapi('VersionedUnit');
/** PUT takes the whole record as read (id as in the path) with the version it was read at. */
export const UnitUpdateSchema = Unit.extend({ version: Version }).openapi('UnitUpdate');

export const PersonSchema = named(Person, 'Person');
export const VersionedPersonSchema = Person.extend({ version: Version }).openapi('VersionedPerson');
export const PersonUpdateSchema = Person.extend({ version: Version }).openapi('PersonUpdate');

export const AssignmentSchema = named(
  Assignment.refine((a) => inApiYears(a.from), { message: API_YEARS_MESSAGE, path: ['from'] }).refine(
    (a) => inApiYears(a.to),
    { message: API_YEARS_MESSAGE, path: ['to'] },
  ),
  'Assignment',
);
export const VersionedAssignmentSchema = Assignment.extend({ version: Version }).openapi('VersionedAssignment');
export const EndAssignmentSchema = z
  .object({ /** 任职最后一天（含） */ to: ApiDate, version: Version.optional() })
  .openapi('EndAssignment');

export const OrgSchema = z
  .object({
    // The domain's township (no createdAt): `Township` in the document is the tenancy record.
    township: named(Township, 'OrgTownship'),
    units: z.array(VersionedUnitSchema),
    people: z.array(VersionedPersonSchema),
    assignments: z.array(VersionedAssignmentSchema),
  })
  .openapi('Org');

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const AssignmentQuery = z.object({
  unitId: Id.optional(),
  personId: Id.optional(),
  role: AssignmentRole.optional(),
  /** 只列出在该日期有效的任职 */
  activeOn: ApiDate.optional(),
});

export const ResponsibleQuery = z.object({
  unitId: Id,
  /** 默认为今天（北京时间） */
  date: ApiDate.optional(),
});

export const ResponsibleSchema = z
  .object({
    date: IsoDate,
    unit: VersionedUnitSchema.or(UnitSchema),
    main: z.array(PersonSchema),
    leadingCadres: z.array(PersonSchema),
  })
  .openapi('ResponsibleParties');

export const listOf = <T extends z.ZodType>(item: T, name: string) => z.object({ items: z.array(item) }).openapi(name);

// Types for the web app (it imports types only, never code).
export type OrgView = z.infer<typeof OrgSchema>;
export type ResponsibleParties = z.infer<typeof ResponsibleSchema>;
export type AssignmentInput = z.input<typeof AssignmentSchema>;
export type VersionedAssignment = z.infer<typeof VersionedAssignmentSchema>;
