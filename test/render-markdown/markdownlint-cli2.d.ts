// The parts of markdownlint-cli2's library API the tests use (the package ships no types).
declare module "markdownlint-cli2" {
  export function main(params: {
    directory?: string;
    argv?: string[];
    nonFileContents?: Record<string, string>;
    optionsOverride?: Record<string, unknown>;
    noImport?: boolean;
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
