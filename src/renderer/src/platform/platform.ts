// The Api as the renderer sees it: values on success, an ApiError with plain words on failure.
import type { Api, ApiArgs, ApiErrorCode, ApiName, ApiResults } from '@shared/api';
import { API_NAMES } from '@shared/apiNames';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Platform = {
  [K in ApiName]: (...args: ApiArgs<K>) => Promise<ApiResults[K]>;
} & { runtime: 'electron' | 'browser' };

export function unwrapApi(api: Api, runtime: Platform['runtime']): Platform {
  const platform = { runtime } as Record<string, unknown>;
  for (const name of API_NAMES) {
    const call = api[name] as (...args: unknown[]) => ReturnType<Api[typeof name]>;
    platform[name] = async (...args: unknown[]) => {
      const result = await call(...args);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message);
      return result.value;
    };
  }
  return platform as Platform;
}
