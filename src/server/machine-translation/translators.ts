import type { Config } from '../config.ts';
import { createDeepLTranslator } from './providers/deepl.ts';
import { createLibreTranslateTranslator } from './providers/libretranslate.ts';
import type { MachineTranslator, ProviderName } from './providers/provider.ts';

/** The providers this installation has set up, by name. */
export type Translators = Partial<Record<ProviderName, MachineTranslator>>;

/** The providers the configuration sets up: DeepL with an API key, LibreTranslate with an address. */
export function configuredTranslators(config: Config): Translators {
  const translators: Translators = {};
  if (config.deeplApiKey) {
    translators.deepl = createDeepLTranslator({
      apiKey: config.deeplApiKey,
      ...(config.deeplApiUrl ? { baseUrl: config.deeplApiUrl } : {}),
    });
  }
  if (config.libreTranslateUrl) {
    translators.libretranslate = createLibreTranslateTranslator({
      baseUrl: config.libreTranslateUrl,
      ...(config.libreTranslateApiKey ? { apiKey: config.libreTranslateApiKey } : {}),
    });
  }
  return translators;
}
