/**
 * The one place the CLI reads environment variables. Everything else receives these values as parameters,
 * so tests can run commands with any environment without touching the real one.
 */
export interface CliEnvironment {
  /** LEANVIBE_PROFILE: the profile used when --profile is not given. */
  profile?: string;
  /** LEANVIBE_API_KEY: overrides any stored credentials. */
  apiKey?: string;
  /** LEANVIBE_BASE_URL: overrides the profile's server. */
  baseUrl?: string;
  /** LEANVIBE_CONFIG_DIR: directory for settings and the fallback credentials file. */
  configDir?: string;
  /** CI or GITHUB_ACTIONS set: never prompt. */
  ci: boolean;
  githubActions: boolean;
  githubOutput?: string;
  githubStepSummary?: string;
  /** NO_COLOR disables colours even on a terminal. */
  noColor: boolean;
  /** SHELL, used by `completion` to suggest the right shell. */
  shell?: string;
  /** Where the platform keeps per-user settings when LEANVIBE_CONFIG_DIR is not set. */
  home?: string;
  xdgConfigHome?: string;
  appData?: string;
}

type EnvSource = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

export function readEnvironment(source: EnvSource = process.env): CliEnvironment {
  return {
    profile: nonEmpty(source.LEANVIBE_PROFILE),
    apiKey: nonEmpty(source.LEANVIBE_API_KEY),
    baseUrl: nonEmpty(source.LEANVIBE_BASE_URL),
    configDir: nonEmpty(source.LEANVIBE_CONFIG_DIR),
    ci: truthy(source.CI) || truthy(source.GITHUB_ACTIONS),
    githubActions: truthy(source.GITHUB_ACTIONS),
    githubOutput: nonEmpty(source.GITHUB_OUTPUT),
    githubStepSummary: nonEmpty(source.GITHUB_STEP_SUMMARY),
    noColor: source.NO_COLOR !== undefined,
    shell: nonEmpty(source.SHELL),
    home: nonEmpty(source.HOME) ?? nonEmpty(source.USERPROFILE),
    xdgConfigHome: nonEmpty(source.XDG_CONFIG_HOME),
    appData: nonEmpty(source.APPDATA),
  };
}
