export {
  type FileMetrics,
  halsteadVolume,
  maintainabilityIndex,
  type SecurityFinding,
  type Severity,
  shannonEntropy,
} from "./metrics.js";
export { analysePython } from "./python.js";
export {
  type AnalyseOptions,
  type AnalysisReport,
  type AnalysisType,
  analyseDirectory,
  analyseSource,
  listSourceFiles,
} from "./report.js";
export { analyseTypeScript } from "./typescript.js";
