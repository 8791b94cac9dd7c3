export * from './auth.js';
export { hashPassword, verifyPassword } from './password.js';
export * from './links.js';
