// Types are the API's own (`import type` only): the org chart, responsibility and the Excel import.
import type { OrgImportPreview, OrgImportResult, OrgView, ResponsibleParties, AssignmentInput } from '@xinfang/api';

export type { AssignmentInput, OrgImportPreview, OrgImportResult, OrgView, ResponsibleParties };
export type OrgUnit = OrgView['units'][number];
export type OrgPerson = OrgView['people'][number];
export type OrgAssignment = OrgView['assignments'][number];
