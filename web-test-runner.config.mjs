// Runs the browser tests in one browser, chosen by AQ_BROWSER (chromium | firefox | webkit).
// scripts/test.mjs sets AQ_BROWSER, checks that the browser is installed, and for WebKit starts
// Xvfb and WebKitWebDriver first (AQ_WEBDRIVER_PORT). Run `npm test` rather than this file directly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { BROWSERS } from './scripts/browsers.mjs';

const name = process.env.AQ_BROWSER ?? 'chromium';
const info = BROWSERS[name];
if (!info) throw new Error(`AQ_BROWSER must be one of ${Object.keys(BROWSERS).join(', ')}; got "${name}"`);

function launcher() {
  if (name === 'chromium') {
    return chromeLauncher({
      launchOptions: {
        executablePath: info.executable,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    });
  }
  if (name === 'firefox') {
    // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed.
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: info.executable,
        headless: true,
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
        },
      },
    });
  }
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.AQ_WEBDRIVER_PORT ?? 4444),
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK speaks classic WebDriver only; without this webdriverio asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: info.executable,
        args: ['--automation'],
      },
    },
  });
}

export default {
  files: process.env.AQ_FILES ? process.env.AQ_FILES.split(',') : ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  // /__test/slow answers after 3 s: a src that times out (the element is given a shorter timeout).
  middleware: [
    (ctx, next) =>
      ctx.path === '/__test/slow'
        ? new Promise(resolve =>
            setTimeout(() => {
              ctx.type = 'application/json';
              ctx.body = '{}';
              resolve();
            }, 3000),
          )
        : next(),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [launcher()],
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build says so once per file; everything else a test logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
