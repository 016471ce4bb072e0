export { districtTownshipRoutes } from './district-townships';
export { townshipRoutes } from './township';
export { initialRulesFor } from './initial-rules';
