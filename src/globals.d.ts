/** The version of this build (package.json's, or ALOUD_VERSION at build time). */
declare const __APP_VERSION__: string;
