// Entry of a console sandbox process (see sandbox-pool.ts): loads the TypeScript side through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./child-main.ts');
