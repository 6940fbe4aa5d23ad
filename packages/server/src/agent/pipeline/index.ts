export {
  appendDomainEvent,
  appendTaskEvent,
  onTaskEvent,
  signalTaskEvent,
  TASK_EVENTS_CHANNEL,
  type TaskDeliverables,
  type TaskEventPayload,
  type TaskEventType,
  type TaskStatus,
} from "./events.js";
export { type GateResult, parseCoverage, type QualityGateSettings, runCommand, runQualityGates } from "./gates.js";
export {
  abortRunningTask,
  type TaskJob,
  type TaskOutcome,
  TaskPipeline,
  type TaskPipelineOptions,
} from "./pipeline.js";
export {
  concretePlan,
  languageOf,
  PLAN_SCHEMA,
  type PlannedFile,
  planTask,
  type TaskPlan,
  templatePlan,
} from "./plan.js";
export { codeTemplate, countEndpoints, countTests, testTemplate } from "./templates.js";
export { type TaskUpdateMessage, TaskUpdates, type TaskUpdatesOptions, toUpdateMessage } from "./updates.js";
export { type RunningWorker, type StartWorkerOptions, startWorker } from "./worker.js";
