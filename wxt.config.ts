import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // Chrome and Edge check an administrator's policy for the extension against this schema (generated
    // by `npm run schemas`). Firefox takes the same policy from policies.json and does not know the key.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') manifest.storage = { managed_schema: 'managed-schema.json' };
    },
  },
  // Explicit imports only: auto-imports matched method names such as `render` and pulled test
  // helpers and React into the content scripts.
  imports: false,
  manifest: {
    name: 'Post Coach',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // `activeTab` + `scripting`: a page the user asks to coach (popup, shortcut, context menu) gets
    // the generic reader then, with no broad host permission.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    // Mastodon servers other than mastodon.social, and other sites to coach on every visit, are
    // granted one by one from the options page.
    optional_host_permissions: ['https://*/*'],
    commands: {
      'coach-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandCoachPage__' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'post-coach@post-coach.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
