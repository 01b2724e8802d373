// Starts the local stand-in for DeepL and LibreTranslate that the tests use, so machine translation can be
// tried in a development setup without an account or internet access. Its "translations" only prefix each
// text with the target language ("[AR] Hallo"). Run: npm run translation-test-server
import { startFakeTranslationServices } from '../src/server/test-support/fake-translation-services.ts';

const port = Number(process.env.PORT ?? 8090);
const services = await startFakeTranslationServices({ port, characterLimit: 10_000_000 });
console.log(`Test translation services (DeepL API v2 and LibreTranslate) on ${services.url}`);
console.log('Start Lotse against them in another terminal:');
console.log(
  `  DEEPL_API_KEY=${services.deeplKey} DEEPL_API_URL=${services.url} LIBRETRANSLATE_URL=${services.url} npm start`,
);
process.on('SIGINT', () => void services.close().then(() => process.exit(0)));
