import type { Api } from '../shared/api';

declare global {
  interface Window {
    /** Present only inside the Electron app; the browser mode runs without it. */
    api?: Api;
  }
}
