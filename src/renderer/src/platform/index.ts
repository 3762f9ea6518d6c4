// Picks the platform: main's bridge inside Electron, the browser stand-in everywhere else.
import { createBrowserApi } from './browser';
import { unwrapApi, type Platform } from './platform';

export { ApiError, type Platform } from './platform';

export const platform: Platform = window.api
  ? unwrapApi(window.api, 'electron')
  : unwrapApi(createBrowserApi(), 'browser');
