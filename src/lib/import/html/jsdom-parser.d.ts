// Readability's own light DOM, shipped untyped in its package: page-dom.ts types what it uses.
declare module '@mozilla/readability/JSDOMParser.js' {
  export default class JSDOMParser {
    parse(html: string, url?: string): unknown;
  }
}
