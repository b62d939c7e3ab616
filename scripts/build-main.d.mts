/** Types of scripts/build-main.mjs for the TypeScript callers (vitest globalSetup, bench). */

/** Where the compiled `qcdc` command lives. */
export declare const CLI_DIR: string;
/** The folders whose sources make up the CLI bundle. */
export declare const CLI_SOURCES: string[];
/** Builds the CLI bundle into out/cli (atomically swapped in). */
export declare function buildCli(): Promise<void>;
/** Builds the Electron main, the preload and the CLI. */
export declare function buildAll(): Promise<void>;
