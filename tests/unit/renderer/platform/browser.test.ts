// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '../../../../src/renderer/src/platform/browser';
import { ApiError, unwrapApi } from '../../../../src/renderer/src/platform/platform';
import { API_NAMES } from '@shared/api';

describe('browser platform', () => {
  it('offers every call of the Api', () => {
    expect(Object.keys(createBrowserApi(window)).sort()).toEqual([...API_NAMES].sort());
  });

  it('saves a file as a download with the suggested name', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    const result = await platform.saveFile({ title: 'Save', suggestedName: 'summary.csv', filters: [], data: 'a,b\n' });
    expect(result).toEqual({ saved: true, fileName: 'summary.csv' });
    expect(clicks).toEqual(['summary.csv']);
  });

  it('prints through window.print', async () => {
    const print = vi.fn();
    window.print = print;
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    await platform.printView({ title: 'Flyer' });
    expect(print).toHaveBeenCalledOnce();
  });

  it('refuses to open anything but a web address, with an ApiError', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toBeInstanceOf(ApiError);
    expect(open).not.toHaveBeenCalled();
    await platform.openExternal('https://www.nami.org/');
    expect(open).toHaveBeenCalledWith('https://www.nami.org/', '_blank', 'noopener,noreferrer');
  });
});
