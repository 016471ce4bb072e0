export { calendarRoutes } from './calendar-routes';
export { honourRoutes } from './honours-routes';
