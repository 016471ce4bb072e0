export { runJobs, runTownshipJobs, type JobsReport, type JobsRunOptions, type TownshipJobsReport } from './run-jobs';
export { reminderStage, type ReminderStage } from './reminder-stage';
export { evaluateTownshipPeriod } from './evaluate-period';
