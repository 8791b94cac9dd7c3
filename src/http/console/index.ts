export { consoleRoutes, type ConsoleOptions, type DecideApproval } from './routes.js';
export { plainShop, type ConsoleShop } from './shop.js';
export type { QueueItem, CaseView } from './view.js';
