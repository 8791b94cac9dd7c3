export {
  consoleRoutes,
  type ConsoleOptions,
  type ConsoleRouteFile,
  type DecideApproval,
} from './routes.js';
export { requireRole, sessionOf } from './guard.js';
export { parse } from './schemas.js';
export { plainShop, type ConsoleShop } from './shop.js';
export type { QueueItem, CaseView } from './view.js';
