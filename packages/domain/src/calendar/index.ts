export * from './create-calendar';
export { addDays, daysBetween, endOfMonth, wholeYearsBetween, weekday, minDate, maxDate } from './iso-date';
