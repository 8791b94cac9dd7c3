export { demoPolicyYaml } from './policy.js';
export { demoOrders, demoCredentials } from './orders.js';
export { demoContentDir, loadDemoContent, type ContentDoc } from './content.js';
