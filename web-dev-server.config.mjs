// `npm start`: serves the demo with TypeScript compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  open: false,
  watch: true,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  port: Number(process.env.PORT ?? 8000),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
