import type { ComponentProps } from 'react';
import type { HostPermissionList } from './HostPermissionList';

type ListConfig = Pick<ComponentProps<typeof HostPermissionList>, 'name' | 'builtIn' | 'placeholder' | 'texts'>;

/** The Mastodon servers Post Coach works on: mastodon.social plus the ones the user adds. */
export const mastodonList: ListConfig = {
  name: 'mastodon',
  builtIn: { host: 'mastodon.social', label: 'options.mastodonBuiltIn' },
  placeholder: 'fosstodon.org',
  texts: {
    host: 'options.mastodonHost',
    add: 'options.mastodonAdd',
    remove: 'options.mastodonRemove',
    removeLabel: 'options.mastodonRemoveLabel',
    invalid: 'options.mastodonInvalid',
    duplicate: 'options.mastodonDuplicate',
    denied: 'options.mastodonDenied',
    added: 'options.mastodonAdded',
  },
};

/** Other sites the user wants coached on every visit, with the generic reader. */
export const coachedSitesList: ListConfig = {
  name: 'coached-sites',
  placeholder: 'medium.com',
  texts: {
    host: 'options.coachedSitesHost',
    add: 'options.coachedSitesAdd',
    remove: 'options.mastodonRemove',
    removeLabel: 'options.mastodonRemoveLabel',
    invalid: 'options.coachedSitesInvalid',
    duplicate: 'options.mastodonDuplicate',
    denied: 'options.mastodonDenied',
    added: 'options.coachedSitesAdded',
  },
};
