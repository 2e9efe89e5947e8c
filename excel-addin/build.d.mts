/** Types of build.mjs for the TypeScript tests and bench. */
export declare const OUT_DIR: string;
export declare const FUNCTION_SOURCES: string[];
export declare const DEFAULT_BASE_URL: string;
export declare function baseUrl(): string;
export declare function generateMetadata(): Promise<{ json: string; associate: { sourceFileName: string; functionName: string; id: string }[] }>;
export declare function build(options?: { minify?: boolean }): Promise<void>;
export declare function helpUrl(): string;
export declare const HELP_SOURCE: string;
export declare function withFeedMirror(html: string, path: string): string;
