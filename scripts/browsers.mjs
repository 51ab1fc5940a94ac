// Where each test browser comes from on Debian, and how to tell a person to install it.
export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    executable: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    needs: [],
    packages: 'chromium',
  },
  firefox: {
    label: 'Firefox',
    executable: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    needs: [],
    packages: 'firefox-esr',
  },
  webkit: {
    label: 'WebKit',
    executable: process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    needs: [
      { bin: process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver', packages: 'webkit2gtk-driver' },
      { bin: process.env.XVFB_BIN ?? '/usr/bin/Xvfb', packages: 'xvfb' },
    ],
    packages: 'webkit2gtk-driver xvfb',
  },
};
