import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Post Coach',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'post-coach@post-coach.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
