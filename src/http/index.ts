export {
  buildApp,
  logRequest,
  defaultLimits,
  type AppDeps,
  type Limits,
  type RoutePlugin,
} from './build-app.js';
export { hashToken, secretsEqual, tokenMatches } from './auth.js';
export { toErrorBody } from './errors.js';
