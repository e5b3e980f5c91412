import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports matched method names such as `render` and pulled test
  // helpers and React into the content scripts.
  imports: false,
  manifest: {
    name: 'Post Coach',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // Mastodon servers other than mastodon.social are granted one by one from the options page.
    optional_host_permissions: ['https://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'post-coach@post-coach.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
