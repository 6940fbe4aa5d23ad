export {
  type Backoff,
  type ClaimedJob,
  claimJob,
  completeJob,
  DEFAULT_BACKOFF,
  dropTaskJobs,
  enqueueTaskJob,
  extendClaim,
  failJob,
  JOBS_CHANNEL,
  onWake,
  retryDelayMs,
  wakeWorkers,
} from "./jobs.js";
export { type JobContext, type JobHandler, JobInterruptedError, JobWorker, type JobWorkerOptions } from "./worker.js";
